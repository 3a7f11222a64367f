package org.crampwise.app.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseException;
import org.junit.jupiter.api.Test;

/** The learn pages in Spanish: knowledge/es/learn.yaml laid over learn.yaml, and checked as it is laid. */
class LearnOverlayTest {
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final KnowledgeBase KB = LearnLoaderTest.KB;
    private static final Learn ENGLISH = LearnLoader.builtIn(KB);
    private static final String FILE = "es/learn.yaml";

    private static String spanishYaml() throws IOException {
        return Files.readString(Path.of("../knowledge/es/learn.yaml"), StandardCharsets.UTF_8);
    }

    /** The Spanish file with the one occurrence of {@code old} replaced. */
    private static String broken(String old, String replacement) throws IOException {
        return LearnLoaderTest.replacedOnce(spanishYaml(), FILE, old, replacement);
    }

    private static List<String> problems(String yaml) {
        KnowledgeBaseException e = catchThrowableOfType(KnowledgeBaseException.class,
                () -> LearnOverlay.apply(ENGLISH, yaml, FILE));
        assertThat(e).as("the broken es/learn.yaml was accepted").isNotNull();
        return e.problems();
    }

    @Test
    void the_spanish_pages_have_the_english_ids_sources_dates_and_lists_with_spanish_texts() {
        Learn spanish = LearnLoader.builtIn(KB.in(SPANISH));
        assertThat(spanish.pages()).extracting(LearnPage::id)
                .containsExactlyElementsOf(ENGLISH.pages().stream().map(LearnPage::id).toList());
        LearnPage es = spanish.page("what-is-a-cramp");
        LearnPage en = ENGLISH.page("what-is-a-cramp");
        assertThat(es.title()).isEqualTo("¿Qué es un calambre?");
        assertThat(es.sources()).isEqualTo(en.sources());
        assertThat(es.related()).isEqualTo(en.related());
        assertThat(es.published()).isEqualTo(en.published());
        for (int i = 0; i < en.sections().size(); i++) {
            assertThat(es.sections().get(i).paragraphs()).hasSameSizeAs(en.sections().get(i).paragraphs());
            assertThat(es.sections().get(i).knowledge()).isEqualTo(en.sections().get(i).knowledge());
        }
        assertThat(LearnLoader.builtIn(KB.in(Locale.ENGLISH)).pages()).isEqualTo(ENGLISH.pages());
    }

    @Test
    void a_page_out_of_order_or_missing_is_an_error_naming_the_file_and_the_id() throws IOException {
        assertThat(problems(broken("- id: causes\n", "- id: causas\n")))
                .anySatisfy(p -> assertThat(p).startsWith("es/learn.yaml: page 'causes': id is 'causas'"));
        String yaml = spanishYaml();
        String lastOff = yaml.substring(0, yaml.indexOf("- id: when-it-is-something-else"));
        assertThat(problems(lastOff)).containsExactly("es/learn.yaml: page 'when-it-is-something-else': missing"
                + " (learn.yaml has it)");
    }

    @Test
    void a_paragraph_more_or_a_missing_title_is_an_error_naming_the_page_and_section() throws IOException {
        assertThat(problems(broken("        - El músculo puede doler un rato después de que se vaya el calambre.\n",
                "        - El músculo puede doler un rato después de que se vaya el calambre.\n        - Otro más.\n")))
                .containsExactly("es/learn.yaml: page 'what-is-a-cramp': section #2: 3 paragraphs where learn.yaml has 2");
        assertThat(problems(broken("  title: ¿Qué es un calambre?\n", "")))
                .containsExactly("es/learn.yaml: page 'what-is-a-cramp': missing 'title'");
    }

    @Test
    void a_text_that_drops_a_placeholder_or_adds_a_field_is_an_error() throws IOException {
        assertThat(problems(broken("Pida una cita con su {gp} si además tiene partes dormidas",
                "Pida una cita con su médico si además tiene partes dormidas")))
                .containsExactly("es/learn.yaml: page 'what-is-a-cramp': section #5: bullets #4: 'bullets' has"
                        + " placeholders [] where learn.yaml has [{gp}]");
        assertThat(problems(broken("- id: causes\n", "- id: causes\n  published: 2026-01-01\n")))
                .anySatisfy(p -> assertThat(p).startsWith("es/learn.yaml: page 'causes': unknown field 'published'"));
    }
}
