package org.crampwise.app.web.api;

import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.stream.Stream;
import org.crampwise.app.web.api.PublicVignettes.Vignette;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real responses of the running server, each validated by the JSON Schema validator against the
 * schema that /openapi.json documents for its operation, status and content type.
 */
@WithServer
class ApiResponsesMatchTheDocumentTest {
    @Served
    static ApiServer server;
    static OpenApiSpec spec;

    @BeforeAll
    static void start() {
        spec = OpenApiSpec.of(server);
    }

    static Stream<Vignette> vignettes() {
        return PublicVignettes.all().stream();
    }

    private static void assertAsDocumented(String method, String path, HttpResponse<String> r) {
        assertThat(spec.check(method, path, r)).as(method + " " + path + " -> " + r.body()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void the_assessment_of_every_public_vignette_is_as_documented(Vignette v) {
        HttpResponse<String> r = server.postJson("/api/v1/assessments", v.evidenceJson());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertAsDocumented("POST", "/api/v1/assessments", r);
        assertThat(OpenApiSpec.parse(r.body()).at("/triage/level").asText()).isEqualTo(v.expectedTriage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void every_interview_step_answering_as_a_vignette_is_as_documented(Vignette v) {
        List<InterviewDriver.Exchange> steps = InterviewDriver.run(server, v.evidence().get("findings"));
        for (InterviewDriver.Exchange x : steps) {
            assertThat(x.response().statusCode()).as(x.request() + " -> " + x.response().body()).isEqualTo(200);
            assertAsDocumented("POST", "/api/v1/interview/next", x.response());
        }
        assertThat(steps.get(steps.size() - 1).step().path("shouldStop").asBoolean()).isTrue();
    }

    @Test
    void the_interview_steps_seen_cover_every_kind_of_question_and_the_end() {
        Set<String> kinds = new LinkedHashSet<>();
        for (Vignette v : PublicVignettes.all()) {
            for (InterviewDriver.Exchange x : InterviewDriver.run(server, v.evidence().get("findings"))) {
                JsonNode q = x.step().get("question");
                kinds.add(q.isNull() ? "end" : q.get("type").asText());
            }
        }
        // So the oneOf of single and group questions, and the null of the end, are each validated.
        assertThat(kinds).contains("group", "bool", "choice", "number", "end");
    }

    @Test
    void the_knowledge_base_listings_the_version_and_health_are_as_documented() {
        for (String path : List.of("/api/v1/findings", "/api/v1/causes", "/api/v1/advice", "/api/v1/sources",
                "/api/v1/version", "/health", "/openapi.json")) {
            HttpResponse<String> r = server.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertAsDocumented("GET", path, r);
        }
        JsonNode findings = OpenApiSpec.parse(server.get("/api/v1/findings").body());
        assertThat(findings.size()).isEqualTo(ApiServer.KB.findings().size());
    }

    /**
     * Issue 14: answers in Spanish are as documented too, and the Content-Language they send is
     * a documented header of the operation, with a documented value.
     */
    @Test
    void spanish_answers_are_as_documented_with_a_documented_content_language() {
        JsonNode doc = OpenApiSpec.parse(server.get("/openapi.json").body());
        Vignette chest = PublicVignettes.all().stream()
                .filter(v -> v.evidence().path("findings").path("chest_or_upper_back_pain").asBoolean()).findFirst()
                .orElseThrow();
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("post /api/v1/assessments", server.postJson("/api/v1/assessments?lang=es&region=US",
                chest.evidenceJson()));
        answers.put("post /api/v1/interview/next", server.postJson("/api/v1/interview/next?lang=es", "{\"findings\": {}}"));
        for (String list : List.of("findings", "causes", "advice", "sources")) {
            answers.put("get /api/v1/" + list, server.get("/api/v1/" + list + "?lang=es"));
        }
        for (Map.Entry<String, HttpResponse<String>> e : answers.entrySet()) {
            String method = e.getKey().split(" ")[0];
            String path = e.getKey().split(" ")[1];
            HttpResponse<String> r = e.getValue();
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(200);
            assertAsDocumented(method.toUpperCase(java.util.Locale.ROOT), path, r);
            JsonNode header = doc.path("paths").path(path).path(method).at("/responses/200/headers/Content-Language");
            assertThat(header.isMissingNode()).as(e.getKey() + " documents Content-Language").isFalse();
            JsonNode values = doc.at("/components/headers/ContentLanguage/schema/enum");
            assertThat(values.toString()).contains("\"" + r.headers().firstValue("Content-Language").orElseThrow() + "\"");
        }
        assertThat(OpenApiSpec.parse(answers.get("post /api/v1/assessments").body()).path("language").asText())
                .isEqualTo("es");
    }

    /** Whether the server has the FHIR endpoint (it is being added as this is written). */
    static boolean fhir() {
        return server.routes().stream().anyMatch(r -> r.path().startsWith("/fhir/"));
    }

    @Test
    void the_fhir_endpoint_s_answers_are_as_documented() {
        org.junit.jupiter.api.Assumptions.assumeTrue(fhir(), "no /fhir/ routes");
        for (String path : List.of("/fhir/metadata", "/fhir/Questionnaire/crampwise",
                "/fhir/OperationDefinition/QuestionnaireResponse-assess")) {
            HttpResponse<String> r = server.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertAsDocumented("GET", path, r);
        }
        JsonNode example = spec.doc.at("/paths/~1fhir~1QuestionnaireResponse~1$assess/post/requestBody/content/"
                + "application~1fhir+json/examples/inner-thigh-cramp/value");
        String assess = "/fhir/QuestionnaireResponse/$assess";
        HttpResponse<String> json = server.send("POST", assess, ApiServer.FHIR, example.toString());
        assertThat(ApiServer.mediaType(json)).isEqualTo(ApiServer.JSON);
        assertAsDocumented("POST", assess, json);
        HttpResponse<String> bundle = server.send("POST", assess + "?_format=json", ApiServer.FHIR, example.toString());
        assertThat(ApiServer.mediaType(bundle)).isEqualTo(ApiServer.FHIR);
        assertAsDocumented("POST", assess, bundle);
        // The same evidence as the contract's example to the JSON API: the same assessment.
        JsonNode viaApi = OpenApiSpec.parse(server.postJson("/api/v1/assessments", spec.doc.at(
                "/components/requestBodies/Evidence/content/application~1json/examples/inner-thigh-cramp/value")
                .toString()).body());
        assertThat(OpenApiSpec.parse(json.body())).isEqualTo(viaApi);
    }

    /** Each error case of the API, and what it must answer. */
    record ErrorCase(String name, String method, String path, String contentType, String body, int status,
                     String answerType) {
        ErrorCase(String name, String method, String path, String contentType, String body, int status) {
            this(name, method, path, contentType, body, status, ApiServer.PROBLEM);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<ErrorCase> errorCases() {
        List<ErrorCase> out = new ArrayList<>();
        for (String path : List.of("/api/v1/assessments", "/api/v1/interview/next")) {
            out.add(new ErrorCase("malformed JSON to " + path, "POST", path, "application/json", "{\"findings\": {",
                    400));
            out.add(new ErrorCase("an unknown finding to " + path, "POST", path, "application/json",
                    "{\"findings\": {\"age_yrs\": 40}}", 400));
            out.add(new ErrorCase("a number out of range to " + path, "POST", path, "application/json",
                    "{\"findings\": {\"age_years\": 300}}", 400));
            out.add(new ErrorCase("a choice not listed to " + path, "POST", path, "application/json",
                    "{\"findings\": {\"location\": \"knee\"}}", 400));
            out.add(new ErrorCase("an unknown skipped id to " + path, "POST", path, "application/json",
                    "{\"findings\": {}, \"skipped\": [\"nope\"]}", 400));
            out.add(new ErrorCase("over 64 KiB to " + path, "POST", path, "application/json", ApiErrorsTest.tooLarge(),
                    413));
            out.add(new ErrorCase("text/plain to " + path, "POST", path, "text/plain", "{\"findings\": {}}", 415));
            out.add(new ErrorCase("DELETE on " + path, "DELETE", path, null, null, 405));
        }
        out.add(new ErrorCase("POST to a listing", "POST", "/api/v1/findings", "application/json", "{}", 405));
        out.add(new ErrorCase("an unknown API path", "GET", "/api/v1/no-such-thing", null, null, 404));
        if (fhir()) {
            String assess = "/fhir/QuestionnaireResponse/$assess";
            out.add(new ErrorCase("FHIR: a number out of range", "POST", assess, ApiServer.FHIR,
                    "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", \"item\": "
                            + "[{\"linkId\": \"age_years\", \"answer\": [{\"valueInteger\": 300}]}]}", 400, ApiServer.FHIR));
            out.add(new ErrorCase("FHIR: not FHIR", "POST", assess, ApiServer.FHIR, "{\"findings\": {}}", 400,
                    ApiServer.FHIR));
            out.add(new ErrorCase("FHIR: over 64 KiB", "POST", assess, ApiServer.FHIR, ApiErrorsTest.tooLarge(), 413,
                    ApiServer.FHIR));
            out.add(new ErrorCase("FHIR: text/plain", "POST", assess, "text/plain", "{}", 415, ApiServer.FHIR));
            out.add(new ErrorCase("FHIR: DELETE", "DELETE", "/fhir/metadata", null, null, 405, ApiServer.FHIR));
            out.add(new ErrorCase("FHIR: another Questionnaire", "GET", "/fhir/Questionnaire/other", null, null, 404,
                    ApiServer.FHIR));
            out.add(new ErrorCase("FHIR: an unknown path", "GET", "/fhir/Patient/1", null, null, 404, ApiServer.FHIR));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorCases")
    void every_error_is_a_problem_document_as_documented(ErrorCase c) {
        HttpResponse<String> r = server.send(c.method(), c.path(), c.contentType(), c.body());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(c.status());
        assertThat(ApiServer.mediaType(r)).as(r.body()).isEqualTo(c.answerType());
        assertAsDocumented(c.method(), c.path(), r);
    }
}
