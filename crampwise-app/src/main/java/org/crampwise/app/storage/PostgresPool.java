package org.crampwise.app.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.time.Duration;

/** The HikariCP pool of PostgreSQL connections, and the settings it runs with. */
final class PostgresPool {
    /** Enough for a small server on 2 cores; PostgreSQL does best with few connections (about 2 per core). */
    private static final int MAX_CONNECTIONS = 10;
    private static final int MIN_IDLE = 2;
    /** How long a request waits for a free connection before it fails (and readiness answers false). */
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

    private PostgresPool() {}

    static HikariDataSource start(PostgresUrl url) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("crampwise-db");
        config.setJdbcUrl(url.jdbcUrl());
        if (url.user() != null) {
            config.setUsername(url.user());
        }
        if (url.password() != null) {
            config.setPassword(url.password());
        }
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(MIN_IDLE);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.addDataSourceProperty("ApplicationName", "crampwise");
        try {
            // Fails here, at start-up, when the server cannot be reached or refuses the login.
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new DatabaseUnavailableException("cannot connect to PostgreSQL at " + url.redacted() + ": "
                    + cause.getMessage(), e);
        }
    }
}
