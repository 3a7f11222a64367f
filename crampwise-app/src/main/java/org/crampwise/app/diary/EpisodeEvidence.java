package org.crampwise.app.diary;

import org.crampwise.diary.Episode;
import org.crampwise.diary.EpisodeContext;
import java.util.HashMap;
import java.util.Map;
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
        return of(e.findings(), e.location(), e.side(), e.painScore(), e.context(), kb);
    }

    /** The same from an episode's parts, as a report reads them. */
    static Map<String, Object> of(Map<String, Object> findings, String location, String side, Integer painScore,
                                  EpisodeContext context, KnowledgeBase kb) {
        Map<String, Object> raw = findings.isEmpty() ? typedIn(location, side, painScore, context) : findings;
        Map<String, Object> out = new HashMap<>();
        raw.forEach((id, value) -> {
            Finding f = kb.finding(id);
            if (f != null && f.accepts(value)) {
                out.put(id, value);
            }
        });
        return out;
    }

    private static Map<String, Object> typedIn(String location, String side, Integer painScore, EpisodeContext context) {
        Map<String, Object> out = new HashMap<>();
        if (location != null) {
            out.put("location", location);
        }
        if (side != null) {
            out.put("side", side);
        }
        if (painScore != null) {
            out.put("pain_score", painScore.longValue());
        }
        if (context != null) {
            out.put("at_night_in_bed", context == EpisodeContext.IN_BED);
            out.put("during_or_after_exercise",
                    context == EpisodeContext.DURING_EXERCISE || context == EpisodeContext.AFTER_EXERCISE);
        }
        return out;
    }
}
