package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampwise.Cases;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads is for a reading age of 9 to 11: the Flesch-Kincaid grade of each is
 * 9 or less and the median is 6 or less. A failure names each text that is too hard.
 */
class KnowledgeBaseReadingAgeTest {

    /** Every patient-facing text of the knowledge base, keyed by where it lives. */
    static Map<String, String> texts(KnowledgeBase kb) {
        return texts(kb, "On days when %s, you had more cramps.");
    }

    /**
     * The same, in any language: {@code factorSentence} is the sentence the diary puts a factor's
     * words in (its language's), with %s for the words.
     */
    static Map<String, String> texts(KnowledgeBase kb, String factorSentence) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("kb.yaml: disclaimer", kb.disclaimer());
        for (Level l : Level.values()) {
            t.put("kb.yaml: level '" + l.id() + "': label", kb.fill(kb.level(l).label()));
            t.put("kb.yaml: level '" + l.id() + "': action", kb.fill(kb.level(l).action()));
        }
        for (Finding f : kb.findings()) {
            String w = "findings.yaml: finding '" + f.id() + "': ";
            t.put(w + "question", f.question());
            t.put(w + "help", f.help());
            putIfSet(t, w + "short", f.shortText());
            putIfSet(t, w + "whenTrue", f.whenTrue());
            putIfSet(t, w + "whenFalse", f.whenFalse());
            if (f.says() != null) {
                t.put(w + "says", f.say(f.type() == org.crampwise.condition.FindingType.CHOICE
                        ? new Answer.Choice(0, f.options().get(0).value())
                        : f.type() == org.crampwise.condition.FindingType.BOOL ? new Answer.Bool(false) : new Answer.Number(f.min())));
            }
            f.options().forEach(o -> t.put(w + "option '" + o.value() + "'", o.label()));
        }
        for (Screen s : kb.screens()) {
            t.put("screens.yaml: screen '" + s.id() + "': text", s.text());
            t.put("screens.yaml: screen '" + s.id() + "': help", s.help());
        }
        for (Rule r : kb.rules()) {
            t.put("rules.yaml: rule '" + r.id() + "': headline", kb.fill(r.headline()));
            t.put("rules.yaml: rule '" + r.id() + "': explanation", kb.fill(r.explanation()));
        }
        for (Cause c : kb.causes()) {
            t.put("causes.yaml: cause '" + c.id() + "': name", c.name());
            t.put("causes.yaml: cause '" + c.id() + "': summary", c.summary());
        }
        for (AdviceItem a : kb.adviceItems()) {
            t.put("advice.yaml: " + a.kind().id() + " '" + a.id() + "': text", kb.fill(a.text()));
        }
        DiaryRules d = kb.diary();
        t.put("kb.yaml: diary: opening", d.opening());
        t.put("kb.yaml: diary: fortnightText", d.fortnightText().replace("{recent}", "8").replace("{earlier}", "3"));
        t.put("kb.yaml: diary: longEpisodeText", d.longEpisodeText().replace("{date}", "2026-11-20")
                .replace("{minutes}", "14"));
        // Factor words end the sentence the diary shows: "On days when ..., you had ... cramps."
        d.factors().forEach(f -> t.put("kb.yaml: diary: factor '" + f.id() + "': words",
                String.format(factorSentence, f.words())));
        t.put("kb.yaml: diary: tagWords", String.format(factorSentence, d.tagWords().replace("{tag}", "curry")));
        for (AdviceRule r : kb.adviceRules()) {
            r.avoid().forEach(a -> t.put("advice.yaml: advice rule '" + r.id() + "': avoid '" + a.id() + "': why",
                    a.why()));
        }
        return t;
    }

    private static void putIfSet(Map<String, String> t, String key, String value) {
        if (value != null) {
            t.put(key, value);
        }
    }

    @Test
    void no_patient_facing_text_is_above_grade_9() {
        List<String> tooHard = new ArrayList<>();
        texts(Cases.KB).forEach((where, text) -> {
            double grade = Readability.fleschKincaidGrade(text);
            if (grade > Readability.MAX_GRADE) {
                tooHard.add(String.format("%s: grade %.1f: %s", where, grade, text));
            }
        });
        assertThat(tooHard).as("texts above grade 9").isEmpty();
    }

    @Test
    void the_median_grade_of_all_patient_facing_texts_is_6_or_less() {
        List<Double> grades = new ArrayList<>();
        texts(Cases.KB).values().forEach(text -> grades.add(Readability.fleschKincaidGrade(text)));
        Collections.sort(grades);
        int n = grades.size();
        double median = n % 2 == 1 ? grades.get(n / 2) : (grades.get(n / 2 - 1) + grades.get(n / 2)) / 2;
        assertThat(n).isGreaterThan(300);
        assertThat(median).isLessThanOrEqualTo(Readability.MAX_MEDIAN);
    }
}
