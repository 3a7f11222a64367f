package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crampwise.Cases;
import org.junit.jupiter.api.Test;

/**
 * The Spanish texts are as easy to read as the English: every one at least 50 on the
 * Fernández-Huerta scale and the median at least 70 ("bastante fácil"), as the English pass
 * Flesch-Kincaid. A failure names each text that is too hard.
 */
class SpanishReadingAgeTest {
    private static final KnowledgeBase ES = Cases.KB.in(Locale.forLanguageTag("es"));

    @Test
    void syllables_are_counted_by_spanish_rules() {
        assertThat(SpanishReadability.syllables("pierna")).isEqualTo(2);
        assertThat(SpanishReadability.syllables("calambre")).isEqualTo(3);
        assertThat(SpanishReadability.syllables("músculo")).isEqualTo(3);
        assertThat(SpanishReadability.syllables("coágulo")).isEqualTo(4);
        assertThat(SpanishReadability.syllables("día")).isEqualTo(2);
        assertThat(SpanishReadability.syllables("oído")).isEqualTo(3);
        assertThat(SpanishReadability.syllables("cuidado")).isEqualTo(3);
        assertThat(SpanishReadability.syllables("que")).isEqualTo(1);
        assertThat(SpanishReadability.syllables("muy")).isEqualTo(1);
        assertThat(SpanishReadability.syllables("911")).isEqualTo(1);
    }

    @Test
    void short_plain_sentences_score_high_and_long_learned_words_low() {
        assertThat(SpanishReadability.fernandezHuerta("Llame al 911 ahora.")).isGreaterThan(90);
        assertThat(SpanishReadability.fernandezHuerta("Trombosis venosa profunda")).isLessThan(SpanishReadability.MIN_SCORE);
    }

    @Test
    void no_spanish_text_of_the_knowledge_base_scores_below_50() {
        List<String> tooHard = new ArrayList<>();
        texts().forEach((where, text) -> {
            double score = SpanishReadability.fernandezHuerta(text);
            if (score < SpanishReadability.MIN_SCORE) {
                tooHard.add(String.format(Locale.ROOT, "es/%s: %.1f: %s", where, score, text));
            }
        });
        assertThat(tooHard).as("Spanish texts below 50").isEmpty();
    }

    @Test
    void the_median_of_the_spanish_texts_is_at_least_70() {
        List<Double> scores = new ArrayList<>();
        texts().values().forEach(t -> scores.add(SpanishReadability.fernandezHuerta(t)));
        assertThat(scores).hasSizeGreaterThan(300);
        assertThat(Readability.median(scores)).isGreaterThanOrEqualTo(SpanishReadability.MIN_MEDIAN);
    }

    @Test
    void every_spanish_text_differs_from_the_english_except_names_and_numbers() {
        var english = KnowledgeBaseReadingAgeTest.texts(Cases.KB);
        var spanish = texts();
        assertThat(spanish.keySet()).isEqualTo(english.keySet());
        List<String> same = new ArrayList<>();
        spanish.forEach((where, text) -> {
            if (text.equals(english.get(where)) && text.matches(".*\\p{Ll}{3,}.*")) {
                same.add(where + ": " + text);
            }
        });
        assertThat(same).as("texts left in English").isEmpty();
    }

    private static java.util.Map<String, String> texts() {
        // The diary says a factor's words in "Los días en que ..., tuvo más calambres."
        return KnowledgeBaseReadingAgeTest.texts(ES, "Los días en que %s, tuvo más calambres.");
    }
}
