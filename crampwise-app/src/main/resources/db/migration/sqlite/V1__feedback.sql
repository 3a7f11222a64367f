-- Answers to "Was this page helpful?" on the learn pages. Nothing about the person is kept:
-- no address, no browser, no answers to the interview; only which page and yes or no.
CREATE TABLE page_feedback (
    id         INTEGER PRIMARY KEY,
    page       TEXT    NOT NULL,
    helpful    INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    created_at TEXT    NOT NULL   -- UTC, ISO 8601 (2026-11-26T09:30:00Z)
);

CREATE INDEX page_feedback_page ON page_feedback (page);
