package org.crampwise.app.account;

/** Why an account could not be registered. */
public final class AccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        INVALID_EMAIL,
        EMAIL_TAKEN,
        PASSWORD_TOO_SHORT,
        PASSWORD_TOO_COMMON
    }

    private final Reason reason;

    public AccountException(Reason reason) {
        super(reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
