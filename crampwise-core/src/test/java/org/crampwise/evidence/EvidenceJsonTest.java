package org.crampwise.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

/**
 * The evidence JSON of shared/contract/README.md is read strictly: valid evidence parses, and
 * anything else is rejected as a whole with a one-line, printable message naming the field.
 */
class EvidenceJsonTest {
    private static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    private static final EvidenceJson JSON = new EvidenceJson(KB);
    /** Longer than this, a one-line message is no longer one a person can read. */
    private static final int MAX_MESSAGE_LENGTH = 300;

    // ---------------------------------------------------------------- valid evidence

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

    // ---------------------------------------------------------------- hostile input

    @Test
    void a_hundred_thousand_opening_brackets_are_rejected_cleanly() {
        rejected("[".repeat(100_000), "input");
    }

    @Test
    void deep_nesting_within_64_kib_is_rejected_cleanly() {
        int depth = 60_000;
        rejected("[".repeat(depth), "input");
        rejected("{\"a\":".repeat(depth / 5), "a");
        rejected("{\"findings\": {\"age_years\": " + "[".repeat(depth), "findings.age_years");
        rejected("{\"findings\": " + "[".repeat(depth), "findings");
        rejected("{\"findings\": {}, \"skipped\": " + "[".repeat(depth), "skipped[0]");
        String closed = "{\"findings\": {\"pain_score\": " + "[".repeat(20_000) + "]".repeat(20_000) + "}}";
        rejected(closed, "findings.pain_score");
    }

    /** JSON string escapes (and one raw emoji) that make a name or value hard to print. */
    private static final String[] ODD = {
        "knee\\npain", "knee\\r\\npain", "knee\\u0000pain", "knee\\u001b[31mpain", "knee\\u007fpain",
        "knee\\u009bpain", "knee\\u0085pain", "knee\\u2028pain", "knee\\u2029pain", "knee\\u202epain",
        "knee\\u200bpain", "\\ufeffknee", "knee\\ud800", "\\udc00knee", "knee\\uFFFF",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\uD83D\uDE00bbbb",
    };

    @Test
    void odd_characters_in_an_unknown_finding_id_give_a_printable_one_line_message() {
        assertAllRejectedWithPrintableMessages(name -> "{\"findings\": {\"" + name + "\": true}}");
    }

    @Test
    void odd_characters_in_an_unknown_top_level_field_give_a_printable_one_line_message() {
        assertAllRejectedWithPrintableMessages(name -> "{\"findings\": {}, \"" + name + "\": true}");
    }

    @Test
    void odd_characters_in_a_choice_value_give_a_printable_one_line_message() {
        assertAllRejectedWithPrintableMessages(value -> "{\"findings\": {\"sex\": \"" + value + "\"}}");
    }

    @Test
    void odd_characters_in_text_for_a_bool_finding_give_a_printable_one_line_message() {
        assertAllRejectedWithPrintableMessages(value -> "{\"findings\": {\"breathless\": \"" + value + "\"}}");
    }

    @Test
    void odd_characters_in_a_skipped_id_give_a_printable_one_line_message() {
        assertAllRejectedWithPrintableMessages(value -> "{\"findings\": {}, \"skipped\": [\"" + value + "\"]}");
    }

    @Test
    void odd_characters_outside_json_strings_give_a_printable_one_line_message() {
        assertAllRejectedWithPrintableMessages(json -> json,
                "{\"findings\": {\"sex\": fe\u202emale}}",
                "{\"findings\": {\"sex\": fe\u200bmale}}",
                "{\"findings\": {\"sex\": \"fe\nmale\"}}",
                "{\"findings\": {\"sex\": \"fe\u0000male\"}}",
                "{\"findings\"\u2028: {}}",
                "{\"findings\"\u0085: {}}",
                "{\"findings\": {}}\u2028x");
    }

    private static void assertAllRejectedWithPrintableMessages(UnaryOperator<String> json, String... cases) {
        List<String> failures = new ArrayList<>();
        for (String c : cases.length == 0 ? ODD : cases) {
            String body = json.apply(c);
            for (String problem : messageProblems(body.getBytes(StandardCharsets.UTF_8))) {
                failures.add(visible(abbreviate(body)) + "\n      " + problem);
            }
        }
        assertThat(failures).withFailMessage("inputs whose rejection message is not one printable line:%n  %s",
                String.join("\n  ", failures)).isEmpty();
    }

    @Test
    void a_very_long_unknown_finding_id_gives_a_short_message() {
        rejectedWithPrintableMessage("{\"findings\": {\"" + "a".repeat(10_000) + "\": true}}");
    }

    @Test
    void a_very_long_unknown_top_level_field_gives_a_short_message() {
        rejectedWithPrintableMessage("{\"findings\": {}, \"" + "a".repeat(10_000) + "\": true}");
    }

    @Test
    void a_very_long_choice_value_gives_a_short_message() {
        rejectedWithPrintableMessage("{\"findings\": {\"sex\": \"" + "a".repeat(10_000) + "\"}}");
    }

    // ---------------------------------------------------------------- writing back

    @Test
    void canonical_evidence_is_written_back_exactly_as_it_was_read() throws Exception {
        for (String json : List.of(
                "{\"findings\":{},\"skipped\":[]}",
                "{\"findings\":{\"age_years\":34,\"sex\":\"female\",\"location\":\"inner_thigh\","
                        + "\"sudden_tightening\":true,\"episode_minutes\":2.5,\"one_leg_swollen\":false},\"skipped\":[]}",
                "{\"findings\":{\"age_years\":0,\"pain_score\":10},\"skipped\":[\"relieved_by_stretching\"]}",
                "{\"findings\":{\"age_years\":120,\"side\":\"both\",\"days_since_start\":36500},"
                        + "\"skipped\":[\"pain_score\",\"breathless\"]}")) {
            assertThat(JSON.write(read(json))).isEqualTo(json);
        }
    }

    @Test
    void any_valid_input_is_written_back_as_the_same_evidence() throws Exception {
        for (String json : List.of(
                "{\"skipped\": [\"breathless\"], \"findings\": {\"one_leg_swollen\": true, \"age_years\": 34.0}}",
                "{\"findings\": {\"episode_minutes\": 1e1, \"pain_score\": 7.25, \"sex\": \"male\"}}",
                "{\"findings\": {\"location\": \"foot\", \"side\": \"left\", \"age_years\": 0.5}}")) {
            Evidence e = read(json);
            String written = JSON.write(e);
            assertThat(read(written)).as(json).isEqualTo(e);
            assertThat(JSON.write(read(written))).as(json).isEqualTo(written);
        }
    }

    @Property(tries = 300)
    void reading_what_was_written_gives_the_same_evidence(@ForAll("evidence") Evidence e) throws Exception {
        String written = JSON.write(e);
        assertThat(read(written)).isEqualTo(e);
        assertThat(JSON.write(read(written))).isEqualTo(written);
    }

    @Provide
    Arbitrary<Evidence> evidence() {
        List<Arbitrary<UnaryOperator<Evidence>>> steps = new ArrayList<>();
        for (Finding f : KB.findings()) {
            steps.add(answerFor(f));
        }
        return Combinators.combine(steps).as(ops -> {
            Evidence e = Evidence.empty(KB);
            for (UnaryOperator<Evidence> op : ops) {
                e = op.apply(e);
            }
            return e;
        });
    }

    private static Arbitrary<UnaryOperator<Evidence>> answerFor(Finding f) {
        UnaryOperator<Evidence> unknown = e -> e;
        UnaryOperator<Evidence> skip = e -> e.skip(f);
        Arbitrary<UnaryOperator<Evidence>> answer;
        switch (f.type()) {
            case BOOL:
                answer = Arbitraries.of(true, false).map(b -> e -> e.with(f, b));
                break;
            case CHOICE:
                answer = Arbitraries.of(f.options()).map(o -> e -> e.withChoice(f, o.value()));
                break;
            default:
                Arbitrary<Double> ends = Arbitraries.of(f.min(), f.max());
                Arbitrary<Double> whole = Arbitraries.longs().between((long) f.min(), (long) f.max()).map(l -> (double) l);
                Arbitrary<Double> decimal = Arbitraries.doubles().between(f.min(), f.max()).ofScale(3);
                answer = Arbitraries.oneOf(ends, whole, decimal).map(v -> e -> e.with(f, v.doubleValue()));
        }
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(unknown)),
                Tuple.of(1, Arbitraries.just(skip)),
                Tuple.of(3, answer));
    }

    // ---------------------------------------------------------------- helpers

    private static Evidence read(String json) throws InvalidEvidenceException {
        return JSON.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Finding finding(String id) {
        Finding f = KB.finding(id);
        assertThat(f).as("finding '%s' in the built-in knowledge base", id).isNotNull();
        return f;
    }

    private static int index(String id) {
        return finding(id).index();
    }

    /** {@code json} padded with spaces inside the object to exactly {@code size} bytes. */
    private static byte[] padded(String json, int size) {
        byte[] start = json.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        System.arraycopy(start, 0, body, 0, start.length - 1);
        body[size - 1] = '}';
        return body;
    }

    private static InvalidEvidenceException rejected(String json, String field) {
        return rejected(json.getBytes(StandardCharsets.UTF_8), field);
    }

    /** Reads {@code body}, expecting it rejected naming {@code field} with a readable message. */
    private static InvalidEvidenceException rejected(byte[] body, String field) {
        InvalidEvidenceException ex = rejectedWithPrintableMessage(body);
        assertThat(ex.field()).as("the field named by: %s", ex.getMessage()).isEqualTo(field);
        return ex;
    }

    private static InvalidEvidenceException rejectedWithPrintableMessage(String json) {
        return rejectedWithPrintableMessage(json.getBytes(StandardCharsets.UTF_8));
    }

    private static InvalidEvidenceException rejectedWithPrintableMessage(byte[] body) {
        List<String> problems = messageProblems(body);
        assertThat(problems).as("problems with the rejection of %s", visible(abbreviate(new String(body,
                StandardCharsets.UTF_8)))).isEmpty();
        try {
            JSON.read(body);
            throw new AssertionError("unreachable: accepted");
        } catch (InvalidEvidenceException ex) {
            return ex;
        }
    }

    /** What is wrong with how {@code body} is rejected: nothing when it is rejected with one readable line. */
    private static List<String> messageProblems(byte[] body) {
        InvalidEvidenceException ex;
        try {
            Evidence e = JSON.read(body);
            return List.of("accepted as " + JSON.write(e));
        } catch (InvalidEvidenceException caught) {
            ex = caught;
        } catch (RuntimeException | StackOverflowError err) {
            return List.of("threw " + err);
        }
        List<String> problems = new ArrayList<>();
        String message = ex.getMessage();
        String shown = visible(abbreviate(message));
        if (!message.startsWith(ex.field() + ": ")) {
            problems.add("message does not start with the field: " + shown);
        }
        if (message.split("\\R", -1).length != 1) {
            problems.add("message is not one line: " + shown);
        }
        if (!unprintable(message).isEmpty()) {
            problems.add("message has unprintable characters " + unprintable(message) + ": " + shown);
        }
        if (message.length() > MAX_MESSAGE_LENGTH) {
            problems.add("message is " + message.length() + " characters long: " + shown);
        }
        if (ex.reason() == null || ex.reason().isBlank()) {
            problems.add("no reason given: " + shown);
        }
        return problems;
    }

    /** The code points of {@code s} that cannot be shown as they are on one line of a terminal or log. */
    private static List<String> unprintable(String s) {
        List<String> out = new ArrayList<>();
        s.codePoints().forEach(cp -> {
            switch (Character.getType(cp)) {
                case Character.CONTROL:
                case Character.FORMAT:
                case Character.SURROGATE:
                case Character.UNASSIGNED:
                case Character.LINE_SEPARATOR:
                case Character.PARAGRAPH_SEPARATOR:
                    out.add(String.format("U+%04X", cp));
                    break;
                default:
            }
        });
        return out;
    }

    private static String visible(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || !unprintable(new String(Character.toChars(cp))).isEmpty()) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
