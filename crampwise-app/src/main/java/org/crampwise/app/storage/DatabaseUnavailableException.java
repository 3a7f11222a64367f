package org.crampwise.app.storage;

/** The database could not be reached or refused the login; the message says where (never with the password). */
public final class DatabaseUnavailableException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
