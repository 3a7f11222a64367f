package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crampwise.app.web.api.PublicVignettes;
import org.crampwise.app.web.api.PublicVignettes.Vignette;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the FHIR endpoint writes passes HL7's instance validator with 0 errors, in JSON and in XML:
 * the Questionnaire, the CapabilityStatement, the OperationDefinitions and the {@code $assess}
 * Bundle of every public vignette answered through the Questionnaire.
 */
@WithServer
class FhirValidationTest {
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    @Served
    static FhirTestSupport site;
    static Questionnaire questionnaire;

    @BeforeAll
    static void start() throws Exception {
        questionnaire = site.questionnaire();
    }

    static Stream<Vignette> vignettes() {
        return PublicVignettes.all().stream();
    }

    static Stream<String> documents() {
        return Stream.of("/fhir/Questionnaire/crampwise", "/fhir/metadata",
                "/fhir/OperationDefinition/QuestionnaireResponse-assess", "/fhir/OperationDefinition/Questionnaire-next-question");
    }

    /** A vignette's answers as a FHIR client sends them: the items the Questionnaire shows. */
    static String responseOf(Vignette v) throws Exception {
        QuestionnaireResponse qr = FhirTestSupport.answerShown(questionnaire, FhirTestSupport.knownEvidence(v.evidence()));
        qr.getSubject().setDisplay("The person of vignette " + v.id());
        return Fhir.context().newJsonParser().encodeResourceToString(qr);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void the_assess_bundle_of_every_public_vignette_has_no_validation_errors_in_json_and_xml(Vignette v)
            throws Exception {
        String qr = responseOf(v);
        HttpResponse<String> json = site.assess(qr, "application/fhir+json");
        HttpResponse<String> xml = site.assess(qr, "application/fhir+xml");

        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(FhirTestSupport.contentType(xml)).isEqualTo("application/fhir+xml");
        assertThat(xml.body()).startsWith("<Bundle xmlns=\"http://hl7.org/fhir\"");
        assertThat(FhirValidatorSupport.errors(json.body())).as(v.id() + " JSON").isEmpty();
        assertThat(FhirValidatorSupport.errors(xml.body())).as(v.id() + " XML").isEmpty();
        Bundle b = Fhir.strictParser().parseResource(Bundle.class, json.body());
        Observation triage = (Observation) b.getEntryFirstRep().getResource();
        assertThat(triage.getValueCodeableConcept().getCodingFirstRep().getCode())
                .isEqualTo(JSON.readTree(site.assess(qr, null).body()).at("/triage/level").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void every_fhir_document_the_server_serves_has_no_validation_errors_in_json_and_xml(String path) throws Exception {
        HttpResponse<String> json = site.get(path);
        HttpResponse<String> xml = site.get(path + "?_format=xml");

        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(FhirTestSupport.contentType(json)).isEqualTo("application/fhir+json");
        assertThat(FhirTestSupport.contentType(xml)).isEqualTo("application/fhir+xml");
        assertThat(FhirValidatorSupport.errors(json.body())).as(path + " JSON").isEmpty();
        assertThat(FhirValidatorSupport.errors(xml.body())).as(path + " XML").isEmpty();
    }

    /** Issue 14: in Spanish, the Questionnaire says its language and asks in it, and $assess answers in it. */
    @Test
    void the_spanish_questionnaire_and_a_spanish_assess_bundle_have_no_validation_errors() throws Exception {
        java.util.Locale es = java.util.Locale.forLanguageTag("es");
        org.crampwise.kb.KnowledgeBase spanish = FhirTestSupport.KB.forRegion(FhirTestSupport.KB.region("US")).in(es);
        HttpResponse<String> json = site.get("/fhir/Questionnaire/crampwise?lang=es&region=US");
        HttpResponse<String> xml = site.get("/fhir/Questionnaire/crampwise?lang=es&region=US&_format=xml");

        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(FhirValidatorSupport.errors(json.body())).as("Spanish Questionnaire, JSON").isEmpty();
        assertThat(FhirValidatorSupport.errors(xml.body())).as("Spanish Questionnaire, XML").isEmpty();
        Questionnaire q = Fhir.context().newJsonParser().parseResource(Questionnaire.class, json.body());
        assertThat(q.getLanguage()).isEqualTo("es");
        assertThat(q.getItem()).anySatisfy(i -> {
            assertThat(i.getText()).isEqualTo(spanish.fill(spanish.finding("age_years").question()));
            // The unit is UCUM's, whatever the language of the words around it.
            assertThat(((org.hl7.fhir.r4.model.Coding) i.getExtensionByUrl(Fhir.UNIT).getValue()).getCode()).isEqualTo("a");
        });

        Vignette chest = PublicVignettes.all().stream()
                .filter(v -> v.evidence().path("findings").path("chest_or_upper_back_pain").asBoolean()).findFirst()
                .orElseThrow();
        QuestionnaireResponse answers = FhirTestSupport.answerShown(q, FhirTestSupport.knownEvidence(chest.evidence()));
        String body = Fhir.context().newJsonParser().encodeResourceToString(answers);
        HttpResponse<String> bundle = site.post("/fhir/QuestionnaireResponse/$assess?lang=es&region=US",
                "application/fhir+json", "application/fhir+json", body);

        assertThat(bundle.statusCode()).as(bundle.body()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Language")).hasValue("es");
        assertThat(FhirValidatorSupport.errors(bundle.body())).as("Spanish $assess Bundle").isEmpty();
        Bundle b = Fhir.strictParser().parseResource(Bundle.class, bundle.body());
        Observation triage = (Observation) b.getEntryFirstRep().getResource();
        assertThat(b.getLanguage()).isEqualTo("es");
        assertThat(triage.getLanguage()).isEqualTo("es");
        assertThat(triage.getValueCodeableConcept().getCodingFirstRep().getDisplay())
                .isEqualTo(spanish.fill(spanish.level(org.crampwise.kb.Level.CALL_EMERGENCY).label()));
        assertThat(triage.getValueCodeableConcept().getText()).contains("Llame al 911");
    }

    @Test
    void json_and_xml_carry_the_same_resource() throws Exception {
        String qr = responseOf(PublicVignettes.all().get(0));
        String json = site.assess(qr, "application/fhir+json").body();
        String xml = site.post("/fhir/QuestionnaireResponse/$assess?_format=xml", "application/fhir+json", null, qr).body();

        Bundle fromXml = (Bundle) Fhir.context().newXmlParser().parseResource(xml);
        Bundle fromJson = (Bundle) Fhir.context().newJsonParser().parseResource(json);
        assertThat(sameButNew(Fhir.context().newJsonParser().encodeResourceToString(fromXml)))
                .isEqualTo(sameButNew(Fhir.context().newJsonParser().encodeResourceToString(fromJson)));
    }

    @Test
    void a_response_sent_as_fhir_xml_is_assessed_like_the_same_response_in_json() throws Exception {
        String qr = responseOf(PublicVignettes.all().get(0));
        String asXml = Fhir.context().newXmlParser().encodeResourceToString(
                Fhir.context().newJsonParser().parseResource(qr));

        HttpResponse<String> fromXml = site.post("/fhir/QuestionnaireResponse/$assess", "application/fhir+xml",
                "application/fhir+json", asXml);

        assertThat(fromXml.statusCode()).as(fromXml.body()).isEqualTo(200);
        assertThat(sameButNew(fromXml.body())).isEqualTo(sameButNew(site.assess(qr, "application/fhir+json").body()));
    }

    /** A Bundle without what is new in each one: its ids (random UUIDs) and the time it was made. */
    static String sameButNew(String bundle) {
        return bundle.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "UUID")
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+(Z|[+-]\\d\\d:\\d\\d)", "TIME");
    }

    @Test
    void the_validator_finds_what_the_issue_reported_a_bundle_entry_without_full_url_and_a_response_without_status() {
        String bad = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                + "{\"resourceType\":\"QuestionnaireResponse\"}}]}";

        List<String> errors = FhirValidatorSupport.errors(bad);

        assertThat(errors).anySatisfy(e -> assertThat(e).contains("fullUrl"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("status"));
    }

    /** Collected here so that a failure lists every vignette at fault at once. */
    @Test
    void every_public_vignette_is_answerable_through_the_questionnaire() throws Exception {
        List<String> failed = new ArrayList<>();
        for (Vignette v : PublicVignettes.all()) {
            HttpResponse<String> r = site.assess(responseOf(v), null);
            if (r.statusCode() != 200) {
                failed.add(v.id() + ": " + r.body());
            }
        }
        assertThat(failed).isEmpty();
    }
}
