package org.crampwise.app.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.crampwise.app.web.WithServer;
import org.crampwise.app.web.Served;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.crampwise.app.web.TestServer;
import org.crampwise.app.web.fuzz.RawHttp.Answer;
import org.junit.jupiter.api.Test;

/** What the fuzz test found, one case each: requests refused before a handler reads them are 4xx in kind. */
@WithServer
class RefusedEarlyTest {
    @Served
    static TestServer server;

    private static Answer send(String method, String target, Map<String, String> headers, String body, long declared)
            throws Exception {
        return RawHttp.send(server.port(), method, target, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), declared);
    }

    @Test
    void an_address_jetty_cannot_decode_is_a_400_problem_document_for_any_method() throws Exception {
        for (String method : new String[] {"GET", "PUT", "DELETE"}) {
            Answer a = send(method, "/api/v1/diary/days/%C0%AF", Map.of(), null, -1);
            assertThat(a.status()).as(method).isEqualTo(400);
            assertThat(a.mediaType()).as(method).isEqualTo("application/problem+json");
            assertThat(a.body()).contains("\"status\":400").doesNotContain("Jetty").doesNotContain("%C0%AF");
        }
    }

    @Test
    void headers_or_an_address_too_large_are_answered_in_kind() throws Exception {
        Answer a = send("GET", "/fhir/metadata", Map.of("X-Padding", "y".repeat(12_000)), null, -1);
        assertThat(a.status()).isEqualTo(431);
        assertThat(a.mediaType()).isEqualTo("application/fhir+json");
        assertThat(a.body()).contains("OperationOutcome");
        Answer longAddress = send("GET", "/api/v1/findings?x=" + "y".repeat(20_000), Map.of(), null, -1);
        assertThat(longAddress.status()).isEqualTo(414);
        assertThat(longAddress.mediaType()).isEqualTo("application/problem+json");
    }

    @Test
    void a_broken_percent_escape_in_a_path_parameter_is_a_400_not_a_500() throws Exception {
        Answer api = send("GET", "/fhir/Questionnaire/%u002e", Map.of(), null, -1);
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.mediaType()).isEqualTo("application/fhir+json");
        Answer page = send("GET", "/learn/%u002e", Map.of(), null, -1);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.mediaType()).isEqualTo("text/html");
    }

    @Test
    void a_form_body_that_ends_early_or_cannot_be_parsed_is_a_400() throws Exception {
        Answer early = send("POST", "/check/start", Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Accept", "application/problem+json"), "findings=age_years", 500);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.mediaType()).isEqualTo("application/problem+json");
        Answer multipart = send("POST", "/check/start", Map.of("Content-Type", "multipart/form-data; boundary=x"),
                "not multipart at all", -1);
        assertThat(multipart.status()).isEqualTo(400);
        assertThat(multipart.mediaType()).isEqualTo("text/html");
    }

    @Test
    void a_json_body_that_ends_early_is_a_400_naming_the_input() throws Exception {
        Answer a = send("POST", "/api/v1/assessments", Map.of("Content-Type", "application/json"), "{\"findings\"", 400);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body()).contains("\"field\":\"input\"");
    }
}
