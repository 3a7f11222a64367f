package org.crampwise.interview;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import org.crampwise.condition.Condition;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/**
 * The telling answers of each finding, for what-if questions: yes and no; each option; for
 * numbers the ends of the range and the values either side of every constant a condition
 * compares them with.
 */
final class Answers {
    private final double[][] values;

    Answers(KnowledgeBase kb) {
        List<TreeSet<Double>> constants = new ArrayList<>();
        for (int i = 0; i < kb.findings().size(); i++) {
            constants.add(new TreeSet<>());
        }
        List<Condition> all = new ArrayList<>();
        kb.rules().forEach(r -> all.add(r.when()));
        kb.causes().forEach(c -> c.evidence().forEach(ev -> all.add(ev.when())));
        kb.adviceRules().forEach(a -> all.add(a.when()));
        kb.findings().stream().filter(f -> f.askIf() != null).forEach(f -> all.add(f.askIf()));
        for (Condition c : all) {
            c.constants((f, k) -> constants.get(f).add(k));
        }
        values = new double[kb.findings().size()][];
        for (Finding f : kb.findings()) {
            values[f.index()] = of(f, constants.get(f.index()));
        }
    }

    private static double[] of(Finding f, TreeSet<Double> constants) {
        switch (f.type()) {
            case BOOL:
                return new double[] {1, 0};
            case CHOICE: {
                double[] d = new double[f.options().size()];
                for (int i = 0; i < d.length; i++) {
                    d[i] = i;
                }
                return d;
            }
            default: {
                TreeSet<Double> v = new TreeSet<>();
                v.add(f.min());
                v.add(f.max());
                for (double k : constants) {
                    for (double x : new double[] {Math.floor(k) - 1, k, Math.ceil(k) + 1}) {
                        if (x >= f.min() && x <= f.max()) {
                            v.add(x);
                        }
                    }
                }
                return v.stream().mapToDouble(Double::doubleValue).toArray();
            }
        }
    }

    double[] of(Finding f) {
        return values[f.index()];
    }

    /** Every way a question can be answered, as the evidence it would give. */
    List<Evidence> outcomes(Question q, Evidence e) {
        List<Evidence> out = new ArrayList<>();
        if (q instanceof Question.Single single) {
            Finding f = single.finding();
            for (double v : of(f)) {
                out.add(e.with(f, v));
            }
            return out;
        }
        List<Finding> items = q.findings();
        Evidence none = e;
        for (Finding f : items) {
            none = none.with(f, 0);
        }
        out.add(none);
        for (Finding f : items) {
            out.add(none.with(f, 1));
        }
        return out;
    }

    static BitSet indexes(List<Finding> findings) {
        BitSet b = new BitSet();
        findings.forEach(f -> b.set(f.index()));
        return b;
    }
}
