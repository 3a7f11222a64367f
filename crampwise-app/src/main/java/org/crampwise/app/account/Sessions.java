package org.crampwise.app.account;

import org.crampwise.app.storage.TokenDigest;
import org.crampwise.app.storage.Transactions;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import org.crampwise.app.storage.Database;

/**
 * Sign-in sessions. A session id is 32 random bytes (Base64url, 43 characters) that only the
 * browser holds: the database keeps its SHA-256, so a copy of the database does not let anyone
 * sign in. A session ends when it has not been used for the idle time-out, or at the absolute
 * time-out after it was created, whichever comes first.
 */
public final class Sessions {
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration DEFAULT_ABSOLUTE_TIMEOUT = Duration.ofHours(12);
    /** How stale the stored time of last use may get before a use writes it again. */
    public static final Duration TOUCH_EVERY = Duration.ofSeconds(60);
    private static final int ID_BYTES = 32;

    private final Database database;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;
    private final Duration touchEvery;
    private final SecureRandom random = new SecureRandom();

    public Sessions(Database database) {
        this(database, Clock.systemUTC(), DEFAULT_IDLE_TIMEOUT, DEFAULT_ABSOLUTE_TIMEOUT);
    }

    public Sessions(Database database, Clock clock, Duration idleTimeout, Duration absoluteTimeout) {
        if (idleTimeout.isNegative() || idleTimeout.isZero() || absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
            throw new IllegalArgumentException("time-outs must be positive");
        }
        this.database = database;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
        Duration fraction = idleTimeout.dividedBy(30);
        this.touchEvery = fraction.compareTo(TOUCH_EVERY) < 0 ? fraction : TOUCH_EVERY;
    }

    /** How long a session may go unused before it ends. */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** How long after it starts a session ends, however much it is used. */
    public Duration absoluteTimeout() {
        return absoluteTimeout;
    }

    /** Starts a session for an account and returns its id (to give to the browser only). */
    public String create(long accountId) {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Transactions.write(database, "start a session", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO session (id, account_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, digest(id));
                s.setLong(2, accountId);
                s.setString(3, now.toString());
                s.setString(4, now.toString());
                s.setString(5, now.plus(absoluteTimeout).toString());
                return s.executeUpdate();
            }
        });
        return id;
    }

    /**
     * The account of a session that is still valid, marking it as used now; empty for an unknown,
     * idle or expired session (an ended session is deleted).
     *
     * <p>The time of last use is written only when the stored one is older than {@link #TOUCH_EVERY}
     * (or a thirtieth of the idle time-out, if shorter): every signed-in request looks up its
     * session, and a write per request would make all of them take turns at the database's write
     * lock. The session still ends after the idle time-out, counted from a use at most that much
     * earlier than the last.
     */
    public OptionalLong find(String sessionId) {
        if (sessionId == null || sessionId.isEmpty() || sessionId.length() > 100) {
            return OptionalLong.empty();
        }
        String key = digest(sessionId);
        Instant now = clock.instant();
        Optional<Row> found = Transactions.read(database, "look up a session", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT account_id, last_seen_at, expires_at FROM session WHERE id = ?")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Row(rs.getLong(1), Instant.parse(rs.getString(2)), Instant.parse(rs.getString(3))))
                            : Optional.<Row>empty();
                }
            }
        });
        if (found.isEmpty()) {
            return OptionalLong.empty();
        }
        Row row = found.get();
        boolean valid = now.isBefore(row.expires()) && now.isBefore(row.lastSeen().plus(idleTimeout));
        if (!valid) {
            delete(key, "end a session");
            return OptionalLong.empty();
        }
        if (!now.isBefore(row.lastSeen().plus(touchEvery))) {
            Transactions.write(database, "mark a session as used", c -> {
                try (PreparedStatement s = c.prepareStatement("UPDATE session SET last_seen_at = ? WHERE id = ?")) {
                    s.setString(1, now.toString());
                    s.setString(2, key);
                    return s.executeUpdate();
                }
            });
        }
        return OptionalLong.of(row.accountId());
    }

    private record Row(long accountId, Instant lastSeen, Instant expires) {}

    /** Ends a session (signing out). Returns whether there was such a session. */
    public boolean delete(String sessionId) {
        if (sessionId == null) {
            return false;
        }
        return delete(digest(sessionId), "end a session");
    }

    private boolean delete(String key, String what) {
        return Transactions.write(database, what, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM session WHERE id = ?")) {
                s.setString(1, key);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Ends every session of an account (after a password change, say). Returns how many there were. */
    public int deleteAll(long accountId) {
        return Transactions.write(database, "end the sessions of an account", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM session WHERE account_id = ?")) {
                s.setLong(1, accountId);
                return s.executeUpdate();
            }
        });
    }

    /** Deletes the sessions that have ended; returns how many. Sessions are also deleted when found ended. */
    public int deleteEnded() {
        Instant now = clock.instant();
        // Instant.toString() does not have a fixed width (it leaves out zero fractions), so the
        // times are compared as times by the database, not as text.
        String sql = switch (database.kind()) {
            case SQLITE -> "DELETE FROM session WHERE julianday(expires_at) <= julianday(?)"
                    + " OR julianday(last_seen_at) <= julianday(?)";
            case POSTGRESQL -> "DELETE FROM session WHERE CAST(expires_at AS TIMESTAMPTZ) <= CAST(? AS TIMESTAMPTZ)"
                    + " OR CAST(last_seen_at AS TIMESTAMPTZ) <= CAST(? AS TIMESTAMPTZ)";
        };
        return Transactions.write(database, "delete ended sessions", c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, now.toString());
                s.setString(2, now.minus(idleTimeout).toString());
                return s.executeUpdate();
            }
        });
    }

    static String digest(String sessionId) {
        return TokenDigest.of(sessionId);
    }
}
