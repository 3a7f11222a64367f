package org.crampwise.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.evidence.EvidenceJsonFixture.abbreviate;
import static org.crampwise.evidence.EvidenceJsonFixture.messageProblems;
import static org.crampwise.evidence.EvidenceJsonFixture.rejected;
import static org.crampwise.evidence.EvidenceJsonFixture.rejectedWithPrintableMessage;
import static org.crampwise.evidence.EvidenceJsonFixture.visible;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Hostile input (deep nesting, odd characters, very long names) is rejected cleanly, with a one-line,
 * printable message of readable length naming the field.
 */
class EvidenceJsonHostileInputTest {

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
}
