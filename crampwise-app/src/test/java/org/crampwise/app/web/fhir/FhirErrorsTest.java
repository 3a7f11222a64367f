package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.junit.jupiter.api.Test;

/** Whatever goes wrong under /fhir/ is an OperationOutcome; an answer at fault is named by its item. */
@WithServer
class FhirErrorsTest {
    @Served
    static FhirTestSupport site;

    static String qr(String items) {
        return "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[" + items + "]}";
    }

    static String item(String linkId, String answer) {
        return "{\"linkId\":\"" + linkId + "\",\"answer\":[" + answer + "]}";
    }

    /** The one issue of a 400 OperationOutcome. */
    static OperationOutcomeIssueComponent rejected(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        return outcome(r).getIssueFirstRep();
    }

    static OperationOutcome outcome(HttpResponse<String> r) {
        assertThat(FhirTestSupport.contentType(r)).isEqualTo("application/fhir+json");
        OperationOutcome oo = Fhir.strictParser().parseResource(OperationOutcome.class, r.body());
        assertThat(oo.getIssue()).hasSize(1);
        assertThat(oo.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        return oo;
    }

    static void namesItem(OperationOutcomeIssueComponent issue, String linkId) {
        String where = "QuestionnaireResponse.item[linkId='" + linkId + "']";
        assertThat(issue.getExpression()).extracting(e -> e.getValue()).containsExactly(where);
        assertThat(issue.getLocation()).extracting(e -> e.getValue()).containsExactly(where);
    }

    @Test
    void a_body_that_is_not_json_is_rejected() throws Exception {
        OperationOutcomeIssueComponent issue = rejected(site.assess("this is not json", null));

        assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.INVALID);
        assertThat(issue.getDiagnostics()).contains("not a valid FHIR JSON resource");
    }

    @Test
    void a_resource_that_is_not_a_questionnaire_response_is_rejected() throws Exception {
        OperationOutcomeIssueComponent issue = rejected(site.assess("{\"resourceType\":\"Patient\"}", null));

        assertThat(issue.getDiagnostics()).contains("expected a QuestionnaireResponse, got a Patient");
    }

    @Test
    void an_unknown_element_is_rejected_rather_than_ignored() throws Exception {
        OperationOutcomeIssueComponent issue = rejected(site.assess(qr(item("vomiting", "{\"valueBolean\":true}")), null));

        assertThat(issue.getDiagnostics()).contains("valueBolean");
    }

    @Test
    void an_unknown_link_id_is_named() throws Exception {
        OperationOutcomeIssueComponent issue = rejected(site.assess(qr(item("hiccups", "{\"valueBoolean\":true}")), null));

        namesItem(issue, "hiccups");
        assertThat(issue.getDiagnostics()).isEqualTo("unknown finding");
    }

    @Test
    void a_wrong_answer_type_is_named_with_the_api_message() throws Exception {
        OperationOutcomeIssueComponent issue = rejected(site.assess(qr(item("vomiting", "{\"valueDecimal\":3}")), null));

        namesItem(issue, "vomiting");
        assertThat(issue.getDiagnostics()).isEqualTo("must be true or false, got 3");
    }

    @Test
    void an_answer_type_the_contract_has_no_word_for_is_named() throws Exception {
        OperationOutcomeIssueComponent issue = rejected(site.assess(
                qr(item("vomiting", "{\"valueAttachment\":{\"data\":\"aGVsbG8=\"}}")), null));

        namesItem(issue, "vomiting");
        assertThat(issue.getDiagnostics()).isEqualTo("must be a valueBoolean (true or false), got a valueAttachment");
    }

    @Test
    void an_out_of_range_number_is_named_with_the_same_message_as_the_api_gives() throws Exception {
        OperationOutcomeIssueComponent issue = rejected(site.assess(qr(item("age_years", "{\"valueInteger\":130}")), null));
        HttpResponse<String> api = site.post("/api/v1/assessments", "application/json", null,
                "{\"findings\":{\"age_years\":130}}");

        namesItem(issue, "age_years");
        assertThat(issue.getDiagnostics()).isEqualTo("must be a number from 0 to 120, got 130");
        assertThat(api.body()).contains("\"message\":\"" + issue.getDiagnostics() + "\"");
    }

    @Test
    void a_choice_not_listed_is_named() throws Exception {
        OperationOutcomeIssueComponent issue = rejected(site.assess(
                qr(item("sex", "{\"valueCoding\":{\"system\":\"https://crampwise.org/fhir/CodeSystem/sex\",\"code\":\"other\"}}")),
                null));

        namesItem(issue, "sex");
        assertThat(issue.getDiagnostics()).isEqualTo("must be one of \"female\", \"male\", got \"other\"");
    }

    @Test
    void a_choice_answered_with_text_instead_of_a_coding_is_named() throws Exception {
        OperationOutcomeIssueComponent issue = rejected(site.assess(qr(item("sex", "{\"valueString\":\"male\"}")), null));

        namesItem(issue, "sex");
        assertThat(issue.getDiagnostics()).contains("must be a valueCoding");
    }

    @Test
    void a_coding_from_another_system_is_named() throws Exception {
        OperationOutcomeIssueComponent issue = rejected(site.assess(
                qr(item("sex", "{\"valueCoding\":{\"system\":\"http://hl7.org/fhir/administrative-gender\",\"code\":\"male\"}}")),
                null));

        namesItem(issue, "sex");
        assertThat(issue.getDiagnostics()).contains("https://crampwise.org/fhir/CodeSystem/sex");
    }

    @Test
    void two_answers_to_one_question_are_named() throws Exception {
        OperationOutcomeIssueComponent issue = rejected(site.assess(
                qr(item("vomiting", "{\"valueBoolean\":true},{\"valueBoolean\":false}")), null));

        namesItem(issue, "vomiting");
        assertThat(issue.getDiagnostics()).isEqualTo("has 2 answers; it takes one");
    }

    @Test
    void a_question_answered_twice_is_named_at_its_second_answer() throws Exception {
        OperationOutcomeIssueComponent issue = rejected(site.assess(
                qr(item("vomiting", "{\"valueBoolean\":true}") + "," + item("vomiting", "{\"valueBoolean\":true}")), null));

        namesItem(issue, "vomiting");
        assertThat(issue.getDiagnostics()).isEqualTo("appears twice");
    }

    @Test
    void an_answer_inside_a_group_is_named_by_its_whole_path() throws Exception {
        OperationOutcomeIssueComponent issue = rejected(site.assess(
                qr("{\"linkId\":\"emergency_signs\",\"item\":[" + item("breathless", "{\"valueString\":\"yes\"}") + "]}"), null));

        assertThat(issue.getExpression().get(0).getValue())
                .isEqualTo("QuestionnaireResponse.item[linkId='emergency_signs'].item[linkId='breathless']");
        assertThat(issue.getDiagnostics()).isEqualTo("must be true or false, got the text \"yes\"");
    }

    @Test
    void the_first_item_at_fault_is_the_one_reported() throws Exception {
        OperationOutcomeIssueComponent issue = rejected(site.assess(qr(item("age_years", "{\"valueInteger\":130}")
                + "," + item("sex", "{\"valueDate\":\"2020-01-01\"}")), null));

        namesItem(issue, "age_years");
    }

    @Test
    void a_response_to_another_questionnaire_is_rejected() throws Exception {
        OperationOutcomeIssueComponent issue = rejected(site.assess(
                "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\","
                        + "\"questionnaire\":\"https://example.org/Questionnaire/phq-9\"}", null));

        assertThat(issue.getExpression().get(0).getValue()).isEqualTo("QuestionnaireResponse.questionnaire");
    }

    @Test
    void an_empty_response_is_assessed_with_everything_unknown() throws Exception {
        HttpResponse<String> r = site.assess("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"in-progress\"}", null);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"complete\":false");
    }

    @Test
    void a_body_that_is_not_fhir_json_by_its_content_type_is_unsupported() throws Exception {
        HttpResponse<String> r = site.post("/fhir/QuestionnaireResponse/$assess", "text/plain", null, "{}");

        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(outcome(r).getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTSUPPORTED);
    }

    @Test
    void a_body_over_64_kib_is_too_large() throws Exception {
        HttpResponse<String> r = site.assess(qr(item("vomiting", "{\"valueBoolean\":true}")) + " ".repeat(70_000), null);

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(outcome(r).getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.TOOLONG);
    }

    @Test
    void an_address_the_endpoint_does_not_have_is_not_found_as_an_operation_outcome() throws Exception {
        HttpResponse<String> r = site.get("/fhir/Patient/123");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(outcome(r).getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
    }

    @Test
    void getting_the_assess_operation_is_not_allowed_as_an_operation_outcome() throws Exception {
        HttpResponse<String> r = site.get("/fhir/QuestionnaireResponse/$assess");

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(outcome(r).getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTSUPPORTED);
    }
}
