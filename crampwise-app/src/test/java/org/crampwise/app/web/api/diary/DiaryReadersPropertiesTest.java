package org.crampwise.app.web.api.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.crampwise.diary.Episode;
import org.crampwise.app.web.HttpError;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;

/**
 * Whatever a client sends as an episode or a day, the readers either accept it or refuse it
 * with a 400 naming fields: never another exception (which would be a 500).
 */
class DiaryReadersPropertiesTest {
    static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    static final EpisodeReader READER = new EpisodeReader(KB);
    static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");
    static final List<String> EPISODE_FIELDS = List.of("start", "zone", "durationMinutes", "location", "side",
            "painScore", "context", "helped", "notes", "findings", "id", "createdAt");
    static final List<String> DAY_FIELDS = List.of("fluidsGlasses", "exerciseLevel", "hoursSitting", "alcoholUnits",
            "caffeineDrinks", "heavySweating", "newMedicine", "pregnancyWeek", "tags", "date");

    /** Any JSON value, nested a little, with values near the edges of what is accepted. */
    static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-0", "1e400", "-1", "10", "11", "1440", "1441", "2.5",
                        "3.0", "99999999999999999999", "0.0000001", "1E+2", "-1e-400"),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("\"2025-11-20T03:10:00+00:00\"", "\"2025-11-20T03:10:00\"", "\"2025-11-20T03:10Z\"",
                        "\"+999999999-12-31T23:59:59+18:00\"", "\"Europe/London\"", "\"Europe/Paris\"", "\"Z\"",
                        "\"calf\"", "\"left\"", "\"in_bed\"", "\"2025-11-20\"", "\"\"", "\"\\u0000\"", "\"a,b\""),
                Arbitraries.strings().ofMaxLength(30).map(s -> "\"" + escape(s) + "\""));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> array = value(depth - 1).list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> object = member(Arbitraries.of(KB.findings().stream().map(Finding::id).toList()), depth - 1)
                .list().ofMaxSize(4).map(l -> "{" + String.join(",", l) + "}");
        return Arbitraries.oneOf(scalar, scalar, array, object);
    }

    static Arbitrary<String> member(Arbitrary<String> names, int depth) {
        return Combinators.combine(Arbitraries.oneOf(names, Arbitraries.strings().ofMaxLength(8)), value(depth))
                .as((n, v) -> "\"" + escape(n) + "\":" + v);
    }

    static String escape(String s) {
        return new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s));
    }

    @Provide
    Arbitrary<String> episodes() {
        return body(EPISODE_FIELDS);
    }

    @Provide
    Arbitrary<String> days() {
        return body(DAY_FIELDS);
    }

    private static Arbitrary<String> body(List<String> fields) {
        Arbitrary<String> object = member(Arbitraries.of(fields), 2).list().ofMaxSize(12)
                .map(l -> "{" + String.join(",", l) + "}");
        // Now and then cut short or with rubbish around it: malformed JSON too.
        return Arbitraries.oneOf(object, object, object,
                object.map(s -> s.substring(0, s.length() / 2)), object.map(s -> s + "]"),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Property(tries = 1000)
    void any_episode_body_is_accepted_or_refused_with_named_fields(@ForAll("episodes") String body) {
        try {
            Episode e = READER.read(body.getBytes(StandardCharsets.UTF_8), NOW);
            assertThat(e.durationMinutes()).isBetween(0, Episode.MAX_DURATION_MINUTES);
            assertThat(e.start().toInstant()).isBefore(NOW.plus(EpisodeReader.FUTURE_SLACK).plusSeconds(1));
        } catch (HttpError.BadRequest refused) {
            assertThat(refused.fieldProblems()).isNotEmpty();
            assertThat(refused.fieldProblems().stream().map(HttpError.FieldProblem::field)
                    .collect(Collectors.toList())).doesNotContain("");
        }
    }

    @Property(tries = 1000)
    void any_day_body_is_accepted_or_refused_with_named_fields(@ForAll("days") String body) {
        try {
            var day = DayReader.read(LocalDate.of(2025, 11, 20), LocalDate.of(2026, 11, 27),
                    body.getBytes(StandardCharsets.UTF_8));
            assertThat(day.tags()).allMatch(t -> !t.contains(",") && !t.isBlank());
        } catch (HttpError.BadRequest refused) {
            assertThat(refused.fieldProblems()).isNotEmpty();
        }
    }
}
