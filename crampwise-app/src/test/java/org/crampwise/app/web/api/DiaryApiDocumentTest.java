package org.crampwise.app.web.api;

import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.app.web.api.DiaryClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.crampwise.evidence.EvidenceJson;
import org.crampwise.kb.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The accounts and diary operations of /openapi.json, walked in order as a person would (they
 * need an account and a token, so the generic walk in OpenApiDocumentTest leaves them here):
 * every real answer, and every kind of error, validated against the schema the document gives.
 */
@WithServer
@Isolated("it reaches the sign-in throttle, whose first wait is one second")
class DiaryApiDocumentTest {
    static final Set<String> TAGS = Set.of("Accounts", "Diary");

    @Served
    static ApiServer server;
    static OpenApiSpec spec;
    private final Set<String> walked = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void start() {
        spec = OpenApiSpec.of(server);
    }

    @BeforeEach
    void clear() {
        walked.clear();
        problems.clear();
    }

    /** Operations that need an account or make one: walked here rather than one by one. */
    static boolean needsAnAccount(JsonNode operation) {
        return StreamSupport.stream(operation.path("tags").spliterator(), false).map(JsonNode::asText)
                .anyMatch(TAGS::contains);
    }

    /** Every documented operation with those tags, as "METHOD template". */
    private static Set<String> accountOperations() {
        Set<String> out = new LinkedHashSet<>();
        spec.operations().forEach((template, methods) -> methods.forEach(m -> {
            if (needsAnAccount(spec.doc.path("paths").path(template).path(m))) {
                out.add(m.toUpperCase(Locale.ROOT) + " " + template);
            }
        }));
        return out;
    }

    /** Checks a response against the document and its status; returns it. */
    private HttpResponse<String> expect(int status, String method, HttpResponse<String> r) {
        String path = r.uri().getRawPath() + (r.uri().getRawQuery() == null ? "" : "?" + r.uri().getRawQuery());
        String template = spec.templateOf(r.uri().getPath()).orElse("(undocumented) " + r.uri().getPath());
        walked.add(method + " " + template + " " + status);
        if (r.statusCode() != status) {
            problems.add(method + " " + path + ": expected " + status + ", got " + r.statusCode() + ": " + r.body());
        }
        problems.addAll(spec.check(method, r.uri().getPath(), r));
        return r;
    }

    /** The value of a request body example of the document. */
    private static String example(String requestBody, String name) {
        JsonNode v = spec.doc.at("/components/requestBodies/" + requestBody + "/content/application~1json/examples/"
                + name + "/value");
        assertThat(v.isMissingNode()).as(requestBody + " example " + name).isFalse();
        return v.toString();
    }

    @Test
    void every_accounts_and_diary_operation_answers_as_documented_when_used_in_order() {
        String credentials = example("Credentials", "ann");
        expect(201, "POST", server.postJson("/api/v1/accounts", credentials));
        String token = json(expect(201, "POST", server.postJson("/api/v1/sessions", credentials))).path("token").asText();
        String episodes = "/api/v1/diary/episodes";
        HttpResponse<String> added = expect(201, "POST",
                server.send("POST", episodes, ApiServer.JSON, example("Episode", "night-cramp"), token));
        expect(201, "POST", server.send("POST", episodes, ApiServer.JSON, example("Episode", "from-the-interview"),
                token));
        String one = episodes + "/" + json(added).path("id").asLong();
        expect(200, "GET", server.send("GET", episodes + "?from=2025-11-01&to=2025-11-30", null, null, token));
        expect(200, "GET", server.send("GET", one, null, null, token));
        expect(200, "PUT", server.send("PUT", one, ApiServer.JSON, example("Episode", "from-the-interview"), token));
        String day = "/api/v1/diary/days/" + spec.doc.at("/paths/~1api~1v1~1diary~1days~1{date}/parameters/0/example")
                .asText();
        String dayExample = spec.doc.at("/paths/~1api~1v1~1diary~1days~1{date}/put/requestBody/content/"
                + "application~1json/examples/a-long-walk/value").toString();
        expect(200, "PUT", server.send("PUT", day, ApiServer.JSON, dayExample, token));
        expect(200, "GET", server.send("GET", day, null, null, token));
        expect(200, "GET", server.send("GET", "/api/v1/diary/days?from=2025-11-01&to=2025-11-30", null, null, token));
        expect(200, "GET", server.send("GET", "/api/v1/diary/insights?zone=Europe/London", null, null, token));
        for (String format : List.of("csv", "json", "fhir")) {
            expect(200, "GET", server.send("GET", "/api/v1/diary/export?format=" + format, null, null, token));
        }
        expect(200, "GET", server.send("GET", "/api/v1/diary/summary?from=2025-11-01&to=2025-11-28", null, null, token));
        expect(204, "DELETE", server.send("DELETE", one, null, null, token));
        expect(204, "DELETE", server.send("DELETE", "/api/v1/sessions/current", null, null, token));
        String again = json(server.postJson("/api/v1/sessions", credentials)).path("token").asText();
        expect(403, "DELETE", server.send("DELETE", "/api/v1/accounts/me", ApiServer.JSON, "{\"password\": \"wrong one\"}",
                again));
        expect(204, "DELETE", server.send("DELETE", "/api/v1/accounts/me", ApiServer.JSON,
                spec.doc.at("/paths/~1api~1v1~1accounts~1me/delete/requestBody/content/application~1json/example").toString()
                        .replace("a long walk by the river", OpenApiSpec.parse(credentials).path("password").asText()), again));

        assertThat(problems).isEmpty();
        Set<String> seen = new LinkedHashSet<>();
        walked.forEach(w -> seen.add(w.substring(0, w.lastIndexOf(' '))));
        assertThat(seen).as("every accounts and diary operation of the document is walked")
                .containsAll(accountOperations());
    }

    @Test
    void every_kind_of_error_of_the_accounts_and_diary_is_as_documented() {
        String credentials = DiaryClient.credentials("errors@example.org", "a walk by the river");
        expect(201, "POST", server.postJson("/api/v1/accounts", credentials));
        expect(400, "POST", server.postJson("/api/v1/accounts", DiaryClient.credentials("x@example.org", "short")));
        expect(415, "POST", server.send("POST", "/api/v1/accounts", "text/plain", credentials));
        expect(405, "PUT", server.send("PUT", "/api/v1/accounts", ApiServer.JSON, credentials));
        expect(400, "POST", server.postJson("/api/v1/sessions", "{\"email\": 1}"));
        expect(401, "POST", server.postJson("/api/v1/sessions",
                DiaryClient.credentials("errors@example.org", "not the password")));
        String token = json(server.postJson("/api/v1/sessions", credentials)).path("token").asText();
        String episodes = "/api/v1/diary/episodes";
        expect(401, "GET", server.send("GET", episodes, null, null, null));
        expect(401, "DELETE", server.send("DELETE", "/api/v1/accounts/me", null, null, "x".repeat(43)));
        expect(401, "DELETE", server.send("DELETE", "/api/v1/sessions/current", null, null, null));
        expect(400, "POST", server.send("POST", episodes, ApiServer.JSON, "{\"start\": \"then\"}", token));
        expect(413, "POST", server.send("POST", episodes, ApiServer.JSON,
                "{\"notes\": \"" + "x".repeat(EvidenceJson.MAX_BYTES) + "\"}", token));
        expect(415, "POST", server.send("POST", episodes, "text/plain", "{}", token));
        expect(400, "GET", server.send("GET", episodes + "?from=soon", null, null, token));
        expect(404, "GET", server.send("GET", episodes + "/12345", null, null, token));
        expect(404, "PUT", server.send("PUT", episodes + "/abc", ApiServer.JSON, example("Episode", "night-cramp"), token));
        expect(400, "PUT", server.send("PUT", episodes + "/abc", ApiServer.JSON, "{}", token)); // the body is checked first
        expect(404, "DELETE", server.send("DELETE", episodes + "/12345", null, null, token));
        expect(400, "PUT", server.send("PUT", "/api/v1/diary/days/2025-11-31", ApiServer.JSON, "{}", token));
        expect(400, "PUT", server.send("PUT", "/api/v1/diary/days/2025-11-20", ApiServer.JSON,
                "{\"exerciseLevel\": 9}", token));
        expect(404, "GET", server.send("GET", "/api/v1/diary/days/2025-11-20", null, null, token));
        expect(400, "GET", server.send("GET", "/api/v1/diary/days?from=soon", null, null, token));
        expect(405, "PATCH", server.send("PATCH", episodes + "/1", ApiServer.JSON, "{}", token));
        expect(400, "GET", server.send("GET", "/api/v1/diary/insights?zone=Nowhere", null, null, token));
        expect(400, "GET", server.send("GET", "/api/v1/diary/export?format=pdf", null, null, token));
        expect(401, "GET", server.send("GET", "/api/v1/diary/export", null, null, null));
        expect(400, "GET", server.send("GET", "/api/v1/diary/summary?from=soon", null, null, token));
        expect(400, "GET", server.send("GET", "/api/v1/diary/summary?from=2025-11-28&to=2025-11-01", null, null, token));
        expect(401, "GET", server.send("GET", "/api/v1/diary/summary", null, null, null));
        for (int i = 0; i < 5; i++) {
            server.postJson("/api/v1/sessions", DiaryClient.credentials("errors@example.org", "guess " + i));
        }
        HttpResponse<String> throttled = expect(429, "POST", server.postJson("/api/v1/sessions", credentials));
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();

        assertThat(problems).isEmpty();
    }

    @Test
    void insights_with_measured_triggers_and_a_banner_are_as_documented() {
        DiaryClient ann = DiaryClient.signedUp(server, "measured@example.org");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        for (int i = 0; i < 8; i++) {
            java.time.LocalDate d = today.minusDays(20 - i);
            ann.put("/api/v1/diary/days/" + d, "{\"fluidsGlasses\": " + (i % 2 == 0 ? 2 : 9)
                    + ", \"exerciseLevel\": " + (i % 3) + ", \"hoursSitting\": 7}");
            ann.addEpisode(DiaryClient.episode(d + "T03:00:00+00:00", i == 7 ? 30 : 2, "calf", "left", 5, "in_bed"));
        }

        JsonNode insights = json(expect(200, "GET", ann.get("/api/v1/diary/insights")));

        assertThat(problems).isEmpty();
        assertThat(insights.path("triggers").findValuesAsText("result")).contains("measured", "not_enough_data");
        assertThat(insights.at("/escalation/banner").isTextual()).isTrue();
    }

    @Test
    void the_places_and_sides_are_the_knowledge_base_s_and_the_diary_needs_a_bearer_token() {
        assertThat(OpenApiDocumentTest.texts(spec.doc.at("/components/schemas/Location/enum")))
                .containsExactlyElementsOf(ApiServer.KB.finding("location").options().stream()
                        .map(Finding.Option::value).toList());
        assertThat(OpenApiDocumentTest.texts(spec.doc.at("/components/schemas/Side/enum")))
                .containsExactlyElementsOf(ApiServer.KB.finding("side").options().stream()
                        .map(Finding.Option::value).toList());
        assertThat(spec.doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        for (String op : accountOperations()) {
            String[] parts = op.split(" ");
            JsonNode security = spec.doc.path("paths").path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT))
                    .path("security");
            boolean open = op.equals("POST /api/v1/accounts") || op.equals("POST /api/v1/sessions");
            assertThat(security.toString()).as(op).isEqualTo(open ? "" : "[{\"bearer\":[]}]");
        }
    }
}
