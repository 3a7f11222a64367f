package org.crampwise.app.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Crampwise's own database: SQLite in {@code <data-dir>/crampwise.db}, its schema brought up to
 * date by Flyway when it is opened (migrations in {@code db/migration/sqlite}; each kind of
 * database gets its own folder, as their SQL differs).
 *
 * <p>Every use takes a new connection and closes it. With SQLite a connection is only an open
 * file, so it costs little; each thread then has a connection of its own, one thread's
 * transaction can never be mixed into another's, and in WAL mode readers do not wait for the
 * writer. A single shared connection would have to be locked around every use, reads included.
 * Writers still take turns: the busy timeout makes a second writer wait instead of failing.
 */
public final class Database implements AutoCloseable {
    public static final String FILE = "crampwise.db";
    static final String MIGRATIONS = "classpath:db/migration/sqlite";
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final SQLiteDataSource dataSource;

    private Database(Path file, SQLiteDataSource dataSource) {
        this.file = file;
        this.dataSource = dataSource;
    }

    /** Opens (creating the folder and the file when needed) and migrates the database of a data folder. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dataDir, e);
        }
        Path file = dataDir.resolve(FILE).toAbsolutePath();
        SQLiteConfig config = new SQLiteConfig();
        // Pragmas are set on every new connection: foreign keys and the busy timeout are per connection.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL); // safe with WAL: no corruption on a crash
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return new Database(file, dataSource);
    }

    /** Whether a data folder already holds a database (without creating one). */
    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(FILE));
    }

    /** A new connection; the caller closes it (try-with-resources). */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Whether the database answers now (for /ready): a connection that passes a trivial query within a second. */
    public boolean isReachable() {
        try (Connection c = connection()) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Nothing to release for SQLite: its connections are closed after each use. */
    @Override
    public void close() {
    }

    public Path file() {
        return file;
    }
}
