-- The form counts a contact's cases of the last day (five at most) before it keeps another:
-- without this index that count read every case, a full scan per submission.
CREATE INDEX ix_feedback_case_contact ON feedback_case (contact, received_at);
