package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fetch the Questionnaire, answer it as vignette P07, assess the response: over HTTP, as a FHIR client would. */
@WithServer
class FhirRoundTripTest {
    @Served
    static FhirTestSupport site;
    static String qrJson;

    @BeforeAll
    static void start() throws Exception {
        HttpResponse<String> q = site.get("/fhir/Questionnaire/crampwise");
        assertThat(q.statusCode()).isEqualTo(200);
        Questionnaire questionnaire = Fhir.context().newJsonParser().parseResource(Questionnaire.class, q.body());
        QuestionnaireResponse qr = FhirTestSupport.answer(questionnaire,
                FhirTestSupport.evidence(FhirTestSupport.p07EvidenceJson()));
        qrJson = Fhir.context().newJsonParser().encodeResourceToString(qr);
    }

    @Test
    void a_response_answered_as_vignette_p07_is_assessed_as_emergency_department() throws Exception {
        HttpResponse<String> r = site.assess(qrJson, null);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(FhirTestSupport.contentType(r)).isEqualTo("application/json");
        assertThat(r.body()).startsWith("{\"triage\":{\"level\":\"emergency_department\",\"complete\":true");
    }

    @Test
    void the_default_answer_is_byte_for_byte_the_api_assessment_of_the_same_evidence() throws Exception {
        HttpResponse<String> fhir = site.assess(qrJson, null);
        HttpResponse<String> api = site.post("/api/v1/assessments", "application/json", null,
                FhirTestSupport.p07EvidenceJson());

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(fhir.body()).isEqualTo(api.body());
    }

    @Test
    void with_accept_fhir_json_the_answer_is_a_bundle_that_hapi_parses_and_that_carries_the_triage_code()
            throws Exception {
        HttpResponse<String> r = site.assess(qrJson, "application/fhir+json");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(FhirTestSupport.contentType(r)).isEqualTo("application/fhir+json");
        Bundle b = Fhir.strictParser().parseResource(Bundle.class, r.body());
        assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        Observation triage = (Observation) b.getEntryFirstRep().getResource();
        Coding level = triage.getValueCodeableConcept().getCodingFirstRep();
        assertThat(level.getSystem()).isEqualTo("https://crampwise.org/fhir/CodeSystem/triage-level");
        assertThat(level.getCode()).isEqualTo("emergency_department");
        assertThat(level.getDisplay()).isEqualTo("Go to A&E now");
        assertThat(triage.getNote()).extracting(n -> n.getText())
                .anySatisfy(t -> assertThat(t).startsWith("Crampwise gives information, not a diagnosis"));
    }

    @Test
    void the_bundle_ranks_the_causes_with_their_likelihood_and_gives_the_advice_with_why() throws Exception {
        Bundle b = Fhir.strictParser().parseResource(Bundle.class, site.assess(qrJson, "application/fhir+json").body());

        RiskAssessment causes = (RiskAssessment) b.getEntry().get(1).getResource();
        List<String> top3 = causes.getPrediction().stream().limit(3)
                .map(p -> p.getOutcome().getCodingFirstRep().getCode()).toList();
        assertThat(top3).contains("hernia");
        assertThat(causes.getPrediction()).allSatisfy(p -> {
            assertThat(p.getOutcome().getCodingFirstRep().getSystem()).isEqualTo("https://crampwise.org/fhir/CodeSystem/cause");
            assertThat(p.getQualitativeRisk().getCodingFirstRep().getCode()).isIn("likely", "possible", "unlikely");
        });
        List<CarePlan> plans = b.getEntry().stream().skip(2).limit(3).map(e -> (CarePlan) e.getResource()).toList();
        assertThat(plans).extracting(p -> p.getCategoryFirstRep().getCodingFirstRep().getCode())
                .containsExactly("relief", "prevention", "avoid");
        CarePlan avoid = plans.get(2);
        assertThat(avoid.getActivity()).anySatisfy(a -> {
            assertThat(a.getDetail().getCode().getCodingFirstRep().getCode()).isEqualTo("push_lump_back");
            assertThat(a.getDetail().getDoNotPerform()).isTrue();
            assertThat(a.getDetail().getReasonCodeFirstRep().getText()).isNotBlank();
        });
    }

    @Test
    void the_same_response_gives_the_same_bundle_but_for_its_new_ids_and_time() throws Exception {
        String first = site.assess(qrJson, "application/fhir+json").body();
        String second = site.assess(qrJson, "application/fhir+json").body();

        assertThat(first).isNotEqualTo(second);
        assertThat(FhirValidationTest.sameButNew(first)).isEqualTo(FhirValidationTest.sameButNew(second));
    }

    @Test
    void every_result_in_the_bundle_names_the_response_it_was_made_from_which_is_in_the_bundle() throws Exception {
        Bundle b = Fhir.strictParser().parseResource(Bundle.class, site.assess(qrJson, "application/fhir+json").body());

        Bundle.BundleEntryComponent last = b.getEntry().get(b.getEntry().size() - 1);
        assertThat(last.getResource()).isInstanceOf(QuestionnaireResponse.class);
        String url = last.getFullUrl();
        assertThat(((Observation) b.getEntry().get(0).getResource()).getDerivedFromFirstRep().getReference()).isEqualTo(url);
        assertThat(((RiskAssessment) b.getEntry().get(1).getResource()).getBasisFirstRep().getReference()).isEqualTo(url);
        assertThat(b.getEntry().subList(2, 5)).allSatisfy(e ->
                assertThat(((CarePlan) e.getResource()).getSupportingInfoFirstRep().getReference()).isEqualTo(url));
        assertThat(b.getId()).isNotBlank();
        assertThat(b.getTimestamp()).isNotNull();
        assertThat(b.getEntry()).allSatisfy(e -> assertThat(e.getFullUrl()).matches("urn:uuid:[0-9a-f-]{36}"));
        assertThat(((Observation) b.getEntry().get(0).getResource()).hasEffectiveDateTimeType()).isTrue();
    }

    @Test
    void the_format_parameter_asks_for_fhir_as_the_accept_header_does() throws Exception {
        HttpResponse<String> r = site.post("/fhir/QuestionnaireResponse/$assess?_format=json", "application/json",
                null, qrJson);

        assertThat(FhirTestSupport.contentType(r)).isEqualTo("application/fhir+json");
        assertThat(r.body()).contains("\"resourceType\":\"Bundle\"");
    }

    @Test
    void a_client_that_prefers_plain_json_gets_the_assessment_json() throws Exception {
        HttpResponse<String> r = site.assess(qrJson, "application/json, application/fhir+json;q=0.5");

        assertThat(FhirTestSupport.contentType(r)).isEqualTo("application/json");
    }

    @Test
    void a_flat_response_without_the_groups_is_assessed_the_same() throws Exception {
        QuestionnaireResponse nested = Fhir.context().newJsonParser().parseResource(QuestionnaireResponse.class, qrJson);
        QuestionnaireResponse flat = new QuestionnaireResponse()
                .setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        nested.getItem().forEach(i -> {
            if (i.hasAnswer()) {
                flat.addItem(i.copy());
            } else {
                i.getItem().forEach(inner -> flat.addItem(inner.copy()));
            }
        });
        String flatJson = Fhir.context().newJsonParser().encodeResourceToString(flat);

        assertThat(site.assess(flatJson, null).body()).isEqualTo(site.assess(qrJson, null).body());
    }
}
