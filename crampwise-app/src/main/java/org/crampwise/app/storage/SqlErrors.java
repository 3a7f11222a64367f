package org.crampwise.app.storage;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Recognises kinds of database errors the same way on SQLite and PostgreSQL. */
public final class SqlErrors {
    /** PostgreSQL's SQLSTATE for unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {}

    /**
     * Whether an error, or one of its causes, is a lock that was not given up within the busy
     * timeout (SQLite's SQLITE_BUSY or SQLITE_LOCKED, in any of their extended forms).
     */
    public static boolean isBusy(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                String name = sqlite.getResultCode().name();
                if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an error, or one of its causes, is a broken UNIQUE or PRIMARY KEY constraint. */
    public static boolean isUniqueViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                if (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                        || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY) {
                    return true;
                }
            } else if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
