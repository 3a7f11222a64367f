package org.crampwise.app.diary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Claims a request's key inside the write's own transaction, before the write. The key's row is
 * inserted with {@code ON CONFLICT DO NOTHING} (the same SQL on SQLite and PostgreSQL): when no row
 * was inserted, the key was claimed before and the write is not done again. Two sends at once
 * cannot both win: SQLite writes one at a time, and PostgreSQL makes the second insert wait for the
 * first transaction, then sees its row.
 */
final class IdempotencyKeys {
    private IdempotencyKeys() {}

    /** Claims {@code key}: empty when it is new (the caller writes, then {@link #settle}s it), else what it made. */
    static Optional<Target> claim(Connection c, long accountId, IdempotencyKey key, String kind, String now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotency_key"
                + " (account_id, request_key, kind, target, created_at) VALUES (?, ?, ?, '', ?) ON CONFLICT DO NOTHING")) {
            s.setLong(1, accountId);
            s.setString(2, key.value());
            s.setString(3, kind);
            s.setString(4, now);
            if (s.executeUpdate() == 1) {
                return Optional.empty();
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT kind, target FROM idempotency_key WHERE account_id = ? AND request_key = ?")) {
            s.setLong(1, accountId);
            s.setString(2, key.value());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("idempotency key neither inserted nor found");
                }
                Target t = new Target(rs.getString(1), rs.getString(2));
                if (!t.kind().equals(kind)) {
                    throw new IdempotencyKey.UsedForAnother(t.kind());
                }
                return Optional.of(t);
            }
        }
    }

    /** Notes what the claimed key made (an episode id, a date). */
    static void settle(Connection c, long accountId, IdempotencyKey key, String target) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE idempotency_key SET target = ? WHERE account_id = ? AND request_key = ?")) {
            s.setString(1, target);
            s.setLong(2, accountId);
            s.setString(3, key.value());
            s.executeUpdate();
        }
    }

    /** What an earlier send with the key made: {@code kind} "episode" or "day", {@code target} its id or date. */
    record Target(String kind, String target) {
    }
}
