package org.crampwise.app.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseException;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

class LearnLoaderTest {
    static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    private static final Path LEARN = Path.of("../knowledge/learn.yaml");

    static String learnYaml() {
        try {
            return Files.readString(LEARN, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** learn.yaml with the one occurrence of {@code old} replaced: fails if it is not there exactly once. */
    private static String broken(String old, String replacement) {
        return replacedOnce(learnYaml(), "learn.yaml", old, replacement);
    }

    /** {@code text} (of {@code file}) with the one occurrence of {@code old} replaced: fails if it is not there exactly once. */
    static String replacedOnce(String text, String file, String old, String replacement) {
        int at = text.indexOf(old);
        assertThat(at).as("'%s' occurs in %s", old, file).isNotNegative();
        assertThat(text.indexOf(old, at + 1)).as("'%s' occurs only once in %s", old, file).isNegative();
        return text.substring(0, at) + replacement + text.substring(at + old.length());
    }

    private static List<String> problems(String yaml) {
        KnowledgeBaseException e = catchThrowableOfType(KnowledgeBaseException.class,
                () -> LearnLoader.load(yaml, KB));
        assertThat(e).as("the broken learn.yaml was accepted").isNotNull();
        return e.problems();
    }

    @Test
    void the_built_in_pages_load_in_order_with_every_topic() {
        Learn learn = LearnLoader.builtIn(KB);
        assertThat(learn.pages()).extracting(LearnPage::id).containsExactly("what-is-a-cramp", "inner-thigh-cramps",
                "who-is-at-risk", "causes", "easing-and-preventing", "when-it-is-something-else");
        assertThat(learn.pages()).allSatisfy(p -> {
            assertThat(p.sections()).isNotEmpty();
            assertThat(p.sources()).isNotEmpty();
            assertThat(p.reviewed()).isAfterOrEqualTo(p.published());
        });
    }

    @Test
    void the_file_in_the_jar_is_the_reviewed_file_in_knowledge() {
        assertThat(LearnLoader.builtIn(KB).pages()).isEqualTo(LearnLoader.load(LEARN, KB).pages());
    }

    @Test
    void an_unknown_source_is_rejected_naming_the_page_and_the_source() {
        String yaml = broken("  sources: [seed_article, nhs_leg_cramps, mayo_cramp]\n",
                "  sources: [seed_article, nhs_leg_cramps, mayo_cramp, x]\n");
        assertThat(problems(yaml)).containsExactly("learn.yaml: page 'easing-and-preventing': unknown source 'x'");
    }

    @Test
    void an_unknown_related_page_is_rejected_naming_the_page() {
        String yaml = broken("  related: [causes, easing-and-preventing, what-is-a-cramp]\n",
                "  related: [causes, easing-and-prevention, what-is-a-cramp]\n");
        assertThat(problems(yaml))
                .containsExactly("learn.yaml: page 'who-is-at-risk': unknown related page 'easing-and-prevention'");
    }

    @Test
    void a_missing_field_is_rejected_naming_the_page_and_the_field() {
        String yaml = broken("  summary: Pain in the thigh is not always a cramp.", "  # summary: gone.");
        assertThat(problems(yaml)).containsExactly("learn.yaml: page 'when-it-is-something-else': missing 'summary'");
    }

    @Test
    void a_missing_date_and_a_date_that_is_not_one_are_rejected() {
        String text = learnYaml().replaceFirst("  published: 2026-11-26\n", "")
                .replaceFirst("  reviewed: 2026-11-26\n", "  reviewed: soon\n");
        assertThat(problems(text)).containsExactly(
                "learn.yaml: page 'what-is-a-cramp': missing 'published'",
                "learn.yaml: page 'what-is-a-cramp': 'reviewed' must be a date (YYYY-MM-DD), got 'soon'");
    }

    @Test
    void an_unknown_knowledge_base_item_is_rejected_naming_the_page_and_the_section() {
        String yaml = broken("        ids: [stretch_gently, massage, heat, warm_bath_or_shower]\n",
                "        ids: [stretch_gently, massage, heat, cold_shower]\n");
        assertThat(problems(yaml)).containsExactly("learn.yaml: page 'inner-thigh-cramps': "
                + "section 'Ease an inner thigh cramp': knowledge: unknown relief item 'cold_shower'");
    }

    @Test
    void a_text_that_yaml_reads_as_a_mapping_is_rejected() {
        String yaml = broken("        - Painkillers do not stop a cramp that is happening.",
                "        - Note: painkillers do not stop a cramp that is happening.");
        assertThat(problems(yaml)).containsExactly("learn.yaml: page 'what-is-a-cramp': "
                + "section 'Why cramps happen': 'paragraphs' #2 must be a text (a ': ' inside a text needs quotes)");
    }

    @Test
    void an_unknown_field_a_duplicate_id_and_a_bad_id_are_all_reported_together() {
        String yaml = broken("- id: causes\n", "- id: Causes\n  colour: red\n")
                .replace("- id: who-is-at-risk\n", "- id: inner-thigh-cramps\n");
        assertThat(problems(yaml)).containsExactlyInAnyOrder(
                "learn.yaml: page 'inner-thigh-cramps': duplicate page id",
                "learn.yaml: page 'Causes': unknown field 'colour'",
                "learn.yaml: page 'Causes': id must be lower-case words joined by hyphens, as it is part of the address",
                "learn.yaml: page 'Causes': unknown related page 'who-is-at-risk'",
                "learn.yaml: page 'what-is-a-cramp': unknown related page 'causes'",
                "learn.yaml: page 'inner-thigh-cramps': unknown related page 'causes'",
                "learn.yaml: page 'easing-and-preventing': unknown related page 'causes'",
                "learn.yaml: page 'when-it-is-something-else': unknown related page 'causes'");
    }

    @Test
    void a_yaml_syntax_error_is_reported_with_its_line() {
        assertThat(problems("- id: x\n  title: [oops\n")).singleElement().asString()
                .startsWith("learn.yaml: line ").contains("not valid YAML");
    }
}
