package org.crampwise.app.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.crampwise.app.web.Served;
import org.crampwise.app.web.TestServer;
import org.crampwise.app.web.WithServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** One JSON line per request, with its id; nothing a person sent ever reaches the log. */
@WithServer
@Isolated("LogCapture listens to every logger of the JVM")
class AccessLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKER = "zzSecretMarker9931";
    private static final String EMAIL = "jo.bloggs@example.org";

    /** One server for the class: each test reads only the lines of its own requests. */
    @Served
    static TestServer http;

    @Test
    void each_request_is_one_json_line_with_its_id_method_route_template_status_and_duration() throws Exception {
        List<String> lines;
        try (LogCapture log = new LogCapture()) {
            http.get("/learn/night-cramps", "X-Request-Id", "trace-42.A_b");
            http.post("/api/v1/assessments", "application/json", "{\"findings\": {\"age_years\": 40}}");
            lines = log.linesWithAccessLines(2).stream().filter(LogCapture::isAccess).toList();
        }
        assertThat(lines).hasSize(2);
        JsonNode page = JSON.readTree(lines.get(0));
        assertThat(page.path("requestId").asText()).isEqualTo("trace-42.A_b");
        assertThat(page.path("method").asText()).isEqualTo("GET");
        assertThat(page.path("route").asText()).isEqualTo("/learn/{id}");
        assertThat(page.path("status").isInt()).isTrue();
        assertThat(page.path("ms").isNumber()).isTrue();
        assertThat(page.path("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        JsonNode api = JSON.readTree(lines.get(1));
        assertThat(api.path("route").asText()).isEqualTo("/api/v1/assessments");
        assertThat(api.path("status").asInt()).isEqualTo(200);
        assertThat(api.path("requestId").asText()).matches("[0-9a-f]{32}");
    }

    @Test
    void the_request_id_is_echoed_and_written_in_problem_documents() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/assessments", "application/json", "{", "X-Request-Id", "abc-123");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("X-Request-Id")).contains("abc-123");
        assertThat(JSON.readTree(r.body()).path("requestId").asText()).isEqualTo("abc-123");
        HttpResponse<String> mine = http.get("/api/v1/nowhere");
        String id = mine.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(JSON.readTree(mine.body()).path("requestId").asText()).isEqualTo(id);
    }

    @Test
    void an_unsafe_or_overlong_request_id_is_replaced_by_one_of_our_own() {
        for (String bad : new String[] {"a b", "x".repeat(65), "id\"}{\"status\":1", "../etc", "ümlaut", MARKER + " " + EMAIL}) {
            HttpResponse<String> r = http.get("/health", "X-Request-Id", bad);
            assertThat(r.headers().firstValue("X-Request-Id").orElseThrow()).as(bad).matches("[0-9a-f]{32}");
        }
    }

    @Test
    void no_evidence_email_path_query_form_or_header_value_reaches_the_log() throws Exception {
        List<String> lines;
        try (LogCapture log = new LogCapture()) {
            http.post("/api/v1/assessments", "application/json", "{\"findings\": {\"side\": \"" + MARKER + "\"}}");
            http.post("/api/v1/assessments", "application/json", "{\"findings\": {\"" + MARKER + "\": true}}");
            http.post("/api/v1/interview/next", "application/json", "{\"findings\": {\"age_years\": 41, \"email\": \"" + EMAIL + "\"}}");
            http.post("/fhir/QuestionnaireResponse/$assess", "application/fhir+json",
                    "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"" + MARKER + "\"}");
            http.get("/learn/" + MARKER + "?email=" + EMAIL);
            http.get("/fhir/Questionnaire/" + MARKER);
            http.form("/learn/night-cramps/feedback", Map.of("helpful", MARKER, "_csrf", MARKER, "email", EMAIL),
                    "Cookie", "cw_csrf=" + MARKER);
            http.form("/check/q/age_years", Map.of("findings", "age_years", "age_years", MARKER), "User-Agent", MARKER,
                    "X-Request-Id", EMAIL);
            lines = log.linesWithAccessLines(8);
        }
        assertThat(lines.stream().filter(LogCapture::isAccess)).hasSize(8);
        for (String line : lines) {
            assertThat(line).doesNotContain(MARKER).doesNotContain(EMAIL).doesNotContain("example.org")
                    .doesNotContain("age_years");
        }
    }
}
