package org.crampwise.app.account;

import org.crampwise.app.diary.Diary;
import org.crampwise.app.storage.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.crampwise.app.storage.Database;
import org.crampwise.app.storage.SqlErrors;

/**
 * Diary accounts: an e-mail address and an Argon2id password hash.
 *
 * <p>E-mail addresses are normalised (trimmed, Unicode NFC, lower case) before they are stored or
 * looked up; the column also compares without case. Deleting an account erases every row that
 * belongs to it (sessions, episodes, day logs) through {@code ON DELETE CASCADE}.
 */
public final class Accounts {
    /** Longest address accepted (RFC 5321: a path is at most 256 octets, including the angle brackets). */
    static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@.]+(\\.[^\\s@.]+)+");

    private final Database database;
    private final Passwords passwords;
    private final Clock clock;
    /** Verified against when the e-mail is unknown, so that costs the same time as a known one. */
    private final String dummyHash;

    /**
     * The dummy hash, made once per JVM, by the first Accounts (so never during a sign-in): the
     * parameters are {@link Passwords}' constants, so every Accounts would make an equal one.
     */
    private static final class Dummy {
        static final String HASH = new Passwords().hash("not a password of anyone: only spends the time");
    }

    public Accounts(Database database, Passwords passwords) {
        this(database, passwords, Clock.systemUTC());
    }

    public Accounts(Database database, Passwords passwords, Clock clock) {
        this.database = database;
        this.passwords = passwords;
        this.clock = clock;
        this.dummyHash = Dummy.HASH;
    }

    /** The form an e-mail address is stored and looked up in, or empty when it is not a plausible address. */
    public static Optional<String> normaliseEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        String e = Normalizer.normalize(email.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (e.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(e).matches()) {
            return Optional.empty();
        }
        return Optional.of(e);
    }

    /**
     * Checks what {@link #register} would check first, without the database (so a registration
     * can be refused before it is counted): the normalised address.
     *
     * @throws AccountException when the address is not valid or the password does not meet the policy
     */
    public String check(String email, String password) {
        String normalised = normaliseEmail(email)
                .orElseThrow(() -> new AccountException(AccountException.Reason.INVALID_EMAIL));
        Optional<Passwords.Problem> problem = passwords.problem(password);
        if (problem.isPresent()) {
            throw new AccountException(problem.get() == Passwords.Problem.TOO_SHORT
                    ? AccountException.Reason.PASSWORD_TOO_SHORT
                    : AccountException.Reason.PASSWORD_TOO_COMMON);
        }
        return normalised;
    }

    /**
     * Creates an account and returns its id.
     *
     * @throws AccountException when the address is not valid or already has an account, or the
     *     password does not meet the policy
     */
    public long register(String email, String password) {
        String normalised = check(email, password);
        String hash = passwords.hash(password); // slow: outside the transaction
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        try {
            return Transactions.write(database, "register an account", c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO account (email, password_hash, created_at) VALUES (?, ?, ?)",
                        Diary.GENERATED_ID)) {
                    s.setString(1, normalised);
                    s.setString(2, hash);
                    s.setString(3, now);
                    s.executeUpdate();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        return keys.getLong(1);
                    }
                }
            });
        } catch (IllegalStateException e) {
            if (SqlErrors.isUniqueViolation(e.getCause())) {
                throw new AccountException(AccountException.Reason.EMAIL_TAKEN);
            }
            throw e;
        }
    }

    /**
     * The id of the account with this e-mail address and password, or empty. An unknown address
     * costs the same Argon2id verification as a wrong password, so the time taken does not tell
     * whether an address has an account.
     */
    public OptionalLong authenticate(String email, String password) {
        Optional<String> normalised = normaliseEmail(email);
        record Found(long id, String hash) {}
        Optional<Found> found = normalised.isEmpty() ? Optional.empty()
                : Transactions.read(database, "look up an account", c -> {
                    try (PreparedStatement s = c.prepareStatement(
                            "SELECT id, password_hash FROM account WHERE email = ?")) {
                        s.setString(1, normalised.get());
                        try (ResultSet rs = s.executeQuery()) {
                            return rs.next() ? Optional.of(new Found(rs.getLong(1), rs.getString(2))) : Optional.empty();
                        }
                    }
                });
        boolean matches = passwords.verify(password, found.map(Found::hash).orElse(dummyHash));
        return found.isPresent() && matches ? OptionalLong.of(found.get().id()) : OptionalLong.empty();
    }

    /**
     * The id of the account with this e-mail address, or empty: for the operator's command line
     * (import, export), which works on the database directly and asks for no password. Static, so
     * that it needs no {@link Passwords} (the first Accounts of a JVM spends an Argon2id hash).
     */
    public static OptionalLong idOf(Database database, String email) {
        Optional<String> normalised = normaliseEmail(email);
        if (normalised.isEmpty()) {
            return OptionalLong.empty();
        }
        return Transactions.read(database, "look up an account", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM account WHERE email = ?")) {
                s.setString(1, normalised.get());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    /** The normalised e-mail address of an account, or empty when there is no such account. */
    public Optional<String> email(long accountId) {
        return Transactions.read(database, "read an account", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT email FROM account WHERE id = ?")) {
                s.setLong(1, accountId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Deletes an account and, by cascade, every session, episode and day log of it. Returns whether
     * there was such an account.
     */
    public boolean delete(long accountId) {
        return Transactions.write(database, "delete an account", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM account WHERE id = ?")) {
                s.setLong(1, accountId);
                return s.executeUpdate() == 1;
            }
        });
    }
}
