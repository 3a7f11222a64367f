package org.crampwise.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static String query(Database db, String sql) throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void opening_creates_the_data_folder_and_the_database_file(@TempDir Path dir) {
        Path data = dir.resolve("a/b");
        assertThat(Database.exists(data)).isFalse();
        Database db = Database.open(data);
        assertThat(db.file()).isEqualTo(data.resolve("crampwise.db").toAbsolutePath());
        assertThat(Files.isRegularFile(db.file())).isTrue();
        assertThat(Database.exists(data)).isTrue();
    }

    @Test
    void every_connection_uses_wal_and_enforces_foreign_keys(@TempDir Path dir) throws SQLException {
        Database db = Database.open(dir);
        assertThat(query(db, "PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(query(db, "PRAGMA foreign_keys")).isEqualTo("1");
        assertThat(query(db, "PRAGMA busy_timeout")).isEqualTo("5000");
    }

    @Test
    void the_migrations_create_the_feedback_table_once_even_when_opened_again(@TempDir Path dir) throws SQLException {
        Database first = Database.open(dir);
        String applied = query(first, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1");
        Database db = Database.open(dir);
        assertThat(query(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'page_feedback'"))
                .isEqualTo("page_feedback");
        assertThat(query(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1"))
                .as("opening again applies nothing more").isEqualTo(applied);
        assertThat(query(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0")).isEqualTo("0");
    }

    @Test
    void the_feedback_table_accepts_only_yes_or_no(@TempDir Path dir) throws SQLException {
        Database db = Database.open(dir);
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO page_feedback (page, helpful, created_at) VALUES ('causes', 1, 'now')");
            assertThatThrownBy(() -> s.executeUpdate(
                    "INSERT INTO page_feedback (page, helpful, created_at) VALUES ('causes', 2, 'now')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("CHECK constraint failed");
            assertThatThrownBy(() -> s.executeUpdate(
                    "INSERT INTO page_feedback (page, helpful, created_at) VALUES (NULL, 1, 'now')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("NOT NULL");
        }
    }

    @Test
    void an_open_database_is_reachable(@TempDir Path dir) {
        assertThat(Database.open(dir).isReachable()).isTrue();
    }
}
