package org.crampwise.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.crampwise.condition.Condition;
import org.crampwise.condition.Tri;
import org.crampwise.kb.Cause;
import org.crampwise.kb.KnowledgeBase;

/**
 * Ranks causes by a transparent log-odds score: the prior plus the weight of each piece of
 * evidence that is known (engine-notes.md). Ties keep knowledge-base order, so the ranking is
 * always the same for the same evidence.
 */
final class CauseRanker {
    private final KnowledgeBase kb;
    private final List<Cause> causes;
    private final Condition.RuleLookup lookup;

    CauseRanker(KnowledgeBase kb, Condition.RuleLookup lookup) {
        this.kb = kb;
        this.causes = kb.causes();
        this.lookup = lookup;
    }

    /** Scores only, in knowledge-base order: for the interview, which compares many what-ifs. */
    double[] scores(RuleFacts facts) {
        double[] scores = new double[causes.size()];
        for (int c = 0; c < scores.length; c++) {
            Cause cause = causes.get(c);
            double s = cause.prior();
            for (Cause.Weight ev : cause.evidence()) {
                Tri t = ev.when().eval(facts);
                s += t == Tri.TRUE ? ev.ifTrue() : t == Tri.FALSE ? ev.ifFalse() : 0;
            }
            scores[c] = s;
        }
        return scores;
    }

    /** Cause indexes, most likely first. */
    static Integer[] order(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : a - b);
        return order;
    }

    Assessment.Likelihood band(double score) {
        return score >= kb.likelyAt() ? Assessment.Likelihood.LIKELY
                : score >= kb.possibleAt() ? Assessment.Likelihood.POSSIBLE : Assessment.Likelihood.UNLIKELY;
    }

    List<Assessment.CauseResult> rank(RuleFacts facts) {
        double[] scores = scores(facts);
        List<Assessment.CauseResult> out = new ArrayList<>(scores.length);
        for (int c : order(scores)) {
            out.add(result(causes.get(c), scores[c], facts));
        }
        return List.copyOf(out);
    }

    private Assessment.CauseResult result(Cause cause, double score, RuleFacts facts) {
        List<Contribution> contributions = new ArrayList<>();
        for (Cause.Weight ev : cause.evidence()) {
            Tri t = ev.when().eval(facts);
            double w = t == Tri.TRUE ? ev.ifTrue() : t == Tri.FALSE ? ev.ifFalse() : 0;
            if (w == 0) {
                continue;
            }
            BitSet findings = new BitSet();
            if (t == Tri.TRUE) {
                ev.when().explain(facts, findings, lookup);
            } else {
                ev.when().reads(findings);
            }
            for (int f = findings.nextSetBit(0); f >= 0; f = findings.nextSetBit(f + 1)) {
                contributions.add(new Contribution(f, w));
            }
        }
        // Largest effect first; a finding is named once, where it weighs most.
        contributions.sort((a, b) -> Double.compare(Math.abs(b.weight), Math.abs(a.weight)));
        List<String> supporting = new ArrayList<>();
        List<String> opposing = new ArrayList<>();
        BitSet named = new BitSet();
        for (Contribution c : contributions) {
            if (!named.get(c.finding)) {
                named.set(c.finding);
                (c.weight > 0 ? supporting : opposing).add(kb.findings().get(c.finding).id());
            }
        }
        return new Assessment.CauseResult(cause.id(), cause.name(), cause.summary(), band(score),
                Math.round(score * 100) / 100.0, List.copyOf(supporting), List.copyOf(opposing), cause.sources());
    }

    private static final class Contribution {
        final int finding;
        final double weight;

        Contribution(int finding, double weight) {
            this.finding = finding;
            this.weight = weight;
        }
    }
}
