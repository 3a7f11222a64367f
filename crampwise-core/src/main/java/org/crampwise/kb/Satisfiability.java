package org.crampwise.kb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.crampwise.condition.Condition;
import org.crampwise.condition.Facts;
import org.crampwise.condition.FindingType;
import org.crampwise.condition.Tri;

/**
 * Decides whether a condition can ever be TRUE by trying every telling answer of the findings it
 * reads: unknown, each yes/no or option, and for numbers the range ends and each compared
 * constant with the values just beside it.
 */
final class Satisfiability {
    private static final long MAX_TRIES = 200_000;

    private Satisfiability() {
    }

    /** Whether the condition is TRUE for some telling answer (true, too, when there are too many to try). */
    static boolean canBeTrue(Condition c, List<Finding> findings) {
        return !holdsForEvery(List.of(c), findings, -1, facts -> c.eval(facts) != Tri.TRUE, false);
    }

    /**
     * Whether {@code check} holds for every telling answer of the findings the conditions read,
     * with {@code unknown} (a finding index, or -1) always left unknown. Gives the benefit of the
     * doubt (true) when there are too many answers to try.
     */
    static boolean holdsForEvery(List<Condition> conditions, List<Finding> findings, int unknown,
                                 Predicate<Facts> check) {
        return holdsForEvery(conditions, findings, unknown, check, true);
    }

    /** {@code tooMany} is the answer when there are more than {@value #MAX_TRIES} answers to try. */
    private static boolean holdsForEvery(List<Condition> conditions, List<Finding> findings, int unknown,
                                         Predicate<Facts> check, boolean tooMany) {
        BitSet reads = new BitSet();
        Map<Integer, TreeSet<Double>> constants = new HashMap<>();
        for (Condition c : conditions) {
            c.reads(reads);
            c.constants((f, k) -> constants.computeIfAbsent(f, x -> new TreeSet<>()).add(k));
        }
        if (unknown >= 0) {
            reads.clear(unknown);
        }
        List<Integer> vars = new ArrayList<>();
        List<double[]> domains = new ArrayList<>();
        long tries = 1;
        for (int f = reads.nextSetBit(0); f >= 0; f = reads.nextSetBit(f + 1)) {
            double[] d = domain(findings.get(f), constants.getOrDefault(f, new TreeSet<>()));
            vars.add(f);
            domains.add(d);
            tries *= d.length;
            if (tries > MAX_TRIES) {
                return tooMany;
            }
        }
        double[] values = new double[findings.size()];
        Arrays.fill(values, Double.NaN);
        Facts facts = new Facts() {
            @Override public double value(int finding) { return values[finding]; }
            @Override public Tri rule(int rule) { return Tri.UNKNOWN; }
        };
        return every(vars, domains, 0, values, facts, check);
    }

    private static boolean every(List<Integer> vars, List<double[]> domains, int i, double[] values, Facts facts,
                                 Predicate<Facts> check) {
        if (i == vars.size()) {
            return check.test(facts);
        }
        for (double v : domains.get(i)) {
            values[vars.get(i)] = v;
            if (!every(vars, domains, i + 1, values, facts, check)) {
                return false;
            }
        }
        values[vars.get(i)] = Double.NaN;
        return true;
    }

    private static double[] domain(Finding f, TreeSet<Double> constants) {
        if (f.type() == FindingType.BOOL) {
            return new double[] {Double.NaN, 0, 1};
        }
        if (f.type() == FindingType.CHOICE) {
            double[] d = new double[f.options().size() + 1];
            d[0] = Double.NaN;
            for (int i = 0; i < f.options().size(); i++) {
                d[i + 1] = i;
            }
            return d;
        }
        TreeSet<Double> values = new TreeSet<>();
        values.add(f.min());
        values.add(f.max());
        for (double k : constants) {
            for (double v : new double[] {k - 0.5, k, k + 0.5}) {
                if (v >= f.min() && v <= f.max()) {
                    values.add(v);
                }
            }
        }
        double[] d = new double[values.size() + 1];
        d[0] = Double.NaN;
        int i = 1;
        for (double v : values) {
            d[i++] = v;
        }
        return d;
    }
}
