package org.crampwise.app.web.account;

/** A page needs a signed-in person and there is none: they are sent to sign in (see {@link AccountPages}). */
public final class SignInNeeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SignInNeeded() {
        super("sign-in needed", null, false, false);
    }
}
