package org.crampwise.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.crampwise.app.storage.Database;
import picocli.CommandLine.Option;

/**
 * Where Crampwise keeps its data, for every command that uses the database ({@code @Mixin}):
 * the data folder (SQLite database, secret key) and, optionally, a PostgreSQL URL that takes the
 * place of SQLite.
 */
public final class DatabaseOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:CRAMPWISE_DATA_DIR:-data}",
            description = "Folder for Crampwise's data (env CRAMPWISE_DATA_DIR, default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:CRAMPWISE_DB_URL}",
            description = {"Keep the data in PostgreSQL instead of SQLite in the data folder: "
                    + "postgresql://user:password@host:5432/name (env CRAMPWISE_DB_URL)."})
    String databaseUrl;

    public Path dataDir() {
        return dataDir;
    }

    /** The PostgreSQL URL, or empty for SQLite in the data folder. */
    public Optional<String> databaseUrl() {
        return databaseUrl == null || databaseUrl.isBlank() ? Optional.empty() : Optional.of(databaseUrl.strip());
    }

    /**
     * Opens (creating and migrating when needed) the database; the caller closes it.
     *
     * @throws org.crampwise.app.storage.BadDatabaseUrlException when the URL is not a PostgreSQL URL
     * @throws org.crampwise.app.storage.DatabaseUnavailableException when PostgreSQL cannot be reached
     */
    public Database open() {
        return Database.open(dataDir, databaseUrl().orElse(null));
    }

    /** Where the data is, for messages: the data folder, or "the PostgreSQL database". */
    public String where() {
        return databaseUrl().isPresent() ? "the PostgreSQL database (--db)" : dataDir.toString();
    }

    /**
     * The database when there is one already, without creating one: for commands that only read.
     * A PostgreSQL database always exists (it was created by its administrator).
     */
    public Optional<Database> openExisting() {
        return databaseUrl().isPresent() || Database.exists(dataDir) ? Optional.of(open()) : Optional.empty();
    }
}
