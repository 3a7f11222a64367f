-- Keys of diary writes that may be sent again (a retry, an offline phone sending its queue, a
-- form posted twice): a key already here means the write was done, and is not done again.
-- kind is what the key created ('episode' or 'day'), target its episode id or date.
CREATE TABLE idempotency_key (
    account_id BIGINT  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    request_key TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('episode', 'day')),
    target     TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (account_id, request_key)
);
