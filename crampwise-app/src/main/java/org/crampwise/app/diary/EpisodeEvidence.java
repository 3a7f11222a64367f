package org.crampwise.app.diary;

import java.util.HashMap;
import java.util.Map;
import org.crampwise.condition.FindingType;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/**
 * The findings an episode gives the triage rules: the interview answers saved with it, or, for an
 * episode typed in by hand, what its own fields say in the contract's finding ids.
 */
final class EpisodeEvidence {

    private EpisodeEvidence() {
    }

    /**
     * The episode's findings, keeping only those the knowledge base knows with a value it allows:
     * answers saved under an older knowledge base must not break the diary.
     *
     * <p>A hand-typed episode's length is left out on purpose: the triage rule for a cramp over
     * 10 minutes is urgent because the cramp is going on now, while a diary entry may be days old.
     * The diary's own rule (kb.yaml {@code diary: longEpisodeMinutes}) covers it at its own level.
     */
    static Map<String, Object> of(Episode e, KnowledgeBase kb) {
        Map<String, Object> raw = e.findings().isEmpty() ? typedIn(e) : e.findings();
        Map<String, Object> out = new HashMap<>();
        raw.forEach((id, value) -> {
            Finding f = kb.finding(id);
            if (f != null && allowed(f, value)) {
                out.put(id, value);
            }
        });
        return out;
    }

    private static Map<String, Object> typedIn(Episode e) {
        Map<String, Object> out = new HashMap<>();
        if (e.location() != null) {
            out.put("location", e.location());
        }
        if (e.side() != null) {
            out.put("side", e.side());
        }
        if (e.painScore() != null) {
            out.put("pain_score", e.painScore().longValue());
        }
        if (e.context() != null) {
            out.put("at_night_in_bed", e.context() == EpisodeContext.IN_BED);
            out.put("during_or_after_exercise",
                    e.context() == EpisodeContext.DURING_EXERCISE || e.context() == EpisodeContext.AFTER_EXERCISE);
        }
        return out;
    }

    private static boolean allowed(Finding f, Object value) {
        if (f.type() == FindingType.BOOL) {
            return value instanceof Boolean;
        }
        if (f.type() == FindingType.NUMBER) {
            return value instanceof Number n && n.doubleValue() >= f.min() && n.doubleValue() <= f.max();
        }
        return value instanceof String s && f.optionIndex(s) >= 0;
    }
}
