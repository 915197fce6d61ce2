-- A nomination's photos: media library keys, in the nominator's order. The pictures themselves
-- are in the media library (sniffed, re-encoded, EXIF gone); this only says whose they are.
CREATE TABLE good_person_photo (
    good_person_id BIGINT      NOT NULL REFERENCES good_person (id) ON DELETE CASCADE,
    position       INTEGER     NOT NULL,
    media_key      VARCHAR(32) NOT NULL REFERENCES media_file (public_key),
    PRIMARY KEY (good_person_id, position)
);
