package org.crampwise.app.storage;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh databases for tests, of either kind: SQLite in a (temporary) folder, or a new, empty
 * database on a PostgreSQL server that the first use starts for this JVM ({@link PostgresServer}).
 *
 * <p>There is no skipping: without PostgreSQL's server programs a PostgreSQL test fails with a
 * message saying how to install them.
 */
public final class TestDatabases {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static PostgresServer server;

    private TestDatabases() {}

    /** A new, migrated database of the kind: SQLite in {@code dir}, or a new PostgreSQL database. */
    public static Database open(Database.Kind kind, Path dir) {
        return switch (kind) {
            case SQLITE -> Database.open(dir);
            case POSTGRESQL -> Database.connect(newPostgresqlUrl());
        };
    }

    /**
     * The URL of a new, empty database on the test PostgreSQL server, in the form given to
     * {@code --db} ({@code postgresql://postgres@127.0.0.1:port/name}).
     */
    public static String newPostgresqlUrl() {
        PostgresServer s = server();
        String name = "crampwise_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        s.createDatabase(name);
        return "postgresql://" + PostgresServer.SUPERUSER + "@127.0.0.1:" + s.port() + "/" + name;
    }

    private static synchronized PostgresServer server() {
        if (server == null) {
            server = PostgresServer.start();
        }
        return server;
    }
}
