package org.crampwise.engine;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crampwise.condition.Condition;
import org.crampwise.condition.Tri;
import org.crampwise.kb.Cause;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Rule;

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
    // Every weight of every cause in one run of arrays; cause c owns [first[c], first[c + 1]).
    private final int[] first;
    private final Condition[] when;
    private final Condition.Leaf[] leaf;
    private final double[] ifTrue;
    private final double[] ifFalse;
    /** The findings each condition reads: how a FALSE (or single-finding) condition is named. */
    private final int[][] reads;
    /** Rule indexes, most urgent first then by number, and the cause indexes each suspects. */
    private final int[] suspectingRules;
    private final int[][] suspects;

    CauseRanker(KnowledgeBase kb, Condition.RuleLookup lookup, List<Rule> mostUrgentFirst) {
        this.kb = kb;
        this.causes = kb.causes().toArray(new Cause[0]);
        this.lookup = lookup;
        Map<String, Integer> causeIndex = new HashMap<>();
        for (int c = 0; c < causes.length; c++) {
            causeIndex.put(causes[c].id(), c);
        }
        suspectingRules = mostUrgentFirst.stream().filter(r -> !r.suspects().isEmpty()).mapToInt(Rule::index).toArray();
        suspects = new int[kb.rules().size()][];
        for (Rule r : kb.rules()) {
            suspects[r.index()] = r.suspects().stream().mapToInt(causeIndex::get).toArray();
        }
        int n = 0;
        for (Cause c : causes) {
            n += c.evidence().size();
        }
        first = new int[causes.length + 1];
        when = new Condition[n];
        leaf = new Condition.Leaf[n];
        ifTrue = new double[n];
        ifFalse = new double[n];
        reads = new int[n][];
        int k = 0;
        for (int c = 0; c < causes.length; c++) {
            first[c] = k;
            for (Cause.Weight w : causes[c].evidence()) {
                when[k] = w.when();
                leaf[k] = w.when().leaf();
                ifTrue[k] = w.ifTrue();
                ifFalse[k] = w.ifFalse();
                BitSet b = new BitSet();
                w.when().reads(b);
                reads[k++] = b.stream().toArray();
            }
        }
        first[causes.length] = k;
    }

    /** The truth of every weight's condition, and each cause's score from them. */
    private double[] evaluate(RuleFacts facts, Tri[] truth) {
        double[] scores = new double[causes.length];
        for (int c = 0; c < causes.length; c++) {
            double s = causes[c].prior();
            for (int k = first[c]; k < first[c + 1]; k++) {
                Tri t = leaf[k] != null ? leaf[k].eval(facts.value(leaf[k].finding())) : when[k].eval(facts);
                truth[k] = t;
                s += weight(k, t);
            }
            scores[c] = s;
        }
        return scores;
    }

    /** Scores only, in knowledge-base order: for the interview, which compares many what-ifs. */
    double[] scores(RuleFacts facts) {
        return evaluate(facts, new Tri[when.length]);
    }

    /**
     * Cause indexes in the order they are shown (triage.md, "Suspected causes"): first the causes
     * suspected by the rules that fired, most urgent rule first, each once; then the others by score.
     * {@code suspected} is set for the first kind, which are at least "possible" whatever their score.
     */
    int[] order(RuleFacts facts, double[] scores, boolean[] suspected) {
        int[] byScore = order(scores);
        int[] out = new int[scores.length];
        int n = 0;
        for (int r : suspectingRules) {
            if (facts.rule(r) == Tri.TRUE) {
                for (int c : suspects[r]) {
                    if (!suspected[c]) {
                        suspected[c] = true;
                        out[n++] = c;
                    }
                }
            }
        }
        for (int c : byScore) {
            if (!suspected[c]) {
                out[n++] = c;
            }
        }
        return out;
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
        Tri[] truth = new Tri[when.length];
        double[] scores = evaluate(facts, truth);
        Contributions work = new Contributions();
        Assessment.CauseResult[] out = new Assessment.CauseResult[causes.length];
        boolean[] suspected = new boolean[causes.length];
        int[] order = order(facts, scores, suspected);
        for (int i = 0; i < order.length; i++) {
            out[i] = result(order[i], scores[order[i]], suspected[order[i]], truth, facts, work);
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    private double weight(int k, Tri t) {
        return t == Tri.TRUE ? ifTrue[k] : t == Tri.FALSE ? ifFalse[k] : 0;
    }

    private Assessment.CauseResult result(int c, double score, boolean suspected, Tri[] truth, RuleFacts facts,
                                          Contributions work) {
        work.clear();
        for (int k = first[c]; k < first[c + 1]; k++) {
            double weight = weight(k, truth[k]);
            if (weight == 0) {
                continue;
            }
            if (truth[k] == Tri.FALSE || leaf[k] != null) {
                // A FALSE condition is named by what it reads; a lone finding is its own reason.
                for (int f : reads[k]) {
                    work.add(f, weight);
                }
            } else {
                BitSet why = work.scratch;
                why.clear();
                when[k].explain(facts, why, lookup);
                for (int f = why.nextSetBit(0); f >= 0; f = why.nextSetBit(f + 1)) {
                    work.add(f, weight);
                }
            }
        }
        work.name(kb);
        Cause cause = causes[c];
        Assessment.Likelihood band = band(score);
        if (suspected && band == Assessment.Likelihood.UNLIKELY) {
            // A rule that fired names it: never shown as unlikely under that rule's banner. The
            // score itself is kept as it is, so that it stays an honest log-odds figure.
            band = Assessment.Likelihood.POSSIBLE;
        }
        return new Assessment.CauseResult(cause.id(), cause.name(), cause.summary(), band,
                Math.round(score * 100) / 100.0, work.supporting, work.opposing, cause.sources());
    }

    /** The findings that moved one cause, kept sorted by effect, largest first. */
    private static final class Contributions {
        private int[] findings = new int[16];
        private double[] weights = new double[16];
        private int size;
        final BitSet scratch = new BitSet();

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

        private String[] ids = new String[16];
        List<String> supporting;
        List<String> opposing;

        /** Whether the finding at {@code i} came earlier in the list (a handful: a scan is cheapest). */
        private boolean seenBefore(int i) {
            for (int j = 0; j < i; j++) {
                if (findings[j] == findings[i]) {
                    return true;
                }
            }
            return false;
        }

        /** Finding ids for and against the cause; each named once, where it weighs most. */
        void name(KnowledgeBase kb) {
            if (ids.length < size) {
                ids = new String[size];
            }
            int pos = 0;
            int neg = size;
            for (int i = 0; i < size; i++) {
                if (!seenBefore(i)) {
                    String id = kb.findings().get(findings[i]).id();
                    if (weights[i] > 0) {
                        ids[pos++] = id;
                    } else {
                        ids[--neg] = id;
                    }
                }
            }
            supporting = list(ids, 0, pos, false);
            opposing = list(ids, neg, size, true);
        }

        /** An immutable list of {@code ids[from..to)}, reversed if asked; small lists cost one object. */
        private static List<String> list(String[] ids, int from, int to, boolean reversed) {
            int n = to - from;
            switch (n) {
                case 0: return List.of();
                case 1: return List.of(ids[from]);
                case 2: return reversed ? List.of(ids[to - 1], ids[from]) : List.of(ids[from], ids[to - 1]);
                default: {
                    String[] out = new String[n];
                    for (int i = 0; i < n; i++) {
                        out[i] = reversed ? ids[to - 1 - i] : ids[from + i];
                    }
                    return List.of(out);
                }
            }
        }
    }
}
