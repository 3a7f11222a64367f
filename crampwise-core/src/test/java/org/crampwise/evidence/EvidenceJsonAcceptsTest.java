package org.crampwise.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.evidence.EvidenceJsonFixture.JSON;
import static org.crampwise.evidence.EvidenceJsonFixture.KB;
import static org.crampwise.evidence.EvidenceJsonFixture.finding;
import static org.crampwise.evidence.EvidenceJsonFixture.index;
import static org.crampwise.evidence.EvidenceJsonFixture.padded;
import static org.crampwise.evidence.EvidenceJsonFixture.read;

import org.crampwise.kb.Finding;
import org.junit.jupiter.api.Test;

/** Valid evidence JSON of shared/contract/README.md parses: every type, range end, option and layout allowed. */
class EvidenceJsonAcceptsTest {

    @Test
    void the_contract_example_parses() throws Exception {
        Evidence e = read("""
                {
                  "findings": {
                    "age_years": 34,
                    "sex": "female",
                    "sudden_tightening": true,
                    "location": "inner_thigh",
                    "episode_minutes": 2,
                    "one_leg_swollen": false
                  }
                }
                """);
        assertThat(e.answeredCount()).isEqualTo(6);
        assertThat(e.value(index("age_years"))).isEqualTo(34);
        assertThat(e.value(index("sex"))).isEqualTo(finding("sex").optionIndex("female"));
        assertThat(e.value(index("sudden_tightening"))).isEqualTo(1);
        assertThat(e.value(index("location"))).isEqualTo(finding("location").optionIndex("inner_thigh"));
        assertThat(e.value(index("episode_minutes"))).isEqualTo(2);
        assertThat(e.value(index("one_leg_swollen"))).isEqualTo(0);
        assertThat(e.isKnown(finding("breathless"))).as("absent means unknown").isFalse();
    }

    @Test
    void bool_findings_take_true_and_false() throws Exception {
        Evidence e = read("{\"findings\": {\"breathless\": true, \"groin_lump\": false}}");
        assertThat(e.value(index("breathless"))).isEqualTo(1);
        assertThat(e.value(index("groin_lump"))).isEqualTo(0);
    }

    @Test
    void number_findings_take_whole_numbers_decimals_exponents_and_both_ends_of_their_range() throws Exception {
        assertThat(read("{\"findings\": {\"episode_minutes\": 2.5}}").value(index("episode_minutes"))).isEqualTo(2.5);
        assertThat(read("{\"findings\": {\"age_years\": 0}}").value(index("age_years"))).isEqualTo(0);
        assertThat(read("{\"findings\": {\"age_years\": 120}}").value(index("age_years"))).isEqualTo(120);
        assertThat(read("{\"findings\": {\"age_years\": 120.0}}").value(index("age_years"))).isEqualTo(120);
        assertThat(read("{\"findings\": {\"age_years\": 1.2e2}}").value(index("age_years"))).isEqualTo(120);
        assertThat(read("{\"findings\": {\"pain_score\": 0.0}}").value(index("pain_score"))).isEqualTo(0);
        assertThat(read("{\"findings\": {\"pain_score\": 10}}").value(index("pain_score"))).isEqualTo(10);
        assertThat(read("{\"findings\": {\"pain_score\": 9.999}}").value(index("pain_score"))).isEqualTo(9.999);
        assertThat(read("{\"findings\": {\"days_since_start\": 36500}}").value(index("days_since_start")))
                .isEqualTo(36500);
    }

    @Test
    void every_option_of_every_choice_finding_is_accepted() throws Exception {
        for (Finding f : KB.findings()) {
            if (!f.options().isEmpty()) {
                for (Finding.Option o : f.options()) {
                    Evidence e = read("{\"findings\": {\"" + f.id() + "\": \"" + o.value() + "\"}}");
                    assertThat(e.value(f.index())).as(f.id() + " = " + o.value()).isEqualTo(f.optionIndex(o.value()));
                }
            }
        }
    }

    @Test
    void skipped_findings_stay_unknown_and_are_marked_skipped() throws Exception {
        Evidence e = read("{\"findings\": {\"sudden_tightening\": true}, "
                + "\"skipped\": [\"relieved_by_stretching\", \"episode_minutes\"]}");
        assertThat(e.isSkipped(finding("relieved_by_stretching"))).isTrue();
        assertThat(e.isSkipped(finding("episode_minutes"))).isTrue();
        assertThat(e.isKnown(finding("relieved_by_stretching"))).isFalse();
        assertThat(e.isSkipped(finding("sudden_tightening"))).isFalse();
        assertThat(e.answeredCount()).isEqualTo(1);
    }

    @Test
    void skipped_may_come_before_findings_and_may_be_empty() throws Exception {
        Evidence e = read("{\"skipped\": [\"pain_score\"], \"findings\": {}}");
        assertThat(e.isSkipped(finding("pain_score"))).isTrue();
        assertThat(read("{\"findings\": {}, \"skipped\": []}")).isEqualTo(Evidence.empty(KB));
    }

    @Test
    void empty_findings_are_valid_and_mean_nothing_is_known() throws Exception {
        assertThat(read("{\"findings\": {}}")).isEqualTo(Evidence.empty(KB));
        assertThat(read(" \n\t{\"findings\":{}}\r\n ")).isEqualTo(Evidence.empty(KB));
    }

    @Test
    void a_body_of_exactly_64_kib_is_accepted() throws Exception {
        byte[] body = padded("{\"findings\": {\"age_years\": 34}}", EvidenceJson.MAX_BYTES);
        assertThat(body).hasSize(65536);
        assertThat(JSON.read(body).value(index("age_years"))).isEqualTo(34);
    }

    @Test
    void negative_zero_reads_as_the_same_evidence_as_zero() throws Exception {
        Evidence negativeZero = read("{\"findings\": {\"pain_score\": -0.0}}");
        assertThat((Object) negativeZero.value(index("pain_score"))).as("the stored value").isEqualTo(0.0);
        assertThat(negativeZero).isEqualTo(read("{\"findings\": {\"pain_score\": 0}}"));
    }
}
