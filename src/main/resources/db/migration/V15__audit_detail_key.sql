-- An audit line's detail is kept as a message key and its arguments (a JSON array), so the
-- audit page shows it in the reader's language. Lines written before keep their free text in
-- detail and show it as recorded.
ALTER TABLE audit_entry ADD COLUMN detail_key VARCHAR(100);
ALTER TABLE audit_entry ADD COLUMN detail_args VARCHAR(2000);
