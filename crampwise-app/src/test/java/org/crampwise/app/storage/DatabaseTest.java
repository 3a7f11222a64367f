package org.crampwise.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** What both kinds of database do alike; SQLite's own settings are in SqliteDatabaseTest. */
@OnEveryDatabase
class DatabaseTest {
    @Parameter
    Database.Kind kind;
    @Opened
    Database db;

    static String query(Database db, String sql) throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void the_database_knows_its_kind() {
        assertThat(db.kind()).isEqualTo(kind);
        assertThat(db.sqliteFile().isPresent()).isEqualTo(kind == Database.Kind.SQLITE);
        assertThat(db.toString()).startsWith(kind == Database.Kind.SQLITE ? "SQLite " : "PostgreSQL ");
    }

    /** How many migrations the folder of this kind of database holds (V1__, V2__, ...): one each. */
    private String migrations() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration",
                kind == Database.Kind.SQLITE ? "sqlite" : "postgresql"))) {
            return Long.toString(files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void all_migrations_apply_and_none_fails() throws SQLException {
        assertThat(query(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = " + trueValue()))
                .isEqualTo(migrations());
        // Numbered without gaps, so the newest version is their count.
        assertThat(query(db, "SELECT MAX(version) FROM flyway_schema_history")).isEqualTo(migrations());
        for (String table : new String[] {"page_feedback", "account", "session", "episode", "day_log", "throttle"}) {
            assertThat(query(db, "SELECT COUNT(*) FROM " + table)).as(table).isEqualTo("0");
        }
    }

    @Test
    void the_migrations_apply_once_even_when_opened_again() throws SQLException {
        if (kind == Database.Kind.SQLITE) {
            // The same folder, so the same file, already migrated.
            try (Database again = Database.open(db.sqliteFile().orElseThrow().getParent())) {
                assertThat(query(again, "SELECT COUNT(*) FROM flyway_schema_history")).isEqualTo(migrations());
            }
        } else {
            String url = TestDatabases.newPostgresqlUrl();
            try (Database first = Database.connect(url)) {
                new org.crampwise.app.feedback.FeedbackStore(first).record("causes", true);
            }
            try (Database again = Database.connect(url)) {
                assertThat(query(again, "SELECT COUNT(*) FROM flyway_schema_history")).isEqualTo(migrations());
                assertThat(query(again, "SELECT COUNT(*) FROM page_feedback")).as("data is kept").isEqualTo("1");
            }
        }
    }

    @Test
    void the_feedback_table_accepts_only_yes_or_no() throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO page_feedback (page, helpful, created_at) VALUES ('causes', 1, 'now')");
            assertThatThrownBy(() -> s.executeUpdate(
                    "INSERT INTO page_feedback (page, helpful, created_at) VALUES ('causes', 2, 'now')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageMatching("(?s).*(CHECK constraint failed|violates check constraint).*");
            assertThatThrownBy(() -> s.executeUpdate(
                    "INSERT INTO page_feedback (page, helpful, created_at) VALUES (NULL, 1, 'now')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageMatching("(?s).*(NOT NULL|not-null).*");
        }
    }

    @Test
    void an_open_database_is_reachable_and_a_closed_one_is_not() {
        assertThat(db.isReachable()).isTrue();
        if (kind == Database.Kind.POSTGRESQL) {
            db.close(); // closing the pool: no connection can be had, and isReachable does not throw
            assertThat(db.isReachable()).isFalse();
        }
    }

    private String trueValue() {
        return kind == Database.Kind.SQLITE ? "1" : "TRUE";
    }
}
