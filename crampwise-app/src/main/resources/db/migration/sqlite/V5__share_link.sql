-- Links that show one diary summary to someone without an account (issue 15). Only the SHA-256 of
-- the token is kept (hex), as for sessions; the period is fixed when the link is made. A revoked
-- link keeps its row (revoked_at set) so the person still sees it listed as revoked.
CREATE TABLE share_link (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash   TEXT    NOT NULL UNIQUE,
    period_from  TEXT    NOT NULL,   -- local dates (2026-11-01), both included
    period_to    TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,   -- UTC (2026-11-26T09:30:00Z)
    expires_at   TEXT    NOT NULL,
    revoked_at   TEXT
);

CREATE INDEX share_link_account ON share_link (account_id);
