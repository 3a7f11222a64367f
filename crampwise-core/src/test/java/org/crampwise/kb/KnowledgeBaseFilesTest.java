package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge base loader reports a file it cannot read (not valid YAML, or missing) once, with its
 * line, and rejects fields it does not know, naming the file and the entry.
 * Each broken copy of the real knowledge base ({@link BrokenKb}) has one small textual edit (or a few),
 * and the whole list of problems is asserted, so each test also proves that the edit broke nothing else.
 */
class KnowledgeBaseFilesTest {

    @TempDir
    Path dir;

    BrokenKb kb;

    @BeforeEach
    void copyTheRealKnowledgeBase() {
        kb = BrokenKb.copyInto(dir);
    }

    @Nested
    class Files_that_cannot_be_read {

        @Test
        void a_yaml_syntax_error_is_reported_once_with_its_line() {
            String old = "  title: Pulmonary embolism\n";
            int line = lineOf(kb.text("sources.yaml"), old);
            kb.replace("sources.yaml", old, "  title: Pulmonary: embolism\n");
            assertThat(kb.rejected()).containsExactly(
                    "sources.yaml: line " + line + ": not valid YAML: mapping values are not allowed here");
        }

        @Test
        void a_yaml_syntax_error_in_a_small_file_is_reported_once_with_its_line() {
            String old = "- id: hernia_danger_signs\n";
            int line = lineOf(kb.text("screens.yaml"), old);
            kb.replace("screens.yaml", old, "- id: [hernia_danger_signs\n");
            List<String> problems = kb.rejected();
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0)).startsWith("screens.yaml: line ").contains(": not valid YAML: ");
            int reported = Integer.parseInt(problems.get(0).replaceAll("^screens\\.yaml: line (\\d+): .*$", "$1"));
            assertThat(reported).as("the line reported").isBetween(line, line + 1);
        }

        @Test
        void a_field_given_twice_in_one_entry_is_rejected_with_its_line() {
            String old = "  headline: Go to A&E now. Your leg may be broken or badly torn.\n";
            int line = lineOf(kb.text("rules.yaml"), old);
            kb.replace("rules.yaml", old, old + "  level: urgent\n");
            assertThat(kb.rejected()).containsExactly(
                    "rules.yaml: line " + (line + 1) + ": not valid YAML: found duplicate key level");
        }

        @Test
        void a_missing_file_is_reported_once_naming_the_file_and_the_folder() throws Exception {
            kb.delete("screens.yaml");
            assertThat(Files.exists(dir.resolve("screens.yaml"))).isFalse();
            assertThat(kb.rejected()).containsExactly("screens.yaml: file is missing from " + dir);
        }
    }

    @Nested
    class Unknown_fields {

        @Test
        void a_misspelt_optional_field_is_rejected_as_unknown() {
            kb.replace("findings.yaml", "  askIf: sex = female\n", "  askif: sex = female\n");
            assertThat(kb.rejected()).containsExactly(
                    "findings.yaml: finding 'hormonal_contraception_or_hrt': unknown field 'askif'");
        }

        @Test
        void a_misspelt_required_field_is_rejected_as_unknown_and_missing() {
            kb.replace("rules.yaml", "  explanation: Most cramps stop within 10 minutes",
                    "  explaination: Most cramps stop within 10 minutes");
            assertThat(kb.rejected()).containsExactlyInAnyOrder(
                    "rules.yaml: rule 'cramp_will_not_stop': unknown field 'explaination'",
                    "rules.yaml: rule 'cramp_will_not_stop': missing 'explanation'");
        }

        @Test
        void a_misspelt_field_of_an_advice_item_is_rejected_as_unknown() {
            kb.replace("advice.yaml", "wait to be seen.\n      sources: [nhs_dvt, nhs_phlebitis]\n",
                    "wait to be seen.\n      source: [nhs_dvt, nhs_phlebitis]\n");
            assertThat(kb.rejected()).containsExactlyInAnyOrder(
                    "advice.yaml: items: relief item 'rest_and_elevate': unknown field 'source'",
                    "advice.yaml: items: relief item 'rest_and_elevate': no source");
        }
    }

    /** The 1-based line of the first occurrence of {@code s} in {@code text}. */
    private static int lineOf(String text, String s) {
        int at = text.indexOf(s);
        assertThat(at).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
