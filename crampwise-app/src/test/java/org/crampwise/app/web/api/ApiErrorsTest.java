package org.crampwise.app.web.api;

import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.crampwise.evidence.EvidenceJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API's errors (shared/contract/README.md): RFC 9457 problem documents, never a server error.
 * That they match the document's Problem schema is checked in {@link ApiResponsesMatchTheDocumentTest}.
 */
@WithServer
class ApiErrorsTest {
    @Served
    static ApiServer server;

    /** Valid JSON evidence one byte over 64 KiB (padded with spaces). */
    static String tooLarge() {
        String start = "{\"findings\": {}";
        return start + " ".repeat(EvidenceJson.MAX_BYTES + 1 - start.length() - 1) + "}";
    }

    /** A problem document with this status; its parsed body. */
    private static JsonNode assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status).isLessThan(500);
        assertThat(ApiServer.mediaType(r)).as(r.uri() + " " + r.body()).isEqualTo(ApiServer.PROBLEM);
        JsonNode p = OpenApiSpec.parse(r.body());
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(p.path("title").asText()).isNotBlank();
        assertThat(p.path("detail").asText()).isNotBlank();
        assertThat(p.path("type").asText()).isNotBlank();
        assertThat(p.path("instance").asText()).isEqualTo(r.uri().getPath());
        assertThat(p.path("errors").isArray()).isTrue();
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/assessments", "/api/v1/interview/next"})
    void malformed_json_is_a_400_naming_the_input(String path) {
        JsonNode p = assertProblem(server.postJson(path, "{\"findings\": {\"age_years\": 40,"), 400);
        assertThat(p.at("/errors/0/field").asText()).isEqualTo("input");
        assertThat(p.at("/errors/0/message").asText()).contains("not valid JSON");
    }

    @ParameterizedTest(name = "{0} gives a 400 naming {2}")
    @CsvSource(delimiter = '|', value = {
        "an unknown finding     | {\"findings\": {\"age_yrs\": 40}}                       | findings.age_yrs",
        "a wrong type           | {\"findings\": {\"one_leg_swollen\": \"yes\"}}          | findings.one_leg_swollen",
        "a number out of range  | {\"findings\": {\"pain_score\": 11}}                    | findings.pain_score",
        "a choice not listed    | {\"findings\": {\"side\": \"middle\"}}                  | findings.side",
        "null for a finding     | {\"findings\": {\"breathless\": null}}                  | findings.breathless",
        "an unknown field       | {\"findings\": {}, \"answers\": {}}                     | answers",
        "no findings            | {\"skipped\": []}                                       | findings",
        "an unknown skipped id  | {\"findings\": {}, \"skipped\": [\"age\"]}              | skipped[0]",
        "answered and skipped   | {\"findings\": {\"side\": \"left\"}, \"skipped\": [\"side\"]} | skipped",
        "a finding given twice  | {\"findings\": {\"side\": \"left\", \"side\": \"right\"}}   | findings.side",
    })
    void a_wrong_field_is_a_400_whose_first_error_names_it(String what, String body, String field) {
        for (String path : new String[] {"/api/v1/assessments", "/api/v1/interview/next"}) {
            JsonNode p = assertProblem(server.postJson(path, body), 400);
            assertThat(p.at("/errors/0/field").asText()).as(what + " to " + path).isEqualTo(field);
            assertThat(p.path("detail").asText()).as(what).contains(field);
        }
    }

    @Test
    void a_body_over_64_kib_is_a_413_with_or_without_a_content_length() {
        assertProblem(server.postJson("/api/v1/assessments", tooLarge()), 413);
        // Without a Content-Length (chunked): refused once 64 KiB have been read.
        byte[] big = tooLarge().getBytes(StandardCharsets.UTF_8);
        assertProblem(server.sendWhole("POST", "/api/v1/interview/next", "application/json", true, big), 413);
        // Exactly 64 KiB is still read.
        String start = "{\"findings\": {}";
        String max = start + " ".repeat(EvidenceJson.MAX_BYTES - start.length() - 1) + "}";
        assertThat(server.postJson("/api/v1/assessments", max).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/problem+json"})
    void a_body_that_is_not_application_json_is_a_415(String type) {
        assertProblem(server.send("POST", "/api/v1/assessments", type, "{\"findings\": {}}"), 415);
        assertProblem(server.send("POST", "/api/v1/interview/next", type, "{\"findings\": {}}"), 415);
    }

    @Test
    void no_content_type_at_all_is_a_415() {
        assertProblem(server.send("POST", "/api/v1/assessments", null, "{\"findings\": {}}"), 415);
    }

    @Test
    void application_json_with_a_charset_is_accepted() {
        HttpResponse<String> r = server.send("POST", "/api/v1/assessments", "application/json; charset=utf-8",
                "{\"findings\": {}}");
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/no-such-thing", "/api/v2/assessments", "/api/v1/findings/age_years"})
    void an_unknown_api_path_is_a_404_problem_document(String path) {
        assertProblem(server.get(path), 404);
        assertProblem(server.postJson(path, "{\"findings\": {}}"), 404);
    }

    @Test
    void delete_on_the_assessments_is_a_405_that_says_what_is_allowed() {
        HttpResponse<String> r = server.send("DELETE", "/api/v1/assessments", null, null);
        assertProblem(r, 405);
        assertThat(r.headers().firstValue("Allow").orElse("")).contains("POST");
        assertProblem(server.get("/api/v1/assessments"), 405);
        assertProblem(server.send("PUT", "/api/v1/interview/next", "application/json", "{\"findings\": {}}"), 405);
        assertProblem(server.postJson("/api/v1/findings", "{}"), 405);
        assertProblem(server.send("DELETE", "/health", null, null), 405);
    }
}
