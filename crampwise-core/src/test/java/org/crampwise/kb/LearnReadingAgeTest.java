package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The learn pages (knowledge/learn.yaml, shown by the app) are for a reading age of 9 to 11, as
 * the rest of the knowledge base: no text above grade 9, and a median grade of 6 or less over
 * their paragraphs and bullets. Lists the pages read from causes.yaml and advice.yaml are checked
 * by {@link KnowledgeBaseReadingAgeTest}. A failure names each text that is too hard.
 */
class LearnReadingAgeTest {
    private static final Path LEARN = Path.of("../knowledge/learn.yaml");
    /** The Spanish pages: the same shape, only ids and texts (knowledge/README.md, "Languages"). */
    private static final Path LEARN_ES = Path.of("../knowledge/es/learn.yaml");

    private static Map<String, String> texts(boolean prose) throws IOException {
        return texts(LEARN, prose);
    }

    /** Every text of a learn file, keyed by where it is; {@code prose} keeps paragraphs and bullets only. */
    private static Map<String, String> texts(Path file, boolean prose) throws IOException {
        List<?> pages = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(file, StandardCharsets.UTF_8));
        Map<String, String> texts = new LinkedHashMap<>();
        for (Object o : pages) {
            Map<?, ?> page = (Map<?, ?>) o;
            String where = "learn.yaml: page '" + page.get("id") + "': ";
            if (!prose) {
                texts.put(where + "title", (String) page.get("title"));
                texts.put(where + "summary", (String) page.get("summary"));
            }
            for (Object s : (List<?>) page.get("sections")) {
                Map<?, ?> section = (Map<?, ?>) s;
                String in = where + "section '" + section.get("heading") + "': ";
                if (!prose) {
                    texts.put(in + "heading", (String) section.get("heading"));
                }
                for (String key : List.of("paragraphs", "bullets")) {
                    List<?> list = section.get(key) == null ? List.of() : (List<?>) section.get(key);
                    for (int i = 0; i < list.size(); i++) {
                        texts.put(in + key + " #" + (i + 1), (String) list.get(i));
                    }
                }
            }
        }
        return texts;
    }

    @Test
    void every_page_has_text_to_check() throws IOException {
        assertThat(texts(true)).hasSizeGreaterThan(50);
    }

    @Test
    void no_text_of_the_learn_pages_is_above_grade_9() throws IOException {
        List<String> tooHard = new ArrayList<>();
        texts(false).forEach((where, text) -> {
            double grade = Readability.fleschKincaidGrade(text);
            if (grade > Readability.MAX_GRADE) {
                tooHard.add(String.format(Locale.ROOT, "%s: grade %.1f: %s", where, grade, text));
            }
        });
        assertThat(tooHard).as("texts above grade 9").isEmpty();
    }

    @Test
    void the_median_grade_of_the_paragraphs_and_bullets_is_6_or_less() throws IOException {
        List<Double> grades = texts(true).values().stream().map(Readability::fleschKincaidGrade).toList();
        assertThat(Readability.median(grades)).isLessThanOrEqualTo(Readability.MAX_MEDIAN);
    }

    @Test
    void no_spanish_text_of_the_learn_pages_scores_below_50_fernandez_huerta() throws IOException {
        List<String> tooHard = new ArrayList<>();
        texts(LEARN_ES, false).forEach((where, text) -> {
            double score = SpanishReadability.fernandezHuerta(text);
            if (score < SpanishReadability.MIN_SCORE) {
                tooHard.add(String.format(Locale.ROOT, "es/%s: %.1f: %s", where, score, text));
            }
        });
        assertThat(tooHard).as("Spanish texts below 50").isEmpty();
    }

    @Test
    void the_spanish_paragraphs_and_bullets_have_a_median_of_at_least_70() throws IOException {
        Map<String, String> spanish = texts(LEARN_ES, true);
        assertThat(spanish).hasSameSizeAs(texts(true));
        List<Double> scores = spanish.values().stream().map(SpanishReadability::fernandezHuerta).toList();
        assertThat(Readability.median(scores)).isGreaterThanOrEqualTo(SpanishReadability.MIN_MEDIAN);
    }
}
