-- How often each ad was shown and followed on each placement each day: counted on the server,
-- with nothing about who saw it (no address, no cookie).
CREATE TABLE ad_count (
    ad_id          BIGINT      NOT NULL REFERENCES ad (id) ON DELETE CASCADE,
    placement_code VARCHAR(30) NOT NULL REFERENCES ad_placement (code),
    counted_on     DATE        NOT NULL,
    impressions    BIGINT      NOT NULL,
    clicks         BIGINT      NOT NULL,
    PRIMARY KEY (ad_id, placement_code, counted_on)
);
