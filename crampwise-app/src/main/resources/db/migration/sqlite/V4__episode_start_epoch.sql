-- The start of an episode as UTC seconds, written with every insert and change, so that episodes
-- are found by time with plain comparisons and an index, the same SQL on SQLite and PostgreSQL
-- (start keeps the local time with its offset, as it was entered).
ALTER TABLE episode ADD COLUMN start_epoch INTEGER NOT NULL DEFAULT 0;

UPDATE episode SET start_epoch = unixepoch(start);

DROP INDEX episode_account_start;

CREATE INDEX episode_account_start_epoch ON episode (account_id, start_epoch);
