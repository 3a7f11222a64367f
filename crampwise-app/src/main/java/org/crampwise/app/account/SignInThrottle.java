package org.crampwise.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.crampwise.app.storage.Database;
import org.crampwise.app.storage.Transactions;

/**
 * Slows down password guessing and mass registration: sign-in attempts are counted per account
 * key and per client address, registrations per client address, and after a few each further
 * attempt must wait, the wait doubling with every one up to a cap (OWASP ASVS 2.2.1:
 * "anti-automation controls ... back-off").
 *
 * <p>The account key is the normalised e-mail address as typed, whether or not it has an
 * account ({@link #accountKey}), so the throttle behaves the same for both and tells nothing
 * about who is registered. Every registration counts, for a new address or a taken one alike.
 *
 * <p>Use: call {@link #attempt} before checking a password; if it returns a non-zero wait, answer
 * "too many attempts" without checking. Otherwise the attempt is counted as a failure at once —
 * so many attempts sent together cannot all slip through before the first fails — and
 * {@link #succeeded} takes it back when the password was right. Success forgets the account's
 * failures but only takes back the one attempt from the address's: otherwise a guesser could
 * clear their address by signing in to an account of their own between guesses.
 *
 * <p>The counts are kept in the database (table {@code throttle}), so several servers on one
 * database share them: N servers do not allow N times the attempts. Keys are kept as hashes; a key
 * is deleted when it has not failed for {@link #FORGET_AFTER}. Time comes from the clock given,
 * so tests move it rather than wait.
 */
public final class SignInThrottle {
    /** How many failures are free, and how the wait grows after them. */
    public record Policy(int freeFailures, Duration firstWait, Duration maxWait) {
        public Policy {
            if (freeFailures < 0 || firstWait.isNegative() || firstWait.isZero() || maxWait.compareTo(firstWait) < 0) {
                throw new IllegalArgumentException("a policy needs free failures >= 0 and 0 < first wait <= max wait");
            }
        }

        /**
         * The wait after {@code failures} failures: none before the free ones are used up, then
         * first, 2 × first, 4 × first ... up to the cap.
         */
        Duration waitAfter(int failures) {
            int over = failures - freeFailures;
            if (over < 0) {
                return Duration.ZERO;
            }
            // Doubling 40 times passes any sensible cap; stop there so the shift cannot overflow.
            Duration wait = firstWait.multipliedBy(1L << Math.min(over, 40));
            return wait.compareTo(maxWait) > 0 ? maxWait : wait;
        }
    }

    /** Per account: 5 free failures, then 1 s doubling to 15 minutes. */
    public static final Policy PER_ACCOUNT = new Policy(5, Duration.ofSeconds(1), Duration.ofMinutes(15));
    /** Per address: more free failures, as several people may share one address (a household, an office). */
    public static final Policy PER_ADDRESS = new Policy(20, Duration.ofSeconds(1), Duration.ofMinutes(15));
    /**
     * Registrations per address: each is a real account, and a school or an office may make many
     * in a day, so more are free; a script making thousands is slowed to a few an hour.
     */
    public static final Policy REGISTRATIONS = new Policy(50, Duration.ofSeconds(1), Duration.ofMinutes(15));
    /** A key with no failure for this long starts afresh. */
    public static final Duration FORGET_AFTER = Duration.ofHours(24);

    /** A key to count and the policy it is counted by. */
    private record Counted(String key, Policy policy) {}

    private final Database database;
    private final Clock clock;
    private final Policy accountPolicy;
    private final Policy addressPolicy;
    private final Policy registrationPolicy;

    public SignInThrottle(Database database) {
        this(database, Clock.systemUTC(), PER_ACCOUNT, PER_ADDRESS, REGISTRATIONS);
    }

    public SignInThrottle(Database database, Clock clock, Policy accountPolicy, Policy addressPolicy,
                          Policy registrationPolicy) {
        this.database = database;
        this.clock = clock;
        this.accountPolicy = accountPolicy;
        this.addressPolicy = addressPolicy;
        this.registrationPolicy = registrationPolicy;
    }

    /**
     * The key to throttle an e-mail address by: its normalised form, or (when it is not a
     * plausible address) the text itself stripped and in lower case.
     */
    public static String accountKey(String email) {
        String raw = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return Accounts.normaliseEmail(email).orElse(raw);
    }

    /**
     * Before checking a password: {@link Duration#ZERO} when the attempt may go ahead (it is then
     * counted as a failure until {@link #succeeded} is called), otherwise how long to wait first.
     * A refused attempt is not counted, so waiting is always enough.
     */
    public Duration attempt(String accountKey, String address) {
        // In key order ("a:" before "c:"): two attempts lock their rows in the same order.
        return count(List.of(new Counted(key("a:", accountKey), accountPolicy),
                new Counted(key("c:", address), addressPolicy)), "count a sign-in attempt");
    }

    /**
     * Before registering an account from {@code address}: {@link Duration#ZERO} when it may go
     * ahead (it is then counted, and never taken back), otherwise how long to wait first.
     */
    public Duration register(String address) {
        return count(List.of(new Counted(key("r:", address), registrationPolicy)), "count a registration");
    }

    /** The password was right: the account's failures are forgotten, the address's attempt taken back. */
    public void succeeded(String accountKey, String address) {
        Transactions.write(database, "forget sign-in failures", c -> {
            ThrottleRows.forget(c, key("a:", accountKey));
            ThrottleRows.takeBack(c, key("c:", address));
            return null;
        });
    }

    /** How many keys have failures now (for tests and metrics). */
    public int size() {
        return Transactions.read(database, "count throttled keys", ThrottleRows::count);
    }

    /** The longest wait of the keys; when none, each is counted once more. One transaction. */
    private Duration count(List<Counted> keys, String what) {
        long millis = clock.millis(); // stored to the millisecond, so reckoned to it too
        Instant now = Instant.ofEpochMilli(millis);
        return Transactions.write(database, what, c -> {
            ThrottleRows.purge(c, database.kind(), now.minus(FORGET_AFTER).toEpochMilli());
            Duration wait = Duration.ZERO;
            int[] failures = new int[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                Counted k = keys.get(i);
                ThrottleRows.ensure(c, k.key(), millis);
                var row = ThrottleRows.lock(c, database.kind(), k.key());
                boolean forgotten = row.isEmpty() || millis - row.get().lastFailure() >= FORGET_AFTER.toMillis();
                failures[i] = forgotten ? 0 : row.get().failures();
                if (failures[i] > 0) {
                    Instant until = Instant.ofEpochMilli(row.get().lastFailure()).plus(k.policy().waitAfter(failures[i]));
                    wait = max(wait, Duration.between(now, until));
                }
            }
            if (!wait.isZero()) {
                return wait;
            }
            for (int i = 0; i < keys.size(); i++) {
                ThrottleRows.set(c, keys.get(i).key(), new ThrottleRows.Row(failures[i] + 1, millis));
            }
            return Duration.ZERO;
        });
    }

    /**
     * The SHA-256 of the key: no e-mail address or client address is kept in memory as text, and
     * every key takes the same small room however long the text was.
     */
    private static String key(String kind, String value) {
        byte[] text = (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
        try {
            return kind + Base64.getEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
