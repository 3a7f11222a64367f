package org.crampwise.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Flesch–Kincaid grade calculator for the texts of the knowledge base.
 *
 * <p>grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * <ul>
 *   <li>A word is a run of letters, digits and apostrophes. A word made only of digits (and
 *       apostrophes) counts as one syllable.
 *   <li>A sentence ends at a run of {@code . ! ?} followed by white space or the end of the text.
 *       A text with no sentence-ending punctuation is one sentence; so is a trailing part
 *       without a full stop.
 *   <li>Syllables are guessed with an English heuristic: vowel groups (a, e, i, o, u, y), less
 *       a silent final 'e' (but not '-le' after a consonant), a silent 'e' in '-es' and '-ed'
 *       endings, plus one for a separately sounded vowel in '-ing' (being, lying) and in 'ia'
 *       (dialysis); at least one per word.
 * </ul>
 *
 * <p>It is also a single-file program: {@code java Readability.java FILE.yaml ...} prints the
 * grade of each text in the files, flags those above grade 9 and prints the median. Its exit
 * status is 1 when a text is above grade 9 or the median is above 6.
 */
final class Readability {

    /** Grade above which a single text fails. */
    static final double MAX_GRADE = 9.0;
    /** Largest allowed median grade over all texts. */
    static final double MAX_MEDIAN = 6.0;

    /** The YAML keys whose values are texts a person reads. */
    static final Set<String> TEXT_KEYS = Set.of(
            "question", "short", "help", "whenTrue", "whenFalse", "says", "label", "text", "why",
            "headline", "explanation", "name", "summary", "action", "disclaimer");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z_]+}");

    private Readability() {
    }

    /** The Flesch–Kincaid grade of a text; 0 for a text with no words. */
    static double fleschKincaidGrade(String text) {
        String plain = PLACEHOLDER.matcher(text).replaceAll("5"); // {value}, {label}: one short word
        List<String> words = words(plain);
        if (words.isEmpty()) {
            return 0.0;
        }
        int syllables = 0;
        for (String w : words) {
            syllables += syllables(w);
        }
        int sentences = sentences(plain);
        return 0.39 * ((double) words.size() / sentences)
                + 11.8 * ((double) syllables / words.size())
                - 15.59;
    }

    /** The words of a text: runs of letters, digits and apostrophes. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().replaceAll("^['’]+|['’]+$", "");
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The number of sentences in a text: at least one. */
    static int sentences(String text) {
        int count = 0;
        for (String part : SENTENCE_END.split(text)) {
            if (WORD.matcher(part).find()) {
                count++;
            }
        }
        return Math.max(1, count);
    }

    /** An estimate of the number of syllables in one English word: at least one. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (w.isEmpty()) {
            return 1;
        }
        if (w.chars().noneMatch(Character::isLetter)) {
            return 1; // a number: one syllable per word
        }
        w = w.replaceAll("[^a-z]", ""); // letters only from here (accents are rare in our texts)
        if (w.isEmpty()) {
            return 1;
        }

        int count = 0;
        boolean inGroup = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = isVowel(w, i);
            if (v && !inGroup) {
                count++;
            }
            inGroup = v;
        }

        int n = w.length();
        if (n > 2 && w.endsWith("e") && !isVowel(w, n - 2)) {
            // silent final 'e' (make, whole), but '-le' after a consonant is sounded (muscle, table)
            boolean consonantLe = w.endsWith("le") && n > 2 && !isVowel(w, n - 3);
            if (!consonantLe) {
                count--;
            }
        } else if (n > 3 && w.endsWith("es") && !isVowel(w, n - 3)) {
            // '-es' is silent after most consonants (takes, times) but sounded after a hissing
            // sound (boxes, wishes, places, pages) and in '-les' after a consonant (muscles)
            char c = w.charAt(n - 3);
            boolean sounded = c == 's' || c == 'x' || c == 'z' || c == 'c' || c == 'g'
                    || w.endsWith("ches") || w.endsWith("shes")
                    || (c == 'l' && n > 4 && !isVowel(w, n - 4));
            if (!sounded) {
                count--;
            }
        } else if (n > 3 && w.endsWith("ed") && !isVowel(w, n - 3)) {
            // '-ed' is silent except after t or d (stretched, used; but wanted, needed)
            char c = w.charAt(n - 3);
            if (c != 't' && c != 'd') {
                count--;
            }
        }

        if (n > 4 && w.endsWith("ing") && isVowel(w, n - 4)) {
            count++; // being, lying, going: the vowel before '-ing' is its own syllable
        }
        for (int i = 1; i < n - 1; i++) {
            // 'ia' is two syllables (dialysis, media), except in '-cia-', '-tia-', '-sia-' (special)
            if (w.charAt(i) == 'i' && w.charAt(i + 1) == 'a') {
                char before = w.charAt(i - 1);
                if (before != 'c' && before != 't' && before != 's' && before != 'g') {
                    count++;
                }
            }
        }
        return Math.max(1, count);
    }

    private static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        if (c == 'y') {
            return i > 0; // a first 'y' is a consonant (yes, you)
        }
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** One text found in a YAML file. */
    record Text(String file, int line, String key, String value) {
    }

    /** The texts of a YAML file, found by plain line scanning: lines of the form {@code key: text}. */
    static List<Text> scan(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Pattern keyLine = Pattern.compile("^(\\s*)(?:-\\s+)?([A-Za-z_][A-Za-z0-9_]*):(?:\\s+(.*))?$");
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = keyLine.matcher(lines.get(i));
            if (!m.matches() || !TEXT_KEYS.contains(m.group(2)) || m.group(3) == null) {
                continue;
            }
            int indent = m.group(1).length();
            String raw = m.group(3).strip();
            String value;
            if (raw.matches("[|>][-+0-9]*(\\s+#.*)?")) {
                // block scalar: the more indented lines below
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (j < lines.size() && (lines.get(j).isBlank() || indentOf(lines.get(j)) > indent)) {
                    sb.append(lines.get(j).strip()).append(raw.startsWith("|") ? "\n" : " ");
                    j++;
                }
                value = sb.toString().strip();
            } else {
                value = unquote(raw);
            }
            if (!value.isEmpty()) {
                texts.add(new Text(file.toString(), i + 1, m.group(2), value));
            }
        }
        return texts;
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String unquote(String raw) {
        if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
            return raw.substring(1, raw.length() - 1).replace("''", "'");
        }
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            return raw.substring(1, raw.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        int comment = raw.indexOf(" #");
        return (comment >= 0 ? raw.substring(0, comment) : raw).strip();
    }

    /** The median of some numbers; 0 when there are none. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0.0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java Readability.java FILE.yaml [FILE.yaml ...]");
            System.exit(2);
        }
        List<Double> grades = new ArrayList<>();
        Text worst = null;
        double worstGrade = Double.NEGATIVE_INFINITY;
        int failing = 0;
        for (String arg : args) {
            for (Text t : scan(Path.of(arg))) {
                double g = fleschKincaidGrade(t.value());
                grades.add(g);
                boolean fails = g > MAX_GRADE;
                if (fails) {
                    failing++;
                }
                if (g > worstGrade) {
                    worstGrade = g;
                    worst = t;
                }
                System.out.printf(Locale.ROOT, "%6.1f %s %s:%d %s: %s%n",
                        g, fails ? "ABOVE 9" : "       ", t.file(), t.line(), t.key(), t.value());
            }
        }
        double median = median(grades);
        System.out.println();
        System.out.printf(Locale.ROOT, "texts: %d, above grade 9: %d, median grade: %.2f%n",
                grades.size(), failing, median);
        if (worst != null) {
            System.out.printf(Locale.ROOT, "max grade: %.2f (%s:%d %s: %s)%n",
                    worstGrade, worst.file(), worst.line(), worst.key(), worst.value());
        }
        if (failing > 0 || median > MAX_MEDIAN) {
            System.out.println(median > MAX_MEDIAN
                    ? "FAIL: the median is above " + MAX_MEDIAN : "FAIL: some texts are above grade 9");
            System.exit(1);
        }
    }
}
