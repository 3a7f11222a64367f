package org.crampwise.engine;

import java.util.List;
import org.crampwise.kb.Level;

/**
 * The answer to a person's evidence (shared/contract/README.md, "Output: assessment").
 *
 * @param region   the id of the region pack whose numbers and services the texts give
 * @param language the language tag of the texts
 */
public record Assessment(Triage triage, List<CauseResult> causes, Advice advice, String disclaimer,
                         String knowledgeBaseVersion, String region, String language) {

    /** @param complete false while some unknown finding could still raise the level (contract README, "Completeness") */
    public record Triage(Level level, boolean complete, String headline, String action, List<Reason> reasons,
                         List<String> unansweredSafetyQuestions) {
    }

    /** A rule that was reached, with the person's own answers that reached it. */
    public record Reason(String rule, int number, Level level, String headline, String explanation,
                         List<String> findings, List<String> answers, List<String> sources) {
    }

    /** A sign that, if it appeared, would raise the level; for "get help sooner if...". */
    public record WatchFor(String finding, String text, Level level) {
    }

    public enum Likelihood {
        LIKELY, POSSIBLE, UNLIKELY;

        private final String id = name().toLowerCase(java.util.Locale.ROOT);

        public String id() {
            return id;
        }
    }

    public record CauseResult(String id, String name, String summary, Likelihood likelihood, double score,
                              List<String> supporting, List<String> opposing, List<String> sources) {
    }

    public record Advice(List<AdviceGiven> relief, List<AdviceGiven> prevention, List<AdviceGiven> avoid) {
    }

    /** An advice item; {@code why} is set for items to avoid. */
    public record AdviceGiven(String id, String text, String why, List<String> sources) {
    }
}
