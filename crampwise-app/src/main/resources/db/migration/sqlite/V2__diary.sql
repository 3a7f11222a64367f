-- The cramp diary: accounts, their sign-in sessions, cramp episodes and a log per day.
-- Every row belongs to one account and is erased with it (ON DELETE CASCADE; foreign keys are
-- switched on for every connection by Database). Times are ISO 8601 text.
CREATE TABLE account (
    id            INTEGER PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT    NOT NULL,   -- PHC string: argon2id with its salt and parameters
    created_at    TEXT    NOT NULL    -- UTC (2026-11-26T09:30:00Z)
);

-- Only the SHA-256 of a session id is kept (hex), never the id the browser holds.
CREATE TABLE session (
    id           TEXT    PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at   TEXT    NOT NULL,
    last_seen_at TEXT    NOT NULL,
    expires_at   TEXT    NOT NULL    -- the absolute limit; the idle limit follows from last_seen_at
);

CREATE INDEX session_account ON session (account_id);

CREATE TABLE episode (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    start            TEXT    NOT NULL,   -- ISO 8601 with the offset (2026-11-26T03:10:00+01:00)
    zone             TEXT    NOT NULL,   -- time-zone id where it happened (Europe/Amsterdam)
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 0 AND 1440),
    location         TEXT,
    side             TEXT,
    pain_score       INTEGER CHECK (pain_score BETWEEN 0 AND 10),
    context          TEXT    CHECK (context IN ('during_exercise', 'after_exercise', 'sitting', 'standing', 'in_bed')),
    helped           TEXT,
    notes            TEXT,
    created_at       TEXT    NOT NULL
);

CREATE INDEX episode_account_start ON episode (account_id, start);

CREATE TABLE day_log (
    account_id      INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    date            TEXT    NOT NULL,   -- local date (2026-11-26)
    fluids_glasses  INTEGER,
    exercise_level  INTEGER CHECK (exercise_level BETWEEN 0 AND 3),
    hours_sitting   REAL,
    alcohol_units   REAL,
    caffeine_drinks INTEGER,
    heavy_sweating  INTEGER,
    new_medicine    INTEGER,
    pregnancy_week  INTEGER,
    tags            TEXT,
    PRIMARY KEY (account_id, date)
);
