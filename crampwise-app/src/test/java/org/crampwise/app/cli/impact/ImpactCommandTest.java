package org.crampwise.app.cli.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crampwise.app.cli.CommandLineRun;
import org.crampwise.app.cli.KnowledgeCopy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImpactCommandTest {
    private static final String CRACK = "{\"findings\":{\"heard_crack_or_leg_misshapen\":true}}";
    private static final String CALM = "{\"findings\":{\"episode_minutes\":2,\"muscle_twitching\":false}}";

    @TempDir
    Path tmp;
    Path base;
    Path cases;

    @BeforeEach
    void twoCases() throws IOException {
        base = KnowledgeCopy.in(tmp.resolve("base")).dir();
        cases = Files.createDirectories(tmp.resolve("cases"));
        writeCase("C1", "Heard a crack", CRACK, "emergency_department");
        writeCase("C2", "A short cramp", CALM, null);
    }

    private void writeCase(String id, String title, String evidence, String expected) throws IOException {
        Files.writeString(cases.resolve(id + ".json"), "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"evidence\":"
                + evidence + (expected == null ? "" : ",\"expect\":{\"triage\":\"" + expected + "\"}") + "}");
    }

    private CommandLineRun impact(Path current, String... more) {
        String[] args = {"kb", "impact", "--base", base.toString(), "--kb", current.toString(), "--cases", cases.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CommandLineRun.run("", all);
    }

    @Test
    void a_rule_made_more_urgent_is_a_level_up_printed_under_its_case_and_exits_0() throws IOException {
        Path current = KnowledgeCopy.in(tmp.resolve("current")).ruleLevel("possible_break_or_tear", "call_emergency").dir();

        CommandLineRun r = impact(current);

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Base:    " + base + " (knowledge base ")
                .contains("Cases:   2 in " + cases)
                .contains("C1  Heard a crack  (" + cases.resolve("C1.json") + ")\n"
                        + "  level: emergency_department -> call_emergency (up: more urgent)\n")
                .doesNotContain("C2  A short cramp")
                .contains("2 cases: 1 changed (level up 1, level down 0, ");
    }

    @Test
    void a_rule_made_less_urgent_is_a_level_down_and_exits_1() throws IOException {
        Path current = KnowledgeCopy.in(tmp.resolve("current")).ruleLevel("possible_break_or_tear", "urgent").dir();

        CommandLineRun r = impact(current);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("  level: emergency_department -> urgent (DOWN: less urgent)\n")
                .contains("2 cases: 1 changed (level up 0, level down 1, ");
    }

    @Test
    void the_same_knowledge_base_on_both_sides_has_no_differences() {
        CommandLineRun r = impact(base);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("No differences.")
                .contains("2 cases: 0 changed (level up 0, level down 0, completeness 0, causes 0, advice 0; "
                        + "not assessed: base 0, current 0)");
    }

    @Test
    void a_case_the_base_cannot_read_is_shown_for_the_base_counted_and_is_not_a_level_down() throws IOException {
        KnowledgeCopy.in(tmp.resolve("old")).renameFinding("muscle_twitching", "muscle_twitches");
        base = tmp.resolve("old");

        CommandLineRun r = impact(KnowledgeCopy.in(tmp.resolve("current")).dir());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("C2  A short cramp  (" + cases.resolve("C2.json") + ")\n"
                        + "  base: invalid evidence: findings.muscle_twitching: unknown finding\n")
                .contains("2 cases: 1 changed (level up 0, level down 0, completeness 0, causes 0, advice 0; "
                        + "not assessed: base 1, current 0)");
    }

    @Test
    void asked_to_the_base_is_given_the_case_without_the_finding_it_does_not_know_and_says_so() throws IOException {
        KnowledgeCopy.in(tmp.resolve("old")).renameFinding("muscle_twitching", "muscle_twitches")
                .ruleLevel("possible_break_or_tear", "urgent");
        base = tmp.resolve("old");
        writeCase("C3", "A crack, asked about twitching", "{\"findings\":{\"heard_crack_or_leg_misshapen\":true,"
                + "\"muscle_twitching\":false}}", null);

        CommandLineRun r = impact(KnowledgeCopy.in(tmp.resolve("current")).dir(), "--ignore-unknown-findings");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("C3  A crack, asked about twitching  (" + cases.resolve("C3.json") + ")\n"
                        + "  base: read without the findings it does not know: muscle_twitching\n"
                        + "  level: urgent -> emergency_department (up: more urgent)\n")
                .doesNotContain("C2  A short cramp")
                .contains("3 cases: 2 changed (level up 2, level down 0, ")
                .contains("; not assessed: base 0, current 0; read without unknown findings: base 2, current 0)");
    }

    @Test
    void a_base_from_before_todays_checks_is_compared_as_it_was_and_says_so() throws IOException {
        KnowledgeCopy.in(tmp.resolve("old")).ruleField("possible_break_or_tear", "suspects", null);
        base = tmp.resolve("old");

        CommandLineRun r = impact(KnowledgeCopy.in(tmp.resolve("current")).dir());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Base:    " + base + " (knowledge base ")
                .contains("; an older release: 1 problem by today's checks, allowed for comparing, see kb validate --dir)")
                .contains("2 cases: ");
    }

    @Test
    void json_output_parses_and_carries_the_differences_and_the_summary() throws IOException {
        Path current = KnowledgeCopy.in(tmp.resolve("current")).ruleLevel("possible_break_or_tear", "urgent").dir();

        CommandLineRun r = impact(current, "--json");

        assertThat(r.exit()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode c1 = json.get("changed").get(0);
        assertThat(c1.get("id").asText()).isEqualTo("C1");
        assertThat(c1.get("base").get("level").asText()).isEqualTo("emergency_department");
        assertThat(c1.get("current").get("level").asText()).isEqualTo("urgent");
        JsonNode level = c1.get("differences").get(0);
        assertThat(level.get("kind").asText()).isEqualTo("level");
        assertThat(level.get("direction").asText()).isEqualTo("down");
        assertThat(level.get("text").asText()).isEqualTo("level: emergency_department -> urgent (DOWN: less urgent)");
        assertThat(json.get("changed")).hasSize(1);
        assertThat(json.get("summary").get("cases").asInt()).isEqualTo(2);
        assertThat(json.get("summary").get("levelDown").asInt()).isEqualTo(1);
        assertThat(json.get("caseFolders").get(0).get("cases").asInt()).isEqualTo(2);
    }

    @Test
    void a_folder_that_does_not_exist_is_exit_2_with_one_line_and_no_stack_trace() {
        Path nowhere = tmp.resolve("nowhere");
        base = nowhere;

        CommandLineRun missingBase = impact(tmp.resolve("base"));
        CommandLineRun missingCases = CommandLineRun.run("", "kb", "impact", "--base", tmp.resolve("base").toString(),
                "--cases", nowhere.toString());

        assertThat(missingBase.exit()).isEqualTo(2);
        assertThat(missingBase.err()).isEqualTo("kb impact: --base " + nowhere + ": no such folder\n");
        assertThat(missingBase.out()).isEmpty();
        assertThat(missingCases.exit()).isEqualTo(2);
        assertThat(missingCases.err()).isEqualTo("kb impact: --cases " + nowhere + ": no such folder\n");
    }

    @Test
    void no_base_and_no_validation_or_no_case_file_is_a_usage_error() throws IOException {
        CommandLineRun noBase = CommandLineRun.run("", "kb", "impact");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CommandLineRun noCases = CommandLineRun.run("", "kb", "impact", "--base", base.toString(),
                "--cases", empty.toString());

        assertThat(noBase.exit()).isEqualTo(2);
        assertThat(noBase.err()).contains("give --base DIR");
        assertThat(noCases.exit()).isEqualTo(2);
        assertThat(noCases.err()).isEqualTo("kb impact: no case files (*.json) in " + empty + "\n");
    }

    @Test
    void a_broken_knowledge_base_is_exit_3_naming_which_one_and_its_problem_on_one_line() throws IOException {
        Files.delete(base.resolve("rules.yaml"));

        CommandLineRun r = impact(KnowledgeCopy.in(tmp.resolve("current")).dir());

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("kb impact: --base " + base + " is broken: rules.yaml: file is missing")
                .hasLineCount(1).doesNotContain("Exception");
    }

    @Test
    void validation_writes_the_counts_per_expected_level_and_lists_the_cases_not_at_it() throws IOException {
        writeCase("C3", "Crack, expected urgent", CRACK, "urgent");
        writeCase("C4", "Coughing blood", "{\"findings\":{\"coughing_blood\":true}}", "call_emergency");
        writeCase("C5", "Unknown finding", "{\"findings\":{\"nope\":true}}", "self_care");
        Path file = tmp.resolve("out/VALIDATION.md");

        CommandLineRun r = CommandLineRun.run("", "kb", "impact", "--validation", "--validation-file", file.toString(),
                "--kb", base.toString(), "--cases", cases.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("Wrote " + file + ": 2 of 3 cases at the expected level (66.7%), 1 over-triaged, "
                + "0 under-triaged, 2 not counted.\n");
        assertThat(Files.readString(file))
                .contains("- `" + cases + "`: 5 cases\n")
                .contains("**2 of 3 cases (66.7%) get exactly the expected level**; 1 are over-triaged")
                .contains("| call_emergency | 1 | 1 | 0 | 0 |\n| emergency_department | 1 | 1 | 0 | 0 |\n"
                        + "| urgent | 1 | 0 | 1 | 0 |\n| see_doctor | 0 | 0 | 0 | 0 |\n| self_care | 0 | 0 | 0 | 0 |\n"
                        + "| **all** | **3** | **2** | **1** | **0** |\n")
                .contains("- C3 Crack, expected urgent (`" + cases.resolve("C3.json")
                        + "`): expected urgent, got emergency_department (over-triaged)\n")
                .contains("- C2 A short cramp (`" + cases.resolve("C2.json") + "`): no expected level (expect.triage)\n")
                .contains("- C5 Unknown finding (`" + cases.resolve("C5.json")
                        + "`): invalid evidence: findings.nope: unknown finding\n")
                .contains("49-58% correct triage (Semigran et al., BMJ 2015)")
                .contains("not an independent test");
    }

    @Test
    void with_json_the_validation_note_goes_to_standard_error_so_the_output_stays_json() throws IOException {
        Path file = tmp.resolve("VALIDATION.md");

        CommandLineRun r = impact(base, "--json", "--validation", "--validation-file", file.toString());

        assertThat(r.exit()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("summary").get("changed").asInt()).isZero();
        assertThat(r.err()).startsWith("Wrote " + file + ": ");
        assertThat(file).exists();
    }

    @Test
    void help_names_the_case_folders_searched_and_the_exit_codes() {
        CommandLineRun r = CommandLineRun.run("", "kb", "impact", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("../shared/vignettes")
                .contains("crampwise-core/src/test/resources/scenarios").contains("from the working directory")
                .contains("1 some case's level went down").contains("3 a knowledge base is broken");
    }
}
