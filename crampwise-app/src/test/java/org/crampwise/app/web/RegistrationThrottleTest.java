package org.crampwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.crampwise.app.account.SignInThrottle;
import org.crampwise.app.diary.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registration is throttled per client address like sign-in (the API and the page share one
 * count), and a throttled registration still does not tell a taken address from a new one.
 */
class RegistrationThrottleTest {
    private static final int FREE = SignInThrottle.REGISTRATIONS.freeFailures();
    private static final String JSON = "application/json";
    private final AtomicInteger people = new AtomicInteger();
    @TempDir
    Path dir;
    private TestServer server;

    @BeforeEach
    void start() {
        // A clock that stands still: the first wait (1 s) cannot run out while a slow machine hashes.
        server = TestServer.in(dir).clock(new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS))).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> register(String email) {
        return server.post("/api/v1/accounts", JSON, "{\"email\": \"" + email + "\", \"password\": \"a walk by the river\"}");
    }

    /** Uses up the free registrations of this client (all must succeed). */
    private void registerAllThatAreFree() {
        for (int i = 0; i < FREE; i++) {
            HttpResponse<String> r = register("person" + people.incrementAndGet() + "@example.org");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
    }

    @Test
    void the_fifty_first_registration_from_one_client_is_a_429_with_retry_after_and_rate_limit_headers() {
        registerAllThatAreFree();

        HttpResponse<String> r = register("one.more@example.org");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(429);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                "application/problem+json"));
        String seconds = r.headers().firstValue("Retry-After").orElseThrow();
        assertThat(Long.parseLong(seconds)).isBetween(1L, 900L);
        assertThat(r.headers().firstValue("RateLimit-Policy")).contains("\"register\";q=" + FREE + ";w=86400");
        assertThat(r.headers().firstValue("RateLimit")).contains("\"register\";r=0;t=" + seconds);
        assertThat(r.body()).contains("too many accounts");
    }

    @Test
    void once_registrations_are_throttled_a_taken_address_and_a_new_one_get_the_same_answer() {
        registerAllThatAreFree();

        HttpResponse<String> taken = register("person1@example.org");
        HttpResponse<String> fresh = register("nobody.yet@example.org");

        assertThat(taken.statusCode()).isEqualTo(429);
        assertThat(withoutRequestId(taken.body())).isEqualTo(withoutRequestId(fresh.body()));
        assertThat(taken.headers().firstValue("RateLimit-Policy")).isEqualTo(fresh.headers().firstValue("RateLimit-Policy"));
    }

    @Test
    void the_register_page_answers_429_and_says_to_wait_once_the_api_has_used_up_the_registrations() throws Exception {
        registerAllThatAreFree();

        HttpResponse<String> page = new Member(server.port(), "on.the.page@example.org").registerOnly();

        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.headers().firstValue("RateLimit-Policy")).hasValueSatisfying(p -> assertThat(p).startsWith(
                "\"register\";"));
        assertThat(page.body()).contains("Too many accounts have been made from your connection");
    }

    @Test
    void registrations_refused_as_invalid_are_not_counted() {
        for (int i = 0; i < FREE + 10; i++) {
            HttpResponse<String> weak = server.post("/api/v1/accounts", JSON,
                    "{\"email\": \"weak" + i + "@example.org\", \"password\": \"short\"}");
            assertThat(weak.statusCode()).isEqualTo(400);
        }

        assertThat(register("strong@example.org").statusCode()).isEqualTo(201);
    }

    private static String withoutRequestId(String problem) {
        return problem.replaceAll("\"requestId\":\"[^\"]*\",?", "");
    }
}
