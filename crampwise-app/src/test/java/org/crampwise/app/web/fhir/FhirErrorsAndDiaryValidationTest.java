package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HL7's validator finds 0 errors in every OperationOutcome the FHIR routes answer (JSON, and XML
 * when asked) and in the diary's FHIR export, whose saved answers {@code $assess} reads back.
 */
@WithServer
class FhirErrorsAndDiaryValidationTest {
    static final String ASSESS = "/fhir/QuestionnaireResponse/$assess";
    static final String NEXT = "/fhir/Questionnaire/$next-question";

    @Served
    static FhirTestSupport site;

    /** A request the FHIR routes refuse, and the status they refuse it with. */
    static Stream<Arguments> mistakes() {
        String qr = "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[%s]}";
        return Stream.of(
                Arguments.of("GET", "/fhir/Questionnaire/nope", null, null, 404),
                Arguments.of("GET", "/fhir/OperationDefinition/nope", null, null, 404),
                Arguments.of("GET", "/fhir/Patient/1", null, null, 404),
                Arguments.of("DELETE", "/fhir/metadata", null, null, 405),
                Arguments.of("POST", ASSESS, "text/plain", "hello", 415),
                Arguments.of("POST", ASSESS, FhirTestSupport.FHIR_JSON, "x".repeat(70_000), 413),
                Arguments.of("POST", ASSESS, FhirTestSupport.FHIR_JSON, "not json", 400),
                Arguments.of("POST", ASSESS, FhirTestSupport.FHIR_JSON, "", 400),
                Arguments.of("POST", ASSESS, FhirTestSupport.FHIR_JSON,
                        qr.formatted("{\"linkId\":\"hiccups\",\"answer\":[{\"valueBoolean\":true}]}"), 400),
                Arguments.of("POST", ASSESS, FhirTestSupport.FHIR_JSON,
                        qr.formatted("{\"linkId\":\"age_years\",\"answer\":[{\"valueInteger\":130}]}"), 400),
                Arguments.of("POST", ASSESS, "application/fhir+xml", "<QuestionnaireResponse", 400),
                // An external entity is never read (the file's text would otherwise come back in the error).
                Arguments.of("POST", ASSESS, "application/fhir+xml", "<?xml version=\"1.0\"?><!DOCTYPE q [<!ENTITY x "
                        + "SYSTEM \"file:///etc/hostname\">]><QuestionnaireResponse xmlns=\"http://hl7.org/fhir\">"
                        + "<status value=\"completed\"/><item><linkId value=\"&x;\"/></item></QuestionnaireResponse>", 400),
                Arguments.of("POST", NEXT, FhirTestSupport.FHIR_JSON, "{\"resourceType\":\"Patient\"}", 400),
                Arguments.of("POST", NEXT, FhirTestSupport.FHIR_JSON,
                        "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"x\",\"valueString\":\"y\"}]}", 400),
                Arguments.of("POST", NEXT, FhirTestSupport.FHIR_JSON,
                        "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"in-progress\",\"questionnaire\":\"#x\"}", 400));
    }

    HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return site.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0} {1} ({4})")
    @MethodSource("mistakes")
    void every_operation_outcome_has_no_validation_errors_in_json_and_xml(String method, String path, String type,
                                                                          String body, int status) throws Exception {
        HttpResponse<String> json = send(method, path, type, body);
        HttpResponse<String> xml = send(method, path + "?_format=xml", type, body);

        assertThat(json.statusCode()).as(json.body()).isEqualTo(status);
        assertThat(xml.statusCode()).as(xml.body()).isEqualTo(status);
        assertThat(FhirTestSupport.contentType(json)).isEqualTo(FhirTestSupport.FHIR_JSON);
        assertThat(FhirTestSupport.contentType(xml)).isEqualTo("application/fhir+xml");
        assertThat(Fhir.strictParser().parseResource(json.body())).isInstanceOf(OperationOutcome.class);
        assertThat(Fhir.strictXmlParser().parseResource(xml.body())).isInstanceOf(OperationOutcome.class);
        assertThat(FhirValidatorSupport.errors(json.body())).as(json.body()).isEmpty();
        assertThat(FhirValidatorSupport.errors(xml.body())).as(xml.body()).isEmpty();
    }

    @Test
    void the_diary_fhir_export_has_no_validation_errors_and_its_saved_answers_assess_as_saved() throws Exception {
        String token = signedUp();
        String findings = "{\"one_leg_swollen\": true, \"leg_skin_warm\": true, \"location\": \"calf\", \"side\": \"left\"}";
        assertThat(bearer(token, "POST", "/api/v1/diary/episodes", "{\"start\": \"2026-11-26T03:10:00+01:00\", "
                + "\"zone\": \"Europe/Amsterdam\", \"durationMinutes\": 5, \"location\": \"calf\", \"side\": \"left\", "
                + "\"painScore\": 7, \"context\": \"in_bed\", \"helped\": \"stretching\", \"notes\": \"woke me\", "
                + "\"findings\": " + findings + "}").statusCode()).isEqualTo(201);
        assertThat(bearer(token, "PUT", "/api/v1/diary/days/2026-11-26", "{\"fluidsGlasses\": 4, \"exerciseLevel\": 3, "
                + "\"hoursSitting\": 2.5, \"alcoholUnits\": 1.5, \"caffeineDrinks\": 2, \"heavySweating\": true, "
                + "\"newMedicine\": false, \"tags\": [\"travel\"]}").statusCode()).isIn(200, 201);

        HttpResponse<String> export = bearer(token, "GET", "/api/v1/diary/export?format=fhir", null);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(FhirValidatorSupport.errors(export.body())).isEmpty();
        Bundle b = Fhir.strictParser().parseResource(Bundle.class, export.body());
        QuestionnaireResponse saved = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(QuestionnaireResponse.class::isInstance).map(QuestionnaireResponse.class::cast).findFirst().orElseThrow();
        HttpResponse<String> assessed = site.assess(Fhir.context().newJsonParser().encodeResourceToString(saved), null);
        HttpResponse<String> api = site.post("/api/v1/assessments", "application/json", null,
                "{\"findings\": " + findings + "}");
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
        assertThat(assessed.body()).isEqualTo(api.body());
    }

    private String signedUp() throws Exception {
        String credentials = "{\"email\": \"fhir.diary@example.org\", \"password\": \"a long walk by the river\"}";
        site.post("/api/v1/accounts", "application/json", null, credentials);
        HttpResponse<String> session = site.post("/api/v1/sessions", "application/json", null, credentials);
        assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
        JsonNode json = Interviews.JSON.readTree(session.body());
        return json.get("token").asText();
    }

    private HttpResponse<String> bearer(String token, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.base + path)).header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return site.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
