package org.crampwise.app.storage;

/** A database URL that is not a PostgreSQL URL Crampwise can use; the message says the form to use. */
public final class BadDatabaseUrlException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadDatabaseUrlException(String message) {
        super(message);
    }
}
