package org.crampwise.app.account;

/**
 * Argon2id at 1 MiB and 1 pass, for tests of something other than passwords. Hashing itself is
 * tested at the real (OWASP) cost in PasswordsTest and AccountsTest; the rest of the suite
 * registers hundreds of accounts, which at the real cost took minutes of CPU.
 */
public final class TestPasswords {
    public static final Passwords.Cost CHEAP_COST = new Passwords.Cost(1024, 1);
    private static final Passwords CHEAP = new Passwords(CHEAP_COST);

    private TestPasswords() {
    }

    /** One shared instance: Passwords is thread-safe. */
    public static Passwords cheap() {
        return CHEAP;
    }
}
