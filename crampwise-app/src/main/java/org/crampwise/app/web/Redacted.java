package org.crampwise.app.web;

/**
 * An exception's classes and stack frames without its messages, for the log: a message can quote
 * what a person sent (a parser's "unexpected character near ..."), and nothing personal is logged.
 */
public final class Redacted extends RuntimeException {
    private Redacted(Throwable original, Throwable cause) {
        super(original.getClass().getName(), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    public static Redacted of(Throwable t) {
        return of(t, 0);
    }

    /** Causes to a bounded depth: a cycle of causes must not loop. */
    private static Redacted of(Throwable t, int depth) {
        return t == null || depth > 16 ? null : new Redacted(t, of(t.getCause(), depth + 1));
    }
}
