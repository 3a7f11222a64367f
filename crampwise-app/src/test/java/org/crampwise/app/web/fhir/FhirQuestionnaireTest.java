package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crampwise.condition.FindingType;
import org.crampwise.kb.Finding;
import org.crampwise.kb.Screen;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@WithServer
class FhirQuestionnaireTest {
    @Served
    static FhirTestSupport site;
    static HttpResponse<String> response;
    static Questionnaire q;
    static final Map<String, QuestionnaireItemComponent> ITEMS = new HashMap<>();

    @BeforeAll
    static void fetch() throws Exception {
        response = site.get("/fhir/Questionnaire/crampwise");
        q = Fhir.strictParser().parseResource(Questionnaire.class, response.body());
        index(q.getItem());
    }

    private static void index(List<QuestionnaireItemComponent> items) {
        for (QuestionnaireItemComponent i : items) {
            assertThat(ITEMS.put(i.getLinkId(), i)).as("linkId %s is unique", i.getLinkId()).isNull();
            index(i.getItem());
        }
    }

    @Test
    void the_questionnaire_is_fhir_json_that_hapi_parses_strictly() {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(FhirTestSupport.contentType(response)).isEqualTo("application/fhir+json");
        assertThat(q.getIdPart()).isEqualTo("crampwise");
    }

    @Test
    void the_items_follow_the_interview_the_999_signs_first_then_age_sex_where_and_which_leg() {
        // Contract v2, README "Interview": a form that shows every question shows them in this order.
        List<String> top = q.getItem().stream().map(QuestionnaireItemComponent::getLinkId).toList();
        QuestionnaireItemComponent first = q.getItem().get(0);
        assertThat(first.getType()).isEqualTo(QuestionnaireItemType.GROUP);
        assertThat(first.getItem()).extracting(QuestionnaireItemComponent::getLinkId)
                .contains("breathless", "chest_or_upper_back_pain", "coughing_blood", "fast_heartbeat_or_fainting",
                        "confused_or_slurred_speech", "skin_blotchy_blue_or_grey", "leg_cold_pale_or_blue",
                        "cannot_move_leg");
        assertThat(top.subList(1, 5)).containsExactly("age_years", "sex", "location", "side");
    }

    @Test
    void its_url_and_version_name_the_knowledge_base_and_it_is_active() {
        assertThat(q.getUrl()).isEqualTo("https://crampwise.org/fhir/Questionnaire/crampwise");
        assertThat(q.getVersion()).isEqualTo(FhirTestSupport.KB.version());
        assertThat(q.getStatus().toCode()).isEqualTo("active");
    }

    @Test
    void it_has_an_item_for_every_finding_with_its_question_and_type() {
        for (Finding f : FhirTestSupport.KB.findings()) {
            QuestionnaireItemComponent item = ITEMS.get(f.id());
            assertThat(item).as(f.id()).isNotNull();
            assertThat(item.getText()).isEqualTo(FhirTestSupport.KB.fill(f.question()));
            QuestionnaireItemType expected = f.type() == FindingType.BOOL ? QuestionnaireItemType.BOOLEAN
                    : f.type() == FindingType.CHOICE ? QuestionnaireItemType.CHOICE
                    : QuestionnaireBuilder.isInteger(f) ? QuestionnaireItemType.INTEGER : QuestionnaireItemType.DECIMAL;
            assertThat(item.getType()).as(f.id()).isEqualTo(expected);
        }
    }

    @Test
    void the_findings_of_a_screen_are_the_items_of_its_group() {
        for (Screen s : FhirTestSupport.KB.screens()) {
            QuestionnaireItemComponent g = ITEMS.get(s.id());
            assertThat(g.getType()).isEqualTo(QuestionnaireItemType.GROUP);
            assertThat(g.getItem()).filteredOn(i -> i.getType() != QuestionnaireItemType.DISPLAY)
                    .extracting(QuestionnaireItemComponent::getLinkId)
                    .containsExactlyElementsOf(s.items().stream().map(Finding::id).toList());
        }
    }

    @Test
    void choice_items_offer_their_options_as_codings_of_a_crampwise_code_system() {
        QuestionnaireItemComponent location = ITEMS.get("location");
        Finding f = FhirTestSupport.KB.finding("location");
        assertThat(location.getAnswerOption()).hasSize(f.options().size());
        Coding first = location.getAnswerOption().get(0).getValueCoding();
        assertThat(first.getSystem()).isEqualTo("https://crampwise.org/fhir/CodeSystem/location");
        assertThat(first.getCode()).isEqualTo(f.options().get(0).value());
        assertThat(first.getDisplay()).isEqualTo(f.options().get(0).label());
    }

    @Test
    void number_items_carry_their_range_as_the_sdc_min_and_max_value_extensions() {
        QuestionnaireItemComponent age = ITEMS.get("age_years");
        assertThat(age.getType()).isEqualTo(QuestionnaireItemType.INTEGER);
        assertThat(age.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/minValue").getValue().primitiveValue())
                .isEqualTo("0");
        assertThat(age.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/maxValue").getValue().primitiveValue())
                .isEqualTo("120");
    }

    @Test
    void groin_lump_goes_back_in_is_enabled_only_when_groin_lump_is_answered_yes() {
        QuestionnaireItemComponent item = ITEMS.get("groin_lump_goes_back_in");
        assertThat(item.getEnableWhen()).hasSize(1);
        QuestionnaireItemEnableWhenComponent w = item.getEnableWhenFirstRep();
        assertThat(w.getQuestion()).isEqualTo("groin_lump");
        assertThat(w.getOperator()).isEqualTo(QuestionnaireItemOperator.EQUAL);
        assertThat(w.getAnswerBooleanType().booleanValue()).isTrue();
    }

    @Test
    void the_hernia_danger_signs_group_is_enabled_by_groin_lump_as_its_items_are() {
        assertThat(ITEMS.get("hernia_danger_signs").getEnableWhenFirstRep().getQuestion()).isEqualTo("groin_lump");
        assertThat(ITEMS.get("vomiting").getEnableWhenFirstRep().getQuestion()).isEqualTo("groin_lump");
    }

    @Test
    void relieved_by_stretching_is_enabled_by_a_sudden_tightening_or_a_known_episode_length() {
        QuestionnaireItemComponent item = ITEMS.get("relieved_by_stretching");
        assertThat(item.getEnableBehavior()).isEqualTo(Questionnaire.EnableWhenBehavior.ANY);
        assertThat(item.getEnableWhen()).extracting(w -> w.getQuestion() + " " + w.getOperator().toCode() + " "
                + w.getAnswer().primitiveValue()).containsExactly("sudden_tightening = true",
                "episode_minutes >= " + Finding.formatNumber(FhirTestSupport.KB.finding("episode_minutes").min()));
        assertThat(item.getExtensionByUrl(Fhir.ENABLE_WHEN_WIDER_EXTENSION)).isNull();
    }

    @Test
    void pregnant_is_shown_more_often_than_asked_because_may_be_pregnant_cannot_be_said_in_enable_when() {
        // Contract v2: asked of anyone who may be pregnant, (sex female or not known) and (age not known
        // or 10 to 60); enableWhen cannot nest "or" in "and": the sex part is said exactly (FHIR's !=
        // is true on an unanswered question), the age part is left out, and the item says so.
        QuestionnaireItemComponent item = ITEMS.get("pregnant");
        assertThat(item.getEnableWhen()).extracting(w -> w.getQuestion() + " " + w.getOperator().toCode() + " "
                + w.getAnswerCoding().getCode()).containsExactly("sex != male");
        assertThat(item.getExtensionByUrl(Fhir.ENABLE_WHEN_WIDER_EXTENSION).getValue().primitiveValue()).isEqualTo("true");
        assertThat(item.getExtensionByUrl(Fhir.ASK_IF_EXTENSION).getValue().primitiveValue()).contains("age_years", "sex");
    }

    @Test
    void every_enable_when_names_a_question_of_the_questionnaire_with_an_answer_of_its_type() {
        for (QuestionnaireItemComponent item : ITEMS.values()) {
            for (QuestionnaireItemEnableWhenComponent w : item.getEnableWhen()) {
                QuestionnaireItemComponent target = ITEMS.get(w.getQuestion());
                assertThat(target).as(item.getLinkId() + " -> " + w.getQuestion()).isNotNull();
                String type = w.getOperator() == QuestionnaireItemOperator.EXISTS ? "boolean"
                        : switch (target.getType()) {
                            case BOOLEAN -> "boolean";
                            case CHOICE -> "Coding";
                            case INTEGER -> "integer";
                            default -> "decimal";
                        };
                assertThat(w.getAnswer().fhirType()).as(item.getLinkId()).isEqualTo(type);
            }
        }
    }

    @Test
    void another_questionnaire_id_is_not_found_as_an_operation_outcome() throws Exception {
        HttpResponse<String> r = site.get("/fhir/Questionnaire/other");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(FhirTestSupport.contentType(r)).isEqualTo("application/fhir+json");
        assertThat(r.body()).contains("\"resourceType\":\"OperationOutcome\"", "not-found");
    }
}
