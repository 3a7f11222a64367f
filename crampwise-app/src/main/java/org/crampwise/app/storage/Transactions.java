package org.crampwise.app.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work on a connection of the {@link Database}, writes inside one transaction.
 *
 * <p>On SQLite, a write first waits for its turn ({@link Database#writeTurn()}), then its
 * transaction begins with {@code BEGIN IMMEDIATE} (set on the connections), so a transaction that
 * reads and then writes can never fail half-way with {@code SQLITE_BUSY}. PostgreSQL locks rows,
 * not the database, and its default READ COMMITTED suits the short transactions here. A database
 * that stays busy past the bounded waits gives {@link DatabaseBusyException}.
 */
public final class Transactions {

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {}

    /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
    public static <T> T write(Database database, String what, Work<T> work) {
        try (Database.WriteTurn turn = database.writeTurn(); Connection c = database.connection()) {
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
            throw failure(what, e);
        }
    }

    /** Runs {@code work} (reads only) on its own connection. */
    public static <T> T read(Database database, String what, Work<T> work) {
        try (Connection c = database.connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return SqlErrors.isBusy(e)
                ? new DatabaseBusyException("cannot " + what + ": the database is busy", e)
                : new IllegalStateException("cannot " + what, e);
    }
}
