package org.crampwise.engine;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.crampwise.condition.Condition;
import org.crampwise.condition.Tri;
import org.crampwise.kb.Cause;
import org.crampwise.kb.KnowledgeBase;

/**
 * Ranks causes by a transparent log-odds score: the prior plus the weight of each piece of
 * evidence that is known (engine-notes.md). Ties keep knowledge-base order, so the ranking is
 * always the same for the same evidence. Runs on every assessment, so it works on arrays: each
 * condition is evaluated once, and what it reads is worked out when the engine is built.
 */
final class CauseRanker {
    private final KnowledgeBase kb;
    private final Cause[] causes;
    private final Condition.RuleLookup lookup;
    /** Per cause and weight: the findings the condition reads (named when it is FALSE). */
    private final int[][][] reads;

    CauseRanker(KnowledgeBase kb, Condition.RuleLookup lookup) {
        this.kb = kb;
        this.causes = kb.causes().toArray(new Cause[0]);
        this.lookup = lookup;
        this.reads = new int[causes.length][][];
        for (int c = 0; c < causes.length; c++) {
            List<Cause.Weight> weights = causes[c].evidence();
            reads[c] = new int[weights.size()][];
            for (int k = 0; k < weights.size(); k++) {
                BitSet b = new BitSet();
                weights.get(k).when().reads(b);
                reads[c][k] = b.stream().toArray();
            }
        }
    }

    /** Scores only, in knowledge-base order: for the interview, which compares many what-ifs. */
    double[] scores(RuleFacts facts) {
        double[] scores = new double[causes.length];
        for (int c = 0; c < causes.length; c++) {
            double s = causes[c].prior();
            for (Cause.Weight w : causes[c].evidence()) {
                s += weight(w, w.when().eval(facts));
            }
            scores[c] = s;
        }
        return scores;
    }

    /** Cause indexes, most likely first; ties keep knowledge-base order. */
    static int[] order(double[] scores) {
        int[] order = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            int j = i;
            while (j > 0 && scores[order[j - 1]] < scores[i]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }

    Assessment.Likelihood band(double score) {
        return score >= kb.likelyAt() ? Assessment.Likelihood.LIKELY
                : score >= kb.possibleAt() ? Assessment.Likelihood.POSSIBLE : Assessment.Likelihood.UNLIKELY;
    }

    List<Assessment.CauseResult> rank(RuleFacts facts) {
        double[] scores = new double[causes.length];
        Tri[][] truth = new Tri[causes.length][];
        for (int c = 0; c < causes.length; c++) {
            List<Cause.Weight> weights = causes[c].evidence();
            Tri[] t = new Tri[weights.size()];
            double s = causes[c].prior();
            for (int k = 0; k < t.length; k++) {
                Cause.Weight w = weights.get(k);
                t[k] = w.when().eval(facts);
                s += weight(w, t[k]);
            }
            scores[c] = s;
            truth[c] = t;
        }
        Contributions work = new Contributions();
        Assessment.CauseResult[] out = new Assessment.CauseResult[causes.length];
        int[] order = order(scores);
        for (int i = 0; i < order.length; i++) {
            int c = order[i];
            out[i] = result(c, scores[c], truth[c], facts, work);
        }
        return List.of(out);
    }

    private static double weight(Cause.Weight w, Tri t) {
        return t == Tri.TRUE ? w.ifTrue() : t == Tri.FALSE ? w.ifFalse() : 0;
    }

    private Assessment.CauseResult result(int c, double score, Tri[] truth, RuleFacts facts, Contributions work) {
        Cause cause = causes[c];
        List<Cause.Weight> weights = cause.evidence();
        work.clear();
        for (int k = 0; k < truth.length; k++) {
            Cause.Weight w = weights.get(k);
            double weight = weight(w, truth[k]);
            if (weight == 0) {
                continue;
            }
            int sole = w.when().soleFinding();
            if (truth[k] == Tri.FALSE || sole >= 0) {
                // A FALSE condition is named by what it reads; a lone finding is its own reason.
                for (int f : reads[c][k]) {
                    work.add(f, weight);
                }
            } else {
                BitSet why = work.scratch;
                why.clear();
                w.when().explain(facts, why, lookup);
                for (int f = why.nextSetBit(0); f >= 0; f = why.nextSetBit(f + 1)) {
                    work.add(f, weight);
                }
            }
        }
        return new Assessment.CauseResult(cause.id(), cause.name(), cause.summary(), band(score),
                Math.round(score * 100) / 100.0, work.named(kb, true), work.named(kb, false), cause.sources());
    }

    /** The findings that moved one cause, kept sorted by effect, largest first. */
    private static final class Contributions {
        private int[] findings = new int[32];
        private double[] weights = new double[32];
        private int size;
        final BitSet scratch = new BitSet();
        private final BitSet named = new BitSet();

        void clear() {
            size = 0;
        }

        void add(int finding, double weight) {
            if (size == findings.length) {
                findings = Arrays.copyOf(findings, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            int i = size++;
            // Insertion keeps equal effects in the order they came: knowledge-base order.
            while (i > 0 && Math.abs(weights[i - 1]) < Math.abs(weight)) {
                findings[i] = findings[i - 1];
                weights[i] = weights[i - 1];
                i--;
            }
            findings[i] = finding;
            weights[i] = weight;
        }

        /** Finding ids for (or against) the cause; each named once, where it weighs most. */
        List<String> named(KnowledgeBase kb, boolean supporting) {
            named.clear();
            String[] ids = new String[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (!named.get(findings[i])) {
                    named.set(findings[i]);
                    if ((weights[i] > 0) == supporting) {
                        ids[n++] = kb.findings().get(findings[i]).id();
                    }
                }
            }
            return n == 0 ? List.of() : List.of(Arrays.copyOf(ids, n));
        }
    }
}
