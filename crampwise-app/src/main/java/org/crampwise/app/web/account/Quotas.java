package org.crampwise.app.web.account;

import org.crampwise.app.account.SignInThrottle;
import org.crampwise.app.web.HttpError.TooManyRequests.Quota;

/** The limits a 429 names, for the pages and the API alike (one policy name each). */
public final class Quotas {
    /** Failed sign-ins (and wrong passwords when erasing) per e-mail address. */
    public static final Quota SIGN_IN = new Quota("sign-in", SignInThrottle.PER_ACCOUNT.freeFailures(),
            SignInThrottle.FORGET_AFTER);
    /** Registrations per client address. */
    public static final Quota REGISTER = new Quota("register", SignInThrottle.REGISTRATIONS.freeFailures(),
            SignInThrottle.FORGET_AFTER);

    private Quotas() {}
}
