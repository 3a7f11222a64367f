package org.crampwise.condition;

import java.util.BitSet;
import java.util.List;

/**
 * A condition of the knowledge base, evaluated in three-valued logic. Besides its truth it can
 * say which answers made it true (for explanations) and which unknown findings keep it
 * undecided (the questions that could still change it).
 */
public sealed interface Condition {

    Tri eval(Facts facts);

    /** Adds the findings whose answers make this condition TRUE (only meaningful when it is). */
    void explain(Facts facts, BitSet findings, RuleLookup rules);

    /** Adds the unknown findings that could still decide this condition (when it is UNKNOWN). */
    void unknowns(Facts facts, BitSet findings, RuleLookup rules);

    /** Adds every finding this condition reads, directly. */
    void reads(BitSet findings);

    /**
     * This condition as a single comparison of one finding with a constant, or null: lets the
     * engine evaluate its most common conditions from arrays, without a call per condition.
     */
    default Leaf leaf() {
        return null;
    }

    /** A finding compared with a constant; a bare yes/no finding is {@code finding != 0}. */
    record Leaf(int finding, Op op, double constant) {
        public Tri eval(double value) {
            return Double.isNaN(value) ? Tri.UNKNOWN : Tri.of(op.test(value, constant));
        }
    }

    /** Reports each comparison of a finding with a constant (for checking a condition can be met). */
    default void constants(ConstantSink sink) {
    }

    interface ConstantSink {
        void accept(int finding, double constant);
    }

    /** Gives the condition of a rule named inside another condition. */
    interface RuleLookup {
        Condition conditionOf(int rule);
    }

    /** Always TRUE: advice rules with no condition. */
    record Always() implements Condition {
        @Override public Tri eval(Facts facts) { return Tri.TRUE; }
        @Override public void explain(Facts facts, BitSet findings, RuleLookup rules) { }
        @Override public void unknowns(Facts facts, BitSet findings, RuleLookup rules) { }
        @Override public void reads(BitSet findings) { }
        @Override public String toString() { return "always"; }
    }

    /** A yes/no finding standing alone: "is present". */
    record Present(int finding, String name) implements Condition {
        @Override public Tri eval(Facts facts) {
            double v = facts.value(finding);
            return Double.isNaN(v) ? Tri.UNKNOWN : Tri.of(v != 0);
        }
        @Override public void explain(Facts facts, BitSet findings, RuleLookup rules) { findings.set(finding); }
        @Override public void unknowns(Facts facts, BitSet findings, RuleLookup rules) {
            if (Double.isNaN(facts.value(finding))) {
                findings.set(finding);
            }
        }
        @Override public void reads(BitSet findings) { findings.set(finding); }
        @Override public Leaf leaf() { return new Leaf(finding, Op.NE, 0); }
        @Override public String toString() { return name; }
    }

    /** A comparison of a number, yes/no or choice finding with a constant. */
    record Compare(int finding, String name, Op op, double constant, String constantText) implements Condition {
        @Override public Tri eval(Facts facts) {
            double v = facts.value(finding);
            return Double.isNaN(v) ? Tri.UNKNOWN : Tri.of(op.test(v, constant));
        }
        @Override public void explain(Facts facts, BitSet findings, RuleLookup rules) { findings.set(finding); }
        @Override public void unknowns(Facts facts, BitSet findings, RuleLookup rules) {
            if (Double.isNaN(facts.value(finding))) {
                findings.set(finding);
            }
        }
        @Override public void reads(BitSet findings) { findings.set(finding); }
        @Override public void constants(ConstantSink sink) { sink.accept(finding, constant); }
        @Override public Leaf leaf() { return new Leaf(finding, op, constant); }
        @Override public String toString() { return name + " " + op.symbol() + " " + constantText; }
    }

    /** "is known" / "is unknown": never UNKNOWN itself, and never the reason a rule fired. */
    record Known(int finding, String name, boolean known) implements Condition {
        @Override public Tri eval(Facts facts) { return Tri.of(Double.isNaN(facts.value(finding)) != known); }
        @Override public void explain(Facts facts, BitSet findings, RuleLookup rules) { }
        @Override public void unknowns(Facts facts, BitSet findings, RuleLookup rules) { }
        @Override public void reads(BitSet findings) { findings.set(finding); }
        @Override public String toString() { return name + (known ? " is known" : " is unknown"); }
    }

    record Not(Condition inner) implements Condition {
        @Override public Tri eval(Facts facts) { return inner.eval(facts).not(); }
        // An exception that does not apply ("not side = both") is not a reason to give a person.
        @Override public void explain(Facts facts, BitSet findings, RuleLookup rules) { }
        @Override public void unknowns(Facts facts, BitSet findings, RuleLookup rules) { inner.unknowns(facts, findings, rules); }
        @Override public void reads(BitSet findings) { inner.reads(findings); }
        @Override public void constants(ConstantSink sink) { inner.constants(sink); }
        @Override public String toString() { return "not (" + inner + ")"; }
    }

    record All(List<Condition> parts) implements Condition {
        @Override public Tri eval(Facts facts) {
            Tri result = Tri.TRUE;
            for (int i = 0, n = parts.size(); i < n; i++) {
                Condition c = parts.get(i);
                Tri t = fastEval(c, facts);
                if (t == Tri.FALSE) {
                    return Tri.FALSE;
                }
                if (t == Tri.UNKNOWN) {
                    result = Tri.UNKNOWN;
                }
            }
            return result;
        }
        @Override public void explain(Facts facts, BitSet findings, RuleLookup rules) {
            for (int i = 0, n = parts.size(); i < n; i++) {
                Condition c = parts.get(i);
                c.explain(facts, findings, rules);
            }
        }
        @Override public void unknowns(Facts facts, BitSet findings, RuleLookup rules) {
            if (eval(facts) != Tri.UNKNOWN) {
                return;
            }
            for (int i = 0, n = parts.size(); i < n; i++) {
                Condition c = parts.get(i);
                if (c.eval(facts) == Tri.UNKNOWN) {
                    c.unknowns(facts, findings, rules);
                }
            }
        }
        @Override public void reads(BitSet findings) { parts.forEach(c -> c.reads(findings)); }
        @Override public void constants(ConstantSink sink) { parts.forEach(c -> c.constants(sink)); }
        @Override public String toString() { return join(parts, " and "); }
    }

    record Any(List<Condition> parts) implements Condition {
        @Override public Tri eval(Facts facts) {
            Tri result = Tri.FALSE;
            for (int i = 0, n = parts.size(); i < n; i++) {
                Condition c = parts.get(i);
                Tri t = fastEval(c, facts);
                if (t == Tri.TRUE) {
                    return Tri.TRUE;
                }
                if (t == Tri.UNKNOWN) {
                    result = Tri.UNKNOWN;
                }
            }
            return result;
        }
        @Override public void explain(Facts facts, BitSet findings, RuleLookup rules) {
            for (int i = 0, n = parts.size(); i < n; i++) {
                Condition c = parts.get(i);
                if (c.eval(facts) == Tri.TRUE) {
                    c.explain(facts, findings, rules);
                }
            }
        }
        @Override public void unknowns(Facts facts, BitSet findings, RuleLookup rules) {
            if (eval(facts) != Tri.UNKNOWN) {
                return;
            }
            for (int i = 0, n = parts.size(); i < n; i++) {
                Condition c = parts.get(i);
                if (c.eval(facts) == Tri.UNKNOWN) {
                    c.unknowns(facts, findings, rules);
                }
            }
        }
        @Override public void reads(BitSet findings) { parts.forEach(c -> c.reads(findings)); }
        @Override public void constants(ConstantSink sink) { parts.forEach(c -> c.constants(sink)); }
        @Override public String toString() { return join(parts, " or "); }
    }

    /** Names a triage rule: TRUE when that rule is reached. */
    record RuleRef(int rule, String name) implements Condition {
        @Override public Tri eval(Facts facts) { return facts.rule(rule); }
        @Override public void explain(Facts facts, BitSet findings, RuleLookup rules) {
            rules.conditionOf(rule).explain(facts, findings, rules);
        }
        @Override public void unknowns(Facts facts, BitSet findings, RuleLookup rules) {
            rules.conditionOf(rule).unknowns(facts, findings, rules);
        }
        @Override public void reads(BitSet findings) { }
        @Override public String toString() { return name; }
    }

    /** Leaves first, by exact type: keeps the common case out of the megamorphic interface call. */
    static Tri fastEval(Condition c, Facts facts) {
        if (c instanceof Present) {
            return ((Present) c).eval(facts);
        }
        if (c instanceof Compare) {
            return ((Compare) c).eval(facts);
        }
        return c.eval(facts);
    }

    private static String join(List<Condition> parts, String sep) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < parts.size(); i++) {
            sb.append(i == 0 ? "" : sep).append(parts.get(i));
        }
        return sb.append(')').toString();
    }
}
