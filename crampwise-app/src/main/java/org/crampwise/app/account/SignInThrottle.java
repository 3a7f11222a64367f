package org.crampwise.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down password guessing: sign-in attempts are counted per account key and per client
 * address, and after a few failures each further attempt must wait, the wait doubling with every
 * failure up to a cap (OWASP ASVS 2.2.1: "anti-automation controls ... back-off").
 *
 * <p>The account key is the normalised e-mail address as typed, whether or not it has an
 * account ({@link #accountKey}), so the throttle behaves the same for both and tells nothing
 * about who is registered.
 *
 * <p>Use: call {@link #attempt} before checking a password; if it returns a non-zero wait, answer
 * "too many attempts" without checking. Otherwise the attempt is counted as a failure at once —
 * so many attempts sent together cannot all slip through before the first fails — and
 * {@link #succeeded} takes it back when the password was right. Success forgets the account's
 * failures but only takes back the one attempt from the address's: otherwise a guesser could
 * clear their address by signing in to an account of their own between guesses.
 *
 * <p>Memory is bounded: at most {@code maxEntries} keys are kept (the least recently failed are
 * dropped first), and a key is forgotten when it has not failed for {@link #FORGET_AFTER}. Keys
 * are kept as hashes. Thread-safe.
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
    /** A key with no failure for this long starts afresh. */
    public static final Duration FORGET_AFTER = Duration.ofHours(24);
    public static final int DEFAULT_MAX_ENTRIES = 100_000;

    private record Failures(int count, Instant last) {}

    private final Clock clock;
    private final Policy accountPolicy;
    private final Policy addressPolicy;
    private final int maxEntries;
    /** Insertion order is the order of the last failure: the eldest entry is the first to drop. */
    private final LinkedHashMap<String, Failures> failures = new LinkedHashMap<>();

    public SignInThrottle() {
        this(Clock.systemUTC(), PER_ACCOUNT, PER_ADDRESS, DEFAULT_MAX_ENTRIES);
    }

    public SignInThrottle(Clock clock, Policy accountPolicy, Policy addressPolicy, int maxEntries) {
        if (maxEntries < 2) {
            throw new IllegalArgumentException("maxEntries must be at least 2");
        }
        this.clock = clock;
        this.accountPolicy = accountPolicy;
        this.addressPolicy = addressPolicy;
        this.maxEntries = maxEntries;
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
    public synchronized Duration attempt(String accountKey, String address) {
        Instant now = clock.instant();
        String account = key("a:", accountKey);
        String client = key("c:", address);
        Duration wait = max(waitFor(account, accountPolicy, now), waitFor(client, addressPolicy, now));
        if (!wait.isZero()) {
            return wait;
        }
        fail(account, now);
        fail(client, now);
        return Duration.ZERO;
    }

    /** The password was right: the account's failures are forgotten, the address's attempt taken back. */
    public synchronized void succeeded(String accountKey, String address) {
        failures.remove(key("a:", accountKey));
        String client = key("c:", address);
        Failures f = failures.get(client);
        if (f != null) {
            if (f.count() <= 1) {
                failures.remove(client);
            } else {
                failures.put(client, new Failures(f.count() - 1, f.last()));
            }
        }
    }

    /** How many keys are remembered now (for tests and metrics). */
    public synchronized int size() {
        return failures.size();
    }

    private Duration waitFor(String key, Policy policy, Instant now) {
        Failures f = failures.get(key);
        if (f == null) {
            return Duration.ZERO;
        }
        if (!now.isBefore(f.last().plus(FORGET_AFTER))) {
            failures.remove(key);
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, f.last().plus(policy.waitAfter(f.count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void fail(String key, Instant now) {
        Failures before = failures.remove(key); // re-inserted last: it is now the most recent
        failures.put(key, new Failures(before == null ? 1 : before.count() + 1, now));
        dropOld(now);
    }

    /** Drops forgotten entries from the eldest end, then the eldest while there are too many. */
    private void dropOld(Instant now) {
        Iterator<Map.Entry<String, Failures>> it = failures.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Failures> eldest = it.next();
            boolean forgotten = !now.isBefore(eldest.getValue().last().plus(FORGET_AFTER));
            if (!forgotten && failures.size() <= maxEntries) {
                return;
            }
            it.remove();
        }
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
