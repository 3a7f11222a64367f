package org.crampwise.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.app.web.api.DiaryClient.credentials;
import static org.crampwise.app.web.api.DiaryClient.json;

import org.crampwise.app.web.WithServer;
import org.crampwise.app.web.Served;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Registering and signing in over HTTP: nothing tells whether an address has an account, and
 * guessing is slowed down. A server per test: the throttle counts this client's failures.
 */
@WithServer
class SignInApiTest {
    /** Its clock stands still, so no throttle wait runs out while a test looks at it (no need to run alone). */
    @Served(clockStandsStill = true)
    ApiServer server;

    private HttpResponse<String> signIn(String email, String password) {
        return server.postJson("/api/v1/sessions", credentials(email, password));
    }

    private HttpResponse<String> register(String email, String password) {
        return server.postJson("/api/v1/accounts", credentials(email, password));
    }

    private static JsonNode withoutInstance(HttpResponse<String> r) {
        ObjectNode p = (ObjectNode) json(r);
        p.remove("instance");
        p.remove("requestId"); // differs from request to request
        return p;
    }

    @Test
    void signing_in_gives_a_token_that_opens_the_diary_and_an_end_time() {
        register("ann@example.org", "a walk by the river");

        HttpResponse<String> r = signIn("  Ann@Example.org ", "a walk by the river");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode session = json(r);
        assertThat(session.path("token").asText()).matches("[A-Za-z0-9_-]{43}");
        assertThat(Instant.parse(session.path("expiresAt").asText()))
                .isBetween(Instant.now().plus(Duration.ofHours(11)), Instant.now().plus(Duration.ofHours(13)));
        assertThat(session.path("idleTimeoutSeconds").asInt()).isEqualTo(1800);
        assertThat(server.send("GET", "/api/v1/diary/episodes", null, null, session.path("token").asText())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void signing_in_twice_gives_two_different_tokens() {
        register("ann@example.org", "a walk by the river");

        String first = json(signIn("ann@example.org", "a walk by the river")).path("token").asText();
        String second = json(signIn("ann@example.org", "a walk by the river")).path("token").asText();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void an_unknown_address_and_a_wrong_password_get_the_same_answer_word_for_word() {
        register("ann@example.org", "a walk by the river");

        HttpResponse<String> wrong = signIn("ann@example.org", "a walk by the sea");
        HttpResponse<String> unknown = signIn("nobody@example.org", "a walk by the river");
        HttpResponse<String> notAnAddress = signIn("nobody", "a walk by the river");

        for (HttpResponse<String> r : List.of(wrong, unknown, notAnAddress)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
            assertThat(withoutRequestId(r.body())).isEqualTo(withoutRequestId(wrong.body()));
            assertThat(r.headers().firstValue("WWW-Authenticate")).isEqualTo(wrong.headers()
                    .firstValue("WWW-Authenticate"));
        }
    }

    @Test
    void registering_a_taken_address_answers_exactly_as_a_new_one_and_changes_nothing() {
        HttpResponse<String> fresh = register("ann@example.org", "a walk by the river");
        HttpResponse<String> taken = register("ANN@example.org", "somebody else's password");
        HttpResponse<String> other = register("bob@example.org", "a walk by the river");

        assertThat(taken.statusCode()).isEqualTo(fresh.statusCode()).isEqualTo(201);
        assertThat(taken.body()).isEqualTo(fresh.body());
        assertThat(taken.headers().map().keySet()).isEqualTo(other.headers().map().keySet());
        assertThat(signIn("ann@example.org", "a walk by the river").statusCode()).isEqualTo(201);
        assertThat(signIn("ann@example.org", "somebody else's password").statusCode()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "too short | ann@example.org | short | password",
            "common | ann@example.org | password123 | password",
            "not an address | ann.example.org | a walk by the river | email",
            "an address with a space | ann @example.org | a walk by the river | email"})
    void registering_with_a_weak_password_or_a_bad_address_is_a_400_naming_the_field(String name, String email,
                                                                                    String password, String field) {
        HttpResponse<String> r = register(email, password);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r).at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(r.body()).doesNotContain(password);
    }

    @Test
    void a_weak_password_is_refused_the_same_way_for_a_taken_address() {
        register("ann@example.org", "a walk by the river");

        HttpResponse<String> taken = register("ann@example.org", "short");
        HttpResponse<String> fresh = register("bob@example.org", "short");

        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(withoutRequestId(taken.body())).isEqualTo(withoutRequestId(fresh.body()));
    }

    @Test
    void after_five_wrong_passwords_the_next_attempt_must_wait_even_with_the_right_one() {
        register("ann@example.org", "a walk by the river");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(signIn("ann@example.org", "guess number " + i).statusCode());
        }

        HttpResponse<String> sixth = signIn("ann@example.org", "a walk by the river");

        assertThat(statuses).containsOnly(401);
        assertThat(sixth.statusCode()).as(sixth.body()).isEqualTo(429);
        assertThat(ApiServer.mediaType(sixth)).isEqualTo(ApiServer.PROBLEM);
        assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
        // The IETF draft's rate-limit headers say the same as Retry-After.
        assertThat(sixth.headers().firstValue("RateLimit-Limit")).contains("5");
        assertThat(sixth.headers().firstValue("RateLimit-Remaining")).contains("0");
        assertThat(sixth.headers().firstValue("RateLimit-Reset")).isEqualTo(sixth.headers().firstValue("Retry-After"));
        assertThat(sixth.body()).doesNotContain("token");
    }

    @Test
    void an_unregistered_address_is_throttled_exactly_like_a_registered_one() {
        register("ann@example.org", "a walk by the river");
        List<JsonNode> known = new ArrayList<>();
        List<JsonNode> unknown = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            known.add(withoutInstance(signIn("ann@example.org", "guess number " + i)));
            unknown.add(withoutInstance(signIn("nobody@example.org", "guess number " + i)));
        }

        assertThat(unknown).isEqualTo(known);
        assertThat(known.get(5).path("status").asInt()).isEqualTo(429);
    }

    @Test
    void throttling_one_address_leaves_another_free() {
        register("ann@example.org", "a walk by the river");
        register("bob@example.org", "a walk by the river");
        for (int i = 0; i < 6; i++) {
            signIn("ann@example.org", "guess number " + i);
        }

        assertThat(signIn("bob@example.org", "a walk by the river").statusCode()).isEqualTo(201);
    }

    @Test
    void a_sign_in_without_a_password_is_a_400_naming_it() {
        HttpResponse<String> r = server.postJson("/api/v1/sessions", "{\"email\": \"ann@example.org\"}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).at("/errors/0/field").asText()).isEqualTo("password");
    }

    /** A problem document without its request id, which differs from request to request. */
    private static String withoutRequestId(String problem) {
        return problem.replaceAll("\"requestId\":\"[^\"]*\",?", "");
    }
}
