package org.crampwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An address no route answers gets the right kind of "not found" whatever the client's Accept
 * header says: the site's own page under the pages, a problem document under /api/, an
 * OperationOutcome under /fhir/. The Accept headers are those real clients send.
 */
@WithServer
class UnknownAddressTest {
    /** Chromium's navigation Accept header, Firefox's and Safari's (the same), a JSON client's, curl's, and none. */
    static List<String> accepts() {
        return List.of(
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
                        + "application/signed-exchange;v=b3;q=0.7",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                "application/json",
                "*/*",
                "");
    }

    @Served
    static TestServer server;

    private static HttpResponse<String> get(String path, String accept) {
        return accept.isEmpty() ? server.get(path) : server.get(path, "Accept", accept);
    }

    private static String type(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @ParameterizedTest
    @MethodSource("accepts")
    void a_mistyped_page_address_gets_the_sites_own_404_page(String accept) throws Exception {
        for (String path : List.of("/nope", "/check/nope", "/learn/no/such/page", "/diary/nope/nope")) {
            HttpResponse<String> r = get(path, accept);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(type(r)).as(path).startsWith("text/html");
            assertThat(r.body()).as(path).contains("<title>Page not found - Crampwise</title>")
                    .contains("class=\"site-header\"").contains("<h1>Page not found</h1>")
                    .contains("href=\"/\"").doesNotContain("Endpoint");
        }
    }

    @ParameterizedTest
    @MethodSource("accepts")
    void an_unknown_api_address_gets_a_problem_document(String accept) throws Exception {
        HttpResponse<String> r = get("/api/v1/nope", accept);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(type(r)).isEqualTo("application/problem+json");
        JsonNode p = new ObjectMapper().readTree(r.body());
        assertThat(p.path("status").asInt()).isEqualTo(404);
        assertThat(p.path("title").asText()).isEqualTo("Not Found");
        assertThat(p.has("type") && p.has("detail") && p.has("requestId")).isTrue();
    }

    @ParameterizedTest
    @MethodSource("accepts")
    void an_unknown_fhir_address_gets_an_operation_outcome(String accept) throws Exception {
        HttpResponse<String> r = get("/fhir/NoSuchResource/1", accept);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(type(r)).isEqualTo("application/fhir+json");
        IParser strict = FhirContext.forR4Cached().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        OperationOutcome oo = strict.parseResource(OperationOutcome.class, r.body());
        assertThat(oo.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        assertThat(oo.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
    }
}
