package org.crampwise.kb;

/**
 * An answer that does not fit its finding. The message is the contract's reason, such as
 * {@code must be a number from 0 to 120, got 121}: the caller says which field it came from.
 */
public final class InvalidAnswerException extends Exception {
    public InvalidAnswerException(String reason) {
        super(reason, null, false, false); // a person's mistake, not the program's: no stack trace
    }

    public String reason() {
        return getMessage();
    }
}
