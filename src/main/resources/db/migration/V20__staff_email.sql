-- A staff member's e-mail address, optional: where the portal sends them what is theirs to do
-- (a case's coming deadline, an overdue case for the administrators).
ALTER TABLE staff_user ADD COLUMN email VARCHAR(254);
