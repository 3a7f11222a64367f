package org.crampwise.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.evidence.EvidenceJsonFixture.padded;
import static org.crampwise.evidence.EvidenceJsonFixture.rejected;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Input that is not evidence JSON is rejected as a whole, naming the field: broken or extended JSON,
 * a body too big or empty, the wrong top-level value, repeated names, bad UTF-8, and a bad skipped list.
 */
class EvidenceJsonRejectsMalformedInputTest {

    // ---------------------------------------------------------------- malformed input

    @Test
    void truncated_json_is_rejected() {
        var ex = rejected("{\"findings\": {\"age_years\": 3", "input");
        assertThat(ex.reason()).startsWith("is not valid JSON");
        rejected("{\"findings\": {\"age_years\": ", "input");
        rejected("{\"findings\": {\"sex\": \"fem", "input");
        rejected("{", "input");
    }

    @Test
    void a_trailing_comma_is_rejected() {
        assertThat(rejected("{\"findings\": {\"age_years\": 3,}}", "input").reason()).startsWith("is not valid JSON");
        assertThat(rejected("{\"findings\": {\"age_years\": 3},}", "input").reason()).startsWith("is not valid JSON");
        assertThat(rejected("{\"findings\": {}, \"skipped\": [\"pain_score\",]}", "input").reason())
                .startsWith("is not valid JSON");
    }

    @Test
    void single_quotes_are_rejected() {
        assertThat(rejected("{'findings': {}}", "input").reason()).startsWith("is not valid JSON");
        assertThat(rejected("{\"findings\": {\"sex\": 'female'}}", "input").reason()).startsWith("is not valid JSON");
    }

    @Test
    void other_json_extensions_are_rejected() {
        rejected("{\"findings\": {\"age_years\": NaN}}", "input");
        rejected("{\"findings\": {\"age_years\": 034}}", "input");
        rejected("{\"findings\": {/* comment */}}", "input");
        rejected("{findings: {}}", "input");
    }

    @Test
    void a_body_over_64_kib_is_rejected_before_it_is_read() {
        byte[] body = padded("{\"findings\": {\"age_years\": 34}}", 65537);
        var ex = rejected(body, "input");
        assertThat(ex.reason()).contains("64 KiB");
    }

    @Test
    void an_empty_body_is_rejected() {
        assertThat(rejected("", "input").reason()).contains("empty");
    }

    @Test
    void a_whitespace_only_body_is_rejected() {
        assertThat(rejected("  \n\t\r\n ", "input").reason()).contains("empty");
    }

    @Test
    void a_top_level_array_is_rejected() {
        rejected("[{\"findings\": {}}]", "input");
        rejected("[]", "input");
    }

    @Test
    void other_top_level_values_are_rejected() {
        rejected("null", "input");
        rejected("\"findings\"", "input");
        rejected("42", "input");
        rejected("true", "input");
    }

    @Test
    void trailing_content_after_the_object_is_rejected() {
        rejected("{\"findings\": {}} {\"findings\": {}}", "input");
        rejected("{\"findings\": {}}]", "input");
        rejected("{\"findings\": {}} x", "input");
        rejected("{\"findings\": {}}}", "input");
    }

    @Test
    void a_finding_given_twice_is_rejected_naming_it() {
        var ex = rejected("{\"findings\": {\"age_years\": 34, \"age_years\": 35}}", "findings.age_years");
        assertThat(ex.getMessage()).contains("twice");
    }

    @Test
    void findings_given_twice_is_rejected_naming_it() {
        rejected("{\"findings\": {}, \"findings\": {\"age_years\": 35}}", "findings");
    }

    @Test
    void invalid_utf8_is_rejected() {
        byte[] body = "{\"findings\": {\"sex\": \"fe?ale\"}}".getBytes(StandardCharsets.UTF_8);
        body[24] = (byte) 0xFF;
        rejected(body, "input");
    }

    // ---------------------------------------------------------------- skipped

    @Test
    void skipped_that_is_not_a_list_is_rejected() {
        rejected("{\"findings\": {}, \"skipped\": \"pain_score\"}", "skipped");
        rejected("{\"findings\": {}, \"skipped\": {\"pain_score\": true}}", "skipped");
        rejected("{\"findings\": {}, \"skipped\": null}", "skipped");
    }

    @Test
    void skipped_with_an_unknown_finding_id_is_rejected() {
        var ex = rejected("{\"findings\": {}, \"skipped\": [\"pain_score\", \"knee_pain\"]}", "skipped[1]");
        assertThat(ex.reason()).contains("knee_pain");
    }

    @Test
    void skipped_with_an_entry_that_is_not_text_is_rejected() {
        rejected("{\"findings\": {}, \"skipped\": [1]}", "skipped[0]");
        rejected("{\"findings\": {}, \"skipped\": [null]}", "skipped[0]");
        rejected("{\"findings\": {}, \"skipped\": [[\"pain_score\"]]}", "skipped[0]");
    }

    @Test
    void skipped_naming_a_finding_also_answered_is_rejected() {
        var ex = rejected("{\"findings\": {\"pain_score\": 5}, \"skipped\": [\"pain_score\"]}", "skipped");
        assertThat(ex.reason()).contains("pain_score");
        rejected("{\"skipped\": [\"pain_score\"], \"findings\": {\"pain_score\": 5}}", "skipped");
    }

    @Test
    void evidence_without_findings_is_rejected() {
        assertThat(rejected("{}", "findings").getMessage()).isEqualTo("findings: is missing");
        rejected("{\"skipped\": []}", "findings");
    }
}
