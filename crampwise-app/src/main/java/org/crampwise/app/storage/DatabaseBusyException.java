package org.crampwise.app.storage;

/**
 * The database did not serve a request in time (no free connection, no turn to write, or a lock
 * held elsewhere past the busy timeout): a passing condition, answered with 503 and Retry-After.
 */
public final class DatabaseBusyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public DatabaseBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
