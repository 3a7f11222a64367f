-- Counted sign-in and registration attempts (SignInThrottle), kept here rather than in each
-- server's memory so that several servers on one database share the counts. The key is the kind
-- ('a:' an e-mail address, 'c:' a client's sign-ins, 'r:' a client's registrations) and the
-- SHA-256 of the address (base64): no address is stored as text. A row with no failure for a day
-- is deleted.
CREATE TABLE throttle (
    throttle_key  TEXT    PRIMARY KEY,
    failures      INTEGER NOT NULL CHECK (failures >= 0),
    last_failure  BIGINT  NOT NULL    -- UTC milliseconds since 1970
);

CREATE INDEX throttle_last_failure ON throttle (last_failure);
