-- Every form token redeemed, so that none is redeemed twice (a replayed POST): the insert
-- fails on the primary key. Rows go once the token would have expired anyway.
CREATE TABLE form_token_use (
    nonce   VARCHAR(32) PRIMARY KEY,
    used_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX form_token_use_by_time ON form_token_use (used_at);
