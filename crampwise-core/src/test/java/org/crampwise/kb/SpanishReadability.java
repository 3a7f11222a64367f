package org.crampwise.kb;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Fernández-Huerta reading ease of a Spanish text, the Spanish counterpart of Flesch's:
 *
 * <p>L = 206.84 − 0.60 × P − 1.02 × F, with P the syllables per 100 words and F the words per
 * sentence (Fernández Huerta 1959, "Medidas sencillas de lecturabilidad"; F as words per sentence,
 * the reading Law 2011 showed to be the formula's intent). 70–80 is "fairly easy", 80–90 "easy".
 * Words and sentences are counted as {@link Readability} counts them; syllables by Spanish rules:
 * one per vowel nucleus, where a weak vowel (i, u, ü, a final y) joins a neighbour into a
 * diphthong unless it is accented (í, ú: día, oído), two strong vowels (a, e, o) are two
 * syllables (le-er), and the u of que, qui, gue, gui is silent.
 */
final class SpanishReadability {
    /** A text below this fails. */
    static final double MIN_SCORE = 50.0;
    /** The median of all texts must reach this. */
    static final double MIN_MEDIAN = 70.0;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z_]+}");
    private static final String STRONG = "aeoáéó";
    private static final String WEAK = "iuü";
    private static final String ACCENTED_WEAK = "íú";

    private SpanishReadability() {
    }

    static double fernandezHuerta(String text) {
        String plain = PLACEHOLDER.matcher(text).replaceAll("5"); // {value}: one short word
        List<String> words = Readability.words(plain);
        if (words.isEmpty()) {
            return 100.0;
        }
        int syllables = words.stream().mapToInt(SpanishReadability::syllables).sum();
        double p = 100.0 * syllables / words.size();
        double f = (double) words.size() / Readability.sentences(plain);
        return 206.84 - 0.60 * p - 1.02 * f;
    }

    /** The syllables of one Spanish word: at least one (a number counts as one). */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (w.chars().noneMatch(Character::isLetter)) {
            return 1;
        }
        w = w.replaceAll("([qg])u([eéií])", "$1$2").replaceAll("y$", "i");
        int count = 0;
        char previous = ' '; // ' ' consonant or start, 's' strong, 'w' weak, 'a' accented weak
        for (char c : w.toCharArray()) {
            if (STRONG.indexOf(c) >= 0) {
                if (previous != 'w') {
                    count++; // after a weak vowel a strong one closes the diphthong (ia, ue)
                }
                previous = 's';
            } else if (ACCENTED_WEAK.indexOf(c) >= 0) {
                count++;
                previous = 'a';
            } else if (WEAK.indexOf(c) >= 0) {
                if (previous == ' ' || previous == 'a') {
                    count++;
                }
                previous = previous == ' ' || previous == 'a' ? 'w' : 'j'; // 'j': joined to the vowel before
            } else {
                previous = ' ';
            }
        }
        return Math.max(1, count);
    }
}
