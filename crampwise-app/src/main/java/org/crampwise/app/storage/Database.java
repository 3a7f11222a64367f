package org.crampwise.app.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteDataSource;

/**
 * Crampwise's own database: SQLite in {@code <data-dir>/crampwise.db} by default, or a PostgreSQL
 * database given by URL. Its schema is brought up to date by Flyway when it is opened; each kind
 * has its own migrations folder ({@code db/migration/sqlite}, {@code db/migration/postgresql}),
 * as their SQL differs, with the same version numbers for the same change.
 *
 * <p>SQLite: connections come from a small pool of open connections ({@link SqlitePool}); each
 * thread uses one of its own at a time, and in WAL mode readers do not wait for the writer.
 * Writers take turns in the JVM ({@link #writeTurn()}), so they queue instead of retrying on
 * SQLITE_BUSY; the busy timeout is left for writers in other processes.
 *
 * <p>PostgreSQL: a connection is a server process and a network handshake, so connections come
 * from a pool (HikariCP) and "closing" one gives it back; it locks rows, so writers need no turns.
 *
 * <p>Every wait is bounded: for a connection, a turn to write, or a lock. Past it the caller gets
 * {@link DatabaseBusyException} (a 503 for a request), never a hang.
 */
public final class Database implements AutoCloseable {
    public static final String FILE = "crampwise.db";
    static final String MIGRATIONS = "classpath:db/migration/sqlite";
    static final String POSTGRESQL_MIGRATIONS = "classpath:db/migration/postgresql";
    /** Longer than a write transaction takes, even on a busy machine; shorter than a client's patience. */
    private static final Duration MAX_WAIT_FOR_WRITE_TURN = Duration.ofSeconds(10);
    private static final WriteTurn NO_TURN_NEEDED = () -> { };
    private static final int REACHABLE_TIMEOUT_SECONDS = 1;

    /** The kinds of database Crampwise can keep its data in. */
    public enum Kind { SQLITE, POSTGRESQL }

    private final Kind kind;
    private final Path file;
    private final DataSource dataSource;
    private final String description;
    private final WriteTurns writeTurns;

    /** A turn to write, held until closed. */
    @FunctionalInterface
    public interface WriteTurn extends AutoCloseable {
        @Override
        void close();
    }

    private Database(Kind kind, Path file, DataSource dataSource, String description) {
        this.kind = kind;
        this.file = file;
        this.dataSource = dataSource;
        this.description = description;
        this.writeTurns = kind == Kind.SQLITE ? new WriteTurns(MAX_WAIT_FOR_WRITE_TURN) : null;
    }

    /** Opens (creating the folder and the file when needed) and migrates the SQLite database of a data folder. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dataDir, e);
        }
        Path file = dataDir.resolve(FILE).toAbsolutePath();
        SQLiteDataSource dataSource = SqlitePool.dataSource(file);
        migrate(dataSource, MIGRATIONS);
        return new Database(Kind.SQLITE, file, SqlitePool.start(dataSource), "SQLite " + file);
    }

    /**
     * Opens and migrates a PostgreSQL database given as {@code postgresql://user:password@host:port/name}
     * (or {@code postgres://…}, or a {@code jdbc:postgresql:} URL).
     *
     * @throws IllegalArgumentException when the URL is not a PostgreSQL URL
     * @throws IllegalStateException when the database cannot be reached (the message leaves out the password)
     */
    public static Database connect(String url) {
        PostgresUrl parsed = PostgresUrl.parse(url);
        HikariDataSource pool = PostgresPool.start(parsed);
        try {
            migrate(pool, POSTGRESQL_MIGRATIONS);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(Kind.POSTGRESQL, null, pool, "PostgreSQL " + parsed.redacted());
    }

    /**
     * The database of the settings: PostgreSQL when a database URL is given (not blank), otherwise
     * SQLite in the data folder.
     */
    public static Database open(Path dataDir, String databaseUrl) {
        return databaseUrl == null || databaseUrl.isBlank() ? open(dataDir) : connect(databaseUrl.strip());
    }

    private static void migrate(DataSource dataSource, String location) {
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /** Whether a data folder already holds a SQLite database (without creating one). */
    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(FILE));
    }

    /**
     * A connection from the pool; the caller closes it (try-with-resources) to give it back.
     *
     * @throws DatabaseBusyException when no connection comes free within the pool's time-out
     */
    public Connection connection() throws SQLException {
        // An open connection outlives its file: were the file deleted under the server, writes
        // would go to a file no one can open again. A new connection per use used to fail then; so does this.
        if (file != null && !Files.isRegularFile(file)) {
            throw new DatabaseUnavailableException("the database file " + file + " is gone", null);
        }
        try {
            return dataSource.getConnection();
        } catch (SQLTransientConnectionException e) {
            throw new DatabaseBusyException("no free database connection", e);
        }
    }

    /**
     * Waits for this thread's turn to write (SQLite: one writer at a time, first come first
     * served; PostgreSQL: no wait). Take it before the connection and close it after the commit.
     *
     * @throws DatabaseBusyException when the turn does not come within 10 seconds
     */
    public WriteTurn writeTurn() {
        return writeTurns == null ? NO_TURN_NEEDED : writeTurns.take();
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Whether the database answers within about a second; false on any failure, never throws
     * (for readiness checks, which must not fail themselves). With PostgreSQL, getting a
     * connection from an exhausted pool may first wait the pool's connection time-out.
     */
    public boolean isReachable() {
        try (Connection connection = connection()) {
            return connection.isValid(REACHABLE_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The SQLite database file.
     *
     * @throws IllegalStateException for a PostgreSQL database, which has no file here; see {@link #sqliteFile()}
     */
    public Path file() {
        return sqliteFile().orElseThrow(() -> new IllegalStateException("a PostgreSQL database has no file"));
    }

    /** The SQLite database file, or empty for PostgreSQL. */
    public Optional<Path> sqliteFile() {
        return Optional.ofNullable(file);
    }

    /** Closes the connection pool (for SQLite, the last connection to close checkpoints the WAL into the file). */
    @Override
    public void close() {
        if (dataSource instanceof HikariDataSource pool) {
            pool.close();
        }
    }

    /** Which database this is, for messages and logs: the kind and where, never a password. */
    @Override
    public String toString() {
        return description;
    }
}
