package org.crampwise.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crampwise.engine.Assessment;
import org.crampwise.engine.Engine;
import org.crampwise.evidence.Evidence;
import org.crampwise.evidence.EvidenceMap;
import org.crampwise.evidence.InvalidEvidenceException;
import org.crampwise.kb.DiaryRules;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Level;

/**
 * When the diary should tell a person to see a doctor (tracker item 4, "Escalation"). The
 * thresholds, level and words are the knowledge base's ({@code kb.yaml}, {@code diary}); red flags
 * go through the triage rules.
 */
public final class Escalation {

    public static final String FORTNIGHT = "fortnight_doubled";
    public static final String LONG_EPISODE = "episode_over_10_minutes";
    public static final String RED_FLAG = "red_flag";

    private Escalation() {
    }

    /** @param level how soon; the diary's own rules give see_doctor, red flags give the engine's level */
    public record Reason(String code, Level level, String words) {
        public Reason {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(words, "words");
        }
    }

    /**
     * The reasons to see a doctor, most urgent first; empty when there are none.
     *
     * @param entryFindings the findings recorded with each recent diary entry, by contract finding id
     *                      (true/false, a number, or a choice's value); each entry is judged on its own
     */
    public static List<Reason> check(List<Episode> episodes, LocalDate today, Engine engine,
                                     List<Map<String, Object>> entryFindings) {
        Objects.requireNonNull(today, "today");
        DiaryRules rules = engine.knowledgeBase().diary();
        LocalDate from = today.minusDays(13);   // the last 14 days, today included
        LocalDate before = today.minusDays(27); // the 14 days before those
        int recent = 0;
        int earlier = 0;
        Episode longest = null;
        for (Episode e : episodes) {
            LocalDate d = e.localDate();
            if (d.isAfter(today) || d.isBefore(before)) {
                continue;
            }
            if (d.isBefore(from)) {
                earlier++;
                continue;
            }
            recent++;
            if (e.durationMinutes() > rules.longEpisodeMinutes()
                    && (longest == null || e.durationMinutes() > longest.durationMinutes()
                        || e.durationMinutes() == longest.durationMinutes() && e.start().isAfter(longest.start()))) {
                longest = e;
            }
        }
        List<Reason> out = new ArrayList<>();
        for (Map<String, Object> findings : entryFindings) {
            Assessment.Triage t = engine.assess(evidence(engine.knowledgeBase(), findings)).triage();
            if (t.level().isAbove(Level.SELF_CARE)) {
                out.add(new Reason(RED_FLAG, t.level(), t.headline()));
            }
        }
        if (recent >= rules.fortnightMinimum() && recent >= rules.fortnightRatio() * earlier) {
            out.add(new Reason(FORTNIGHT, rules.level(), rules.fortnightText()
                    .replace("{recent}", String.valueOf(recent)).replace("{earlier}", String.valueOf(earlier))));
        }
        if (longest != null) {
            out.add(new Reason(LONG_EPISODE, rules.level(), rules.longEpisodeText()
                    .replace("{date}", longest.localDate().toString())
                    .replace("{minutes}", String.valueOf(longest.durationMinutes()))));
        }
        out.sort(Comparator.comparing(Reason::level).reversed()); // stable: same level keeps order
        return List.copyOf(out);
    }

    /** The banner text, or empty when nothing needs a doctor. */
    public static Optional<String> banner(List<Reason> reasons, KnowledgeBase kb) {
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        Level top = reasons.stream().map(Reason::level).max(Comparator.naturalOrder()).orElseThrow();
        StringBuilder b = new StringBuilder();
        if (!top.isAbove(Level.SEE_DOCTOR)) {
            b.append(kb.diary().opening());
        }
        reasons.stream().sorted(Comparator.comparing(Reason::level).reversed())
                .forEach(r -> b.append(b.length() == 0 ? "" : " ").append(r.words()));
        return Optional.of(b.toString());
    }

    /** Evidence from one entry's findings; an unknown id or a value the finding refuses is the caller's bug. */
    static Evidence evidence(KnowledgeBase kb, Map<String, Object> findings) {
        try {
            return new EvidenceMap(kb).readFindings(findings);
        } catch (InvalidEvidenceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
