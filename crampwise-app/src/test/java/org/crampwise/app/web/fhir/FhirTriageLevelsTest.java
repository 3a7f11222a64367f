package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import org.crampwise.engine.Engine;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Level;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The FHIR mapping never loses or changes the triage level (docs/SAFETY.md): each of the five
 * levels comes back as the same code the engine gives, with "complete" as the engine says.
 */
@WithServer
class FhirTriageLevelsTest {
    @Served
    static FhirTestSupport site;
    static Questionnaire questionnaire;

    @BeforeAll
    static void start() throws Exception {
        questionnaire = site.questionnaire();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "call_emergency       | {\"findings\": {\"breathless\": true}}",
        "emergency_department | {\"findings\": {\"heard_crack_or_leg_misshapen\": true, \"breathless\": false}}",
        "urgent               | {\"findings\": {\"one_leg_swollen\": true, \"side\": \"left\"}}",
        "see_doctor           | {\"findings\": {\"age_years\": 15}}",
        "self_care            | {\"findings\": {\"age_years\": 40, \"sudden_tightening\": true}}",
    })
    void each_level_keeps_its_code_and_completeness_in_the_fhir_bundle(String level, String evidenceJson)
            throws Exception {
        Evidence e = FhirTestSupport.evidence(evidenceJson);
        var expected = new Engine(FhirTestSupport.KB).assess(e).triage();
        assertThat(expected.level()).isEqualTo(Level.fromId(level));

        String qr = Fhir.context().newJsonParser().encodeResourceToString(FhirTestSupport.answer(questionnaire, e));
        Bundle b = Fhir.strictParser().parseResource(Bundle.class,
                site.assess(qr, FhirTestSupport.FHIR_JSON).body());
        Observation triage = (Observation) b.getEntryFirstRep().getResource();
        assertThat(triage.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo(level);
        assertThat(triage.getComponent()).anySatisfy(c -> {
            assertThat(c.getCode().getCodingFirstRep().getCode()).isEqualTo("triage-complete");
            assertThat(((BooleanType) c.getValue()).booleanValue()).isEqualTo(expected.complete());
        });
        assertThat(triage.getComponent().stream()
                .filter(c -> c.getCode().getCodingFirstRep().getCode().equals("unanswered-safety-question")))
                .hasSize(expected.unansweredSafetyQuestions().size());
        // The plain JSON answer of the same response says the same level.
        assertThat(site.assess(qr, "application/json").body()).startsWith("{\"triage\":{\"level\":\"" + level + "\"");
    }
}
