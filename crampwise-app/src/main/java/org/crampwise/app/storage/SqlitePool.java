package org.crampwise.app.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A small HikariCP pool of open connections to a SQLite file.
 *
 * <p>Why not a new connection per use: then the last connection to close checkpoints and deletes
 * the WAL and its shared-memory index, and the next one to open rebuilds them, while other
 * threads open, write and close around it. Under load (the 5-minute load run) that churn left
 * requests waiting on opening a connection well past any time-out. Connections that stay open
 * keep the WAL in place, and the pragmas are paid once per connection, not per request.
 */
final class SqlitePool {
    /** Readers in WAL mode work side by side; writers take turns anyway (see {@link WriteTurns}). */
    private static final int MAX_CONNECTIONS = 8;
    /** How long a request waits for a free connection before it gets "busy" (a 503), never a hang. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    /** How long a writer waits on a lock held by another process (the CLI while the server runs). */
    static final int BUSY_TIMEOUT_MS = 5_000;

    private SqlitePool() {}

    /** A data source of new connections with the pragmas set (for Flyway, before the pool starts). */
    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        // Pragmas are set on every new connection: foreign keys and the busy timeout are per connection.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL); // safe with WAL: no corruption on a crash
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // BEGIN IMMEDIATE: a transaction takes the write lock before its first statement, so one that
        // reads and then writes never fails half-way with SQLITE_BUSY (as a deferred one can in WAL mode).
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    static HikariDataSource start(SQLiteDataSource dataSource) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("crampwise-sqlite");
        config.setDataSource(dataSource);
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        // A file does not go away like a server: no need to retire connections after 30 minutes.
        config.setMaxLifetime(0);
        return new HikariDataSource(config);
    }
}
