package org.crampwise.app.diary;

import java.sql.Connection;
import java.sql.SQLException;
import org.crampwise.app.storage.Database;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Runs work on a new connection of the {@link Database}, writes inside one transaction.
 *
 * <p>On SQLite, write transactions begin with {@code BEGIN IMMEDIATE}: the write lock is taken
 * (waiting the busy timeout) before the first statement, so a transaction that reads and then
 * writes can never fail half-way with {@code SQLITE_BUSY} when another connection wrote in
 * between, as a deferred transaction can in WAL mode. PostgreSQL locks rows, not the database,
 * and its default READ COMMITTED suits the short transactions here.
 */
final class Transactions {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {}

    /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
    static <T> T write(Database database, String what, Work<T> work) {
        try (Connection c = database.connection()) {
            if (database.kind() == Database.Kind.SQLITE) {
                c.unwrap(SQLiteConnection.class).getConnectionConfig()
                        .setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            }
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot " + what, e);
        }
    }

    /** Runs {@code work} (reads only) on its own connection. */
    static <T> T read(Database database, String what, Work<T> work) {
        try (Connection c = database.connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot " + what, e);
        }
    }
}
