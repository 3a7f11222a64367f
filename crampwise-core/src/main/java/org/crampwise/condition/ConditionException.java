package org.crampwise.condition;

/** A condition that cannot be read or does not type-check; the message says what and where. */
public final class ConditionException extends Exception {
    public ConditionException(String message) {
        super(message);
    }
}
