package org.crampwise.evidence;

/** Evidence rejected as a whole; the message is one line that names the offending field. */
public final class InvalidEvidenceException extends Exception {
    private final String field;
    private final String reason;

    public InvalidEvidenceException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The offending field, as a path such as {@code findings.age_years}, or {@code input}. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
