-- The search outbox becomes a log that every instance's index follows on its own:
-- rows are no longer deleted once applied, only pruned after a retention period.
-- Pruning finds old rows by their time; an index that has not applied everything up
-- to the last pruned row has missed changes and rebuilds itself.
CREATE INDEX search_outbox_created_at ON search_outbox (created_at);

CREATE TABLE search_log_pruned (
    id             INTEGER PRIMARY KEY,
    pruned_through BIGINT NOT NULL
);
INSERT INTO search_log_pruned (id, pruned_through) VALUES (1, 0);

-- Work that runs on a schedule (scheduled publishing, pruning, every timer a feature
-- adds) runs once across all instances: the instance that locks a job's row
-- (SELECT ... FOR UPDATE SKIP LOCKED) while it is due does it and sets the next time.
CREATE TABLE scheduled_work (
    name        VARCHAR(64) PRIMARY KEY,
    next_run_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_run_at TIMESTAMP WITH TIME ZONE,
    last_run_by VARCHAR(200)
);
