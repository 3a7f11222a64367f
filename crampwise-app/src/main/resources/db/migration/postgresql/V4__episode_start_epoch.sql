-- The start of an episode as UTC seconds, written with every insert and change (see the SQLite V4).
ALTER TABLE episode ADD COLUMN start_epoch BIGINT NOT NULL DEFAULT 0;

UPDATE episode SET start_epoch = EXTRACT(EPOCH FROM CAST(start AS TIMESTAMPTZ))::BIGINT;

DROP INDEX episode_account_start;

CREATE INDEX episode_account_start_epoch ON episode (account_id, start_epoch);
