package org.crampwise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.Cases.KB;
import static org.crampwise.Cases.answeredCalm;
import static org.crampwise.Cases.assess;
import static org.crampwise.Cases.change;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crampwise.kb.Level;
import org.crampwise.kb.Rule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * The rules new or changed in contract version 2, each just reached and just missed, as data:
 * src/test/resources/boundaries/rules.yaml (one test per case, named by its sentence).
 */
class RuleBoundariesTest {
    private static final Path TABLE = Path.of("src/test/resources/boundaries/rules.yaml");

    record Case(int rule, String name, Map<String, Object> answers, Level level, boolean fires, boolean complete,
                List<String> unanswered) {
    }

    @SuppressWarnings("unchecked")
    static List<Case> cases() {
        try {
            List<Map<String, Object>> rows = new Yaml().load(Files.readString(TABLE, StandardCharsets.UTF_8));
            return rows.stream().map(m -> new Case((Integer) m.get("rule"), (String) m.get("case"),
                    (Map<String, Object>) m.get("answers"), Level.fromId((String) m.get("level")), (Boolean) m.get("fires"),
                    (Boolean) m.getOrDefault("complete", true), (List<String>) m.get("unanswered"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rule rule(int number) {
        return KB.rules().stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no rule numbered " + number));
    }

    @TestFactory
    Stream<DynamicTest> each_new_or_changed_rule_is_reached_and_missed_exactly_at_its_boundary() {
        return cases().stream().map(c -> DynamicTest.dynamicTest("rule " + c.rule() + ": " + c.name(), () -> {
            Assessment a = assess(change(answeredCalm(), c.answers()));
            String rule = rule(c.rule()).id();
            assertThat(a.triage().level()).as("level").isEqualTo(c.level());
            assertThat(a.triage().reasons().stream().anyMatch(r -> r.rule().equals(rule))).as("rule %s fires", rule)
                    .isEqualTo(c.fires());
            assertThat(a.triage().complete()).as("complete (unanswered %s)", a.triage().unansweredSafetyQuestions())
                    .isEqualTo(c.complete());
            if (c.unanswered() != null) {
                assertThat(a.triage().unansweredSafetyQuestions()).containsExactlyInAnyOrderElementsOf(c.unanswered());
            }
        }));
    }

    @Test
    void the_table_reaches_and_misses_every_rule_new_or_changed_in_version_2() {
        List<Case> all = cases();
        for (int n : new int[] {3, 5, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35}) {
            assertThat(all).as("rule %d reached", n).anyMatch(c -> c.rule() == n && c.fires());
            assertThat(all).as("rule %d missed", n).anyMatch(c -> c.rule() == n && !c.fires());
        }
    }

    @Test
    void signs_of_pre_eclampsia_tell_the_person_to_call_their_midwife_or_the_urgent_number() {
        // triage.md, urgent: "Rule 34: call your midwife or maternity unit now", or the configured urgent number
        Assessment a = assess(change(answeredCalm(), Map.of("pregnant", true, "pregnancy_warning_signs", true)));
        assertThat(a.triage().action()).contains("midwife").contains(KB.fill("{urgent}")).doesNotContain("{");
        assertThat(assess(change(answeredCalm(), Map.of("one_leg_swollen", true))).triage().action()).doesNotContain("midwife");
    }

    @Test
    void the_midwife_is_named_even_when_a_swollen_leg_is_the_first_reason_at_the_same_level() {
        Assessment a = assess(change(answeredCalm(),
                Map.of("pregnant", true, "pregnancy_warning_signs", true, "one_leg_swollen", true)));
        assertThat(a.triage().reasons()).extracting(Assessment.Reason::number).startsWith(5);
        assertThat(a.triage().action()).contains("midwife");
    }

    @Test
    void the_calm_person_every_case_starts_from_is_complete_at_self_care() {
        Assessment a = assess(answeredCalm());
        assertThat(a.triage().level()).isEqualTo(Level.SELF_CARE);
        assertThat(a.triage().complete()).isTrue();
    }
}
