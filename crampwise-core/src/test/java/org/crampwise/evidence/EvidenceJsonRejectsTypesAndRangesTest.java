package org.crampwise.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.evidence.EvidenceJsonFixture.rejected;

import org.junit.jupiter.api.Test;

/**
 * Well-formed evidence that does not fit the knowledge base is rejected as a whole, naming the
 * field: a value of the wrong type, an unknown name, a number out of range or a choice not in the list.
 */
class EvidenceJsonRejectsTypesAndRangesTest {

    // ---------------------------------------------------------------- wrong types

    @Test
    void text_for_a_bool_finding_is_rejected() {
        var ex = rejected("{\"findings\": {\"one_leg_swollen\": \"yes\"}}", "findings.one_leg_swollen");
        assertThat(ex.reason()).isEqualTo("must be true or false, got the text \"yes\"");
    }

    @Test
    void a_number_for_a_bool_finding_is_rejected() {
        var ex = rejected("{\"findings\": {\"one_leg_swollen\": 1}}", "findings.one_leg_swollen");
        assertThat(ex.reason()).isEqualTo("must be true or false, got 1");
    }

    @Test
    void a_bool_for_a_number_finding_is_rejected() {
        var ex = rejected("{\"findings\": {\"age_years\": true}}", "findings.age_years");
        assertThat(ex.reason()).isEqualTo("must be a number from 0 to 120, got true");
    }

    @Test
    void text_for_a_number_finding_is_rejected_even_when_it_looks_like_a_number() {
        var ex = rejected("{\"findings\": {\"age_years\": \"34\"}}", "findings.age_years");
        assertThat(ex.reason()).isEqualTo("must be a number from 0 to 120, got the text \"34\"");
    }

    @Test
    void a_number_for_a_choice_finding_is_rejected() {
        var ex = rejected("{\"findings\": {\"side\": 1}}", "findings.side");
        assertThat(ex.reason()).isEqualTo("must be one of \"left\", \"right\", \"both\", got 1");
    }

    @Test
    void null_for_a_finding_is_rejected_whatever_its_type() {
        assertThat(rejected("{\"findings\": {\"one_leg_swollen\": null}}", "findings.one_leg_swollen").reason())
                .endsWith("got null");
        assertThat(rejected("{\"findings\": {\"age_years\": null}}", "findings.age_years").reason())
                .endsWith("got null");
        assertThat(rejected("{\"findings\": {\"sex\": null}}", "findings.sex").reason()).endsWith("got null");
    }

    @Test
    void an_object_for_a_finding_is_rejected() {
        assertThat(rejected("{\"findings\": {\"age_years\": {\"value\": 34}}}", "findings.age_years").reason())
                .endsWith("got an object");
        assertThat(rejected("{\"findings\": {\"breathless\": {}}}", "findings.breathless").reason())
                .endsWith("got an object");
    }

    @Test
    void a_list_for_a_finding_is_rejected() {
        assertThat(rejected("{\"findings\": {\"sex\": [\"female\"]}}", "findings.sex").reason()).endsWith("got a list");
        assertThat(rejected("{\"findings\": {\"pain_score\": [5]}}", "findings.pain_score").reason())
                .endsWith("got a list");
    }

    @Test
    void findings_that_are_not_an_object_are_rejected() {
        rejected("{\"findings\": []}", "findings");
        rejected("{\"findings\": null}", "findings");
        rejected("{\"findings\": \"age_years\"}", "findings");
    }

    // ---------------------------------------------------------------- unknown names

    @Test
    void an_unknown_finding_id_is_rejected_naming_it() {
        var ex = rejected("{\"findings\": {\"age_years\": 34, \"knee_pain\": true}}", "findings.knee_pain");
        assertThat(ex.getMessage()).isEqualTo("findings.knee_pain: unknown finding");
    }

    @Test
    void finding_ids_are_case_sensitive() {
        rejected("{\"findings\": {\"Age_Years\": 34}}", "findings.Age_Years");
    }

    @Test
    void an_unknown_top_level_field_is_rejected_naming_it() {
        rejected("{\"findings\": {}, \"evidence\": {}}", "evidence");
        rejected("{\"answers\": {}, \"findings\": {}}", "answers");
    }

    // ---------------------------------------------------------------- ranges and choices

    @Test
    void an_age_above_its_range_is_rejected() {
        var ex = rejected("{\"findings\": {\"age_years\": 121}}", "findings.age_years");
        assertThat(ex.reason()).isEqualTo("must be a number from 0 to 120, got 121");
    }

    @Test
    void a_pain_score_below_its_range_is_rejected() {
        var ex = rejected("{\"findings\": {\"pain_score\": -1}}", "findings.pain_score");
        assertThat(ex.reason()).isEqualTo("must be a number from 0 to 10, got -1");
    }

    @Test
    void numbers_just_outside_the_range_are_rejected() {
        rejected("{\"findings\": {\"pain_score\": 10.0001}}", "findings.pain_score");
        rejected("{\"findings\": {\"pain_score\": -0.0001}}", "findings.pain_score");
        rejected("{\"findings\": {\"age_years\": 120.5}}", "findings.age_years");
    }

    @Test
    void huge_numbers_are_rejected() {
        rejected("{\"findings\": {\"age_years\": 1e308}}", "findings.age_years");
        rejected("{\"findings\": {\"age_years\": -1e308}}", "findings.age_years");
        rejected("{\"findings\": {\"age_years\": 1e400}}", "findings.age_years");
        rejected("{\"findings\": {\"age_years\": 123456789012345678901234567890}}", "findings.age_years");
    }

    @Test
    void a_number_with_hundreds_of_digits_is_rejected_with_a_short_message() {
        rejected("{\"findings\": {\"age_years\": " + "9".repeat(900) + "}}", "findings.age_years");
    }

    @Test
    void a_choice_not_in_the_list_is_rejected_naming_the_choices() {
        var ex = rejected("{\"findings\": {\"location\": \"knee\"}}", "findings.location");
        assertThat(ex.reason()).isEqualTo("must be one of \"inner_thigh\", \"groin\", \"front_thigh\", \"back_thigh\", "
                + "\"calf\", \"foot\", got \"knee\"");
    }

    @Test
    void a_choice_is_matched_exactly_not_by_label_or_case() {
        rejected("{\"findings\": {\"sex\": \"Female\"}}", "findings.sex");
        rejected("{\"findings\": {\"sex\": \" female\"}}", "findings.sex");
        rejected("{\"findings\": {\"location\": \"Inside of the thigh\"}}", "findings.location");
    }
}
