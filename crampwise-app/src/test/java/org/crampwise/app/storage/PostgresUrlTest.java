package org.crampwise.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PostgresUrlTest {

    @Test
    void a_libpq_url_is_split_into_a_jdbc_url_a_user_and_a_password() {
        PostgresUrl url = PostgresUrl.parse("postgresql://cw:s%40cr%3At@db.example.org:5433/crampwise?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5433/crampwise?sslmode=require");
        assertThat(url.user()).isEqualTo("cw");
        assertThat(url.password()).isEqualTo("s@cr:t");
        assertThat(url.toString()).doesNotContain("s@cr:t").contains("cw");
    }

    @Test
    void postgres_scheme_no_port_and_no_password_are_accepted() {
        PostgresUrl url = PostgresUrl.parse("postgres://cw@localhost/crampwise");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/crampwise");
        assertThat(url.user()).isEqualTo("cw");
        assertThat(url.password()).isNull();
    }

    @Test
    void a_jdbc_url_is_passed_on_as_it_is_but_never_shown_with_its_password() {
        PostgresUrl url = PostgresUrl.parse("jdbc:postgresql://localhost/crampwise?user=cw&password=hunter22");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/crampwise?user=cw&password=hunter22");
        assertThat(url.redacted()).doesNotContain("hunter22").contains("password=***");
    }

    @Test
    void urls_without_a_database_name_or_of_another_kind_are_refused() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://cw@localhost"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("database name");
        assertThatThrownBy(() -> PostgresUrl.parse("sqlite:crampwise.db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("postgresql://");
        assertThatThrownBy(() -> PostgresUrl.parse(""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_server_that_cannot_be_reached_fails_at_once_with_a_message_without_the_password() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String url = "postgresql://cw:topsecret99@127.0.0.1:" + closedPort + "/crampwise";
        assertThatThrownBy(() -> Database.connect(url))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:" + closedPort)
                .hasMessageNotContaining("topsecret99");
    }
}
