package org.crampwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {
    private static final String CALM = "{\"findings\":{\"location\":\"inner_thigh\",\"sudden_tightening\":true}}";

    @Test
    void assess_reads_evidence_from_standard_input_and_prints_the_assessment_json() {
        CommandLineRun r = CommandLineRun.run(CALM, "assess", "--input", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("{").contains("\"level\": \"self_care\"").contains("\"complete\": false")
                .contains("\"disclaimer\"").contains("\"knowledgeBase\"");
    }

    @Test
    void assess_reads_evidence_from_a_file(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("e.json");
        Files.writeString(f, "{\"findings\":{\"one_leg_swollen\":true}}");
        CommandLineRun r = CommandLineRun.run("", "assess", "--input", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"level\": \"urgent\"").contains("\"rule\": \"dvt_signs\"");
    }

    @Test
    void the_same_evidence_gives_byte_identical_output() {
        assertThat(CommandLineRun.run(CALM, "assess", "--input", "-").out())
                .isEqualTo(CommandLineRun.run(CALM, "assess", "--input", "-").out());
    }

    @Test
    void invalid_evidence_prints_nothing_on_standard_output_one_line_naming_the_field_and_exits_2() {
        String[][] cases = {
            {"{\"findings\":{\"age_years\":\"old\"}}", "findings.age_years"},
            {"{\"findings\":{\"kneecap\":true}}", "findings.kneecap"},
            {"{\"findings\":{\"pain_score\":11}}", "findings.pain_score"},
            {"{\"findings\":{\"location\":\"knee\"}}", "findings.location"},
            {"{\"findings\":{\"breathless\":true}", "input"},
            {"", "input"},
            {"{\"findings\":{},\"skipped\":[\"nope\"]}", "skipped[0]"},
        };
        for (String[] c : cases) {
            CommandLineRun r = CommandLineRun.run(c[0], "assess", "--input", "-");
            assertThat(r.exit()).as(c[0]).isEqualTo(2);
            assertThat(r.out()).as(c[0]).isEmpty();
            assertThat(r.err()).as(c[0]).startsWith(c[1] + ": ");
            assertThat(r.err().strip().lines()).as(c[0]).hasSize(1);
        }
    }

    @Test
    void a_body_over_64_kib_is_rejected_without_output() {
        String big = "{\"findings\":{\"breathless\":true}," + "\"pad\":\"" + "x".repeat(70_000) + "\"}";
        CommandLineRun r = CommandLineRun.run(big, "assess", "--input", "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("input: is larger than 64 KiB");
    }

    @Test
    void a_missing_input_file_is_named_in_the_error() {
        CommandLineRun r = CommandLineRun.run("", "assess", "--input", "/no/such/file.json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no such file").contains("/no/such/file.json");
    }

    @Test
    void help_and_version_work_on_every_command() {
        for (String[] args : new String[][] {{"--help"}, {"assess", "--help"}, {"check", "--help"}, {"kb", "--help"},
                {"kb", "validate", "--help"}}) {
            CommandLineRun r = CommandLineRun.run("", args);
            assertThat(r.exit()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).contains("Usage:");
        }
        for (String[] args : new String[][] {{"--version"}, {"assess", "--version"}, {"check", "--version"}}) {
            assertThat(CommandLineRun.run("", args).out()).matches("(?s)crampwise \\S+ \\(knowledge base \\S+\\)\\s*");
        }
    }
}
