-- What the public sees has one version, moved on inside every transaction that changes
-- it. Every instance's page cache compares it (at most once a second) with the version
-- its pages were rendered at. A row rather than the newest change time of every table:
-- a change made on a machine whose clock is a little behind another's still moves it on.
CREATE TABLE public_version (
    id         INTEGER PRIMARY KEY,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO public_version (id, changed_at) VALUES (1, CURRENT_TIMESTAMP);
