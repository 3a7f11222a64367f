package org.crampwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundles of page and terminal words: every language has every key, with the same
 * placeholders and arguments, and its plurals, numbers and dates follow the language (ICU4J and
 * java.time, never the machine's locale).
 */
class MessagesTest {
    private static final Path FOLDER = Path.of("src/main/resources/org/crampwise/app/web");
    /** A region placeholder ({emergency}) or a MessageFormat argument ({0}, {1,plural,...}). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+|\\d+)[},]");

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static List<Path> translations() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.getFileName().toString().matches("messages_[a-z]{2,3}\\.properties")).sorted()
                    .toList();
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void every_language_has_every_key_of_the_english_bundle_and_no_other_with_the_same_placeholders()
            throws IOException {
        Properties english = read(FOLDER.resolve("messages.properties"));
        List<Path> others = translations();
        assertThat(others).as("a bundle of another language beside messages.properties")
                .contains(FOLDER.resolve("messages_es.properties"));
        for (Path file : others) {
            Properties other = read(file);
            List<String> problems = new ArrayList<>();
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String text = other.getProperty(key);
                if (text == null) {
                    problems.add(key + ": missing");
                } else if (!placeholders(text).equals(placeholders(english.getProperty(key)))) {
                    problems.add(key + ": placeholders " + placeholders(text) + " where English has "
                            + placeholders(english.getProperty(key)));
                }
            }
            for (String key : new TreeSet<>(other.stringPropertyNames())) {
                if (!english.containsKey(key)) {
                    problems.add(key + ": not in messages.properties");
                }
            }
            assertThat(problems).as("%s", file.getFileName()).isEmpty();
        }
    }

    @Test
    void the_placeholder_check_sees_a_missing_argument_and_a_region_word() {
        assertThat(placeholders("Llame al {emergency}: {0,plural,one{# día} other{# días}} y {1}"))
                .containsExactly("0", "1", "emergency");
        assertThat(placeholders("Call {emergency}")).isNotEqualTo(placeholders("Llame al {urgent}"));
    }

    @Test
    void counts_take_the_plural_form_of_the_language() {
        Messages en = new Messages(Locale.ENGLISH, "999", "111");
        Messages es = new Messages(Locale.forLanguageTag("es"), "999", "111");
        assertThat(en.get("diary.minutes", 1)).isEqualTo("1 minute");
        assertThat(en.get("diary.minutes", 2)).isEqualTo("2 minutes");
        assertThat(en.get("diary.minutes", 0)).isEqualTo("under a minute");
        assertThat(es.get("diary.minutes", 1)).isEqualTo("1 minuto");
        assertThat(es.get("diary.minutes", 12)).isEqualTo("12 minutos");
        assertThat(en.get("summary.complete", 1, 1)).isEqualTo("Logged 1 of 1 day.");
        assertThat(en.get("insights.counts", 1, 1, 0, 2)).isEqualTo("1 cramp on 1 day with it; no cramps on 2 days without");
    }

    @Test
    void numbers_and_dates_are_written_the_languages_way_whatever_the_machines_locale() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // a machine in another language changes nothing
            Messages en = new Messages(Locale.ENGLISH, "999", "111");
            Messages es = new Messages(Locale.forLanguageTag("es"), "999", "111");
            assertThat(en.decimal(2.5, 2)).isEqualTo("2.50");
            assertThat(es.decimal(2.5, 2)).isEqualTo("2,50");
            LocalDate day = LocalDate.of(2026, 12, 6);
            assertThat(en.dates("date.day").format(day)).isEqualTo("Sun 6 Dec 2026");
            assertThat(es.dates("date.long").format(day)).isEqualTo("6 de diciembre de 2026");
            assertThat(en.language()).isEqualTo("en");
            assertThat(es.language()).isEqualTo("es");
        } finally {
            Locale.setDefault(machine);
        }
    }
}
