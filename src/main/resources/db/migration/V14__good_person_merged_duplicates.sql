-- A nomination found to be the same as another (the same person, a similar story) is merged
-- into it: it stays on record, and says which one goes on in its place.
ALTER TABLE good_person ADD COLUMN merged_into BIGINT REFERENCES good_person (id);
