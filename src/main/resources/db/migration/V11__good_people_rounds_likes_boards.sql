-- The monthly round: an approved nominee is a candidate of a month's round, residents like
-- candidates while the round is open, and the office then publishes the month's 好人榜.
-- Hidden entries leave the public pages but stay on record.
ALTER TABLE good_person ADD COLUMN round_month VARCHAR(7);
ALTER TABLE good_person ADD COLUMN likes BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE good_person ADD COLUMN on_board BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE good_person ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_good_person_round ON good_person (round_month, status);

-- One like per candidate, visitor and day: the database refuses the second by its key.
CREATE TABLE good_person_like (
    good_person_id BIGINT      NOT NULL REFERENCES good_person (id) ON DELETE CASCADE,
    visitor        VARCHAR(32) NOT NULL,
    liked_on       DATE        NOT NULL,
    PRIMARY KEY (good_person_id, visitor, liked_on)
);

-- A month's 好人榜 as the office published it, and the end of its public notice (公示).
CREATE TABLE good_person_board (
    round_month  VARCHAR(7)  PRIMARY KEY,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    notice_until TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by VARCHAR(60) NOT NULL
);
