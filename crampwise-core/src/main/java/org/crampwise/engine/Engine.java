package org.crampwise.engine;

import java.util.List;
import org.crampwise.condition.Tri;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Level;

/**
 * Evidence in, assessment out: the triage level and why, the causes ranked, and the advice.
 * Thread-safe and free of side effects: the same evidence always gives the same assessment.
 */
public final class Engine {
    private final KnowledgeBase kb;
    private final TriageEvaluator triage;
    private final CauseRanker causes;
    private final AdviceSelector advice;
    private final String disclaimer;
    private final String region;
    private final String language;

    public Engine(KnowledgeBase kb) {
        this.kb = kb;
        this.triage = new TriageEvaluator(kb);
        this.causes = new CauseRanker(kb, triage.lookup(), triage.mostUrgentFirst());
        this.advice = new AdviceSelector(kb);
        this.disclaimer = kb.disclaimer();
        this.region = kb.region().id();
        this.language = kb.language().toLanguageTag();
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    public Assessment assess(Evidence e) {
        Tri[] truth = triage.evaluate(e);
        Assessment.Triage t = triage.triage(e, truth);
        RuleFacts facts = new RuleFacts(e, truth);
        return new Assessment(t, causes.rank(facts), advice.select(facts, t.level()), disclaimer, kb.version(),
                region, language);
    }

    /** The triage level alone: cheap, for the interview's what-ifs. */
    public Level level(Evidence e) {
        return level(ruleTruth(e));
    }

    /** The truth of every triage rule, by rule index: what the interview reasons over. */
    public Tri[] ruleTruth(Evidence e) {
        return triage.evaluate(e);
    }

    /** The level those rule truths reach. */
    public Level level(Tri[] ruleTruth) {
        return TriageEvaluator.level(kb.rules(), ruleTruth);
    }

    /**
     * Cause ids in the order an assessment shows them (suspects of the rules that fired first),
     * keeping only those at least {@code possible}: for the interview.
     */
    public List<String> likelyOrPossibleCauses(Evidence e, int limit) {
        RuleFacts facts = new RuleFacts(e, triage.evaluate(e));
        double[] scores = causes.scores(facts);
        boolean[] suspected = new boolean[scores.length];
        List<String> out = new java.util.ArrayList<>(limit);
        for (int c : causes.order(facts, scores, suspected)) {
            if (out.size() == limit || (!suspected[c] && scores[c] < kb.possibleAt())) {
                break;
            }
            out.add(kb.causes().get(c).id());
        }
        return out;
    }

    /** Signs not yet present that would make it more urgent, most urgent first ("get help sooner if"). */
    public List<Assessment.WatchFor> watchFor(Evidence e) {
        return triage.watchFor(e);
    }
}
