package org.crampwise.app.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.crampwise.app.storage.Database;

/**
 * The SQL of {@link SignInThrottle}'s table ({@code throttle}, migration V7): the same on SQLite
 * and PostgreSQL but for locking. SQLite runs one write transaction at a time; on PostgreSQL the
 * rows of an attempt are locked ({@code FOR UPDATE}), always in key order, so two servers counting
 * the same key at once count it twice, never once.
 */
final class ThrottleRows {
    /** A key's failures and the time of the last (UTC milliseconds). */
    record Row(int failures, long lastFailure) {}

    private ThrottleRows() {}

    /** Makes sure the key has a row (no failures yet) so that there is a row to lock. */
    static void ensure(Connection c, String key, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO throttle (throttle_key, failures, last_failure)"
                + " VALUES (?, 0, ?) ON CONFLICT (throttle_key) DO NOTHING")) {
            s.setString(1, key);
            s.setLong(2, now);
            s.executeUpdate();
        }
    }

    /** The key's row, locked until the transaction ends; empty when another server has just purged it. */
    static Optional<Row> lock(Connection c, Database.Kind kind, String key) throws SQLException {
        String forUpdate = kind == Database.Kind.POSTGRESQL ? " FOR UPDATE" : "";
        try (PreparedStatement s = c.prepareStatement(
                "SELECT failures, last_failure FROM throttle WHERE throttle_key = ?" + forUpdate)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Row(rs.getInt(1), rs.getLong(2))) : Optional.empty();
            }
        }
    }

    static void set(Connection c, String key, Row row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO throttle (throttle_key, failures, last_failure)"
                + " VALUES (?, ?, ?) ON CONFLICT (throttle_key) DO UPDATE"
                + " SET failures = excluded.failures, last_failure = excluded.last_failure")) {
            s.setString(1, key);
            s.setInt(2, row.failures());
            s.setLong(3, row.lastFailure());
            s.executeUpdate();
        }
    }

    static void forget(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM throttle WHERE throttle_key = ?")) {
            s.setString(1, key);
            s.executeUpdate();
        }
    }

    /** One failure fewer (an attempt that turned out right). */
    static void takeBack(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE throttle SET failures = failures - 1 WHERE throttle_key = ? AND failures > 0")) {
            s.setString(1, key);
            s.executeUpdate();
        }
    }

    /**
     * Deletes rows whose last failure is before {@code before}. On PostgreSQL a bounded number at
     * a time, skipping rows another attempt holds: two purges can then never wait for each other.
     */
    static void purge(Connection c, Database.Kind kind, long before) throws SQLException {
        String sql = kind == Database.Kind.POSTGRESQL
                ? "DELETE FROM throttle WHERE throttle_key IN (SELECT throttle_key FROM throttle"
                        + " WHERE last_failure < ? ORDER BY last_failure LIMIT 100 FOR UPDATE SKIP LOCKED)"
                : "DELETE FROM throttle WHERE last_failure < ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, before);
            s.executeUpdate();
        }
    }

    static int count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM throttle WHERE failures > 0");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
