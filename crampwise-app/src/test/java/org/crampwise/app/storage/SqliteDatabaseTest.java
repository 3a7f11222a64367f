package org.crampwise.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseTest {

    @Test
    void opening_creates_the_data_folder_and_the_database_file(@TempDir Path dir) {
        Path data = dir.resolve("a/b");
        assertThat(Database.exists(data)).isFalse();
        Database db = Database.open(data);
        assertThat(db.kind()).isEqualTo(Database.Kind.SQLITE);
        assertThat(db.file()).isEqualTo(data.resolve("crampwise.db").toAbsolutePath());
        assertThat(Files.isRegularFile(db.file())).isTrue();
        assertThat(Database.exists(data)).isTrue();
    }

    @Test
    void every_connection_uses_wal_and_enforces_foreign_keys(@TempDir Path dir) throws SQLException {
        Database db = Database.open(dir);
        assertThat(DatabaseTest.query(db, "PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(DatabaseTest.query(db, "PRAGMA foreign_keys")).isEqualTo("1");
        assertThat(DatabaseTest.query(db, "PRAGMA busy_timeout")).isEqualTo("5000");
    }

    @Test
    void without_a_database_url_the_data_folder_holds_a_sqlite_database(@TempDir Path dir) {
        assertThat(Database.open(dir, null).kind()).isEqualTo(Database.Kind.SQLITE);
        assertThat(Database.open(dir, "  ").kind()).isEqualTo(Database.Kind.SQLITE);
    }

    @Test
    void a_url_that_is_not_postgresql_is_refused_with_the_form_to_use(@TempDir Path dir) {
        assertThatThrownBy(() -> Database.open(dir, "mysql://me@localhost/crampwise"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgresql://user:password@localhost:5432/crampwise");
    }
}
