package org.crampwise.evidence;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;
import org.crampwise.condition.FindingType;
import org.crampwise.kb.Answer;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/**
 * What a person has said so far: an answer per finding (absent means unknown, never false) and
 * the findings they could not answer. Immutable; every change gives a new object.
 * Answers are stored as numbers: yes/no as 1/0, a choice as its option's index; outside the
 * engine they go in and out typed ({@link Answer}, {@link #builder}, {@link #answer}).
 */
public final class Evidence {
    private final double[] values;
    private final BitSet skipped;

    private Evidence(double[] values, BitSet skipped) {
        this.values = values;
        this.skipped = skipped;
    }

    /** Evidence from answers gathered in arrays (copied): one object instead of one per answer. */
    static Evidence of(double[] values, BitSet skipped) {
        return new Evidence(values.clone(), (BitSet) skipped.clone());
    }

    public static Evidence empty(KnowledgeBase kb) {
        double[] v = new double[kb.findings().size()];
        Arrays.fill(v, Double.NaN);
        return new Evidence(v, new BitSet());
    }

    /** The stored answer, NaN when unknown. */
    public double value(int finding) {
        return values[finding];
    }

    /** Evidence built answer by answer, for a reader that gathers a person's answers in one go. */
    public static Builder builder(KnowledgeBase kb) {
        return new Builder(kb);
    }

    /** The answer to {@code f}, typed; empty when unknown or skipped. */
    public Optional<Answer> answer(Finding f) {
        double v = values[f.index()];
        if (Double.isNaN(v)) {
            return Optional.empty();
        }
        return Optional.of(switch (f.type()) {
            case BOOL -> new Answer.Bool(v == 1);
            case NUMBER -> new Answer.Number(v);
            case CHOICE -> new Answer.Choice((int) v, f.options().get((int) v).value());
        });
    }

    /** True only when {@code f} (a yes/no finding) was answered yes. */
    public boolean isYes(Finding f) {
        return answer(f).orElse(null) instanceof Answer.Bool b && b.yes();
    }

    /** True only when {@code f} (a choice) was answered with the option at {@code index}. */
    public boolean isChoice(Finding f, int index) {
        return answer(f).orElse(null) instanceof Answer.Choice c && c.index() == index;
    }

    public boolean isKnown(Finding f) {
        return !Double.isNaN(values[f.index()]);
    }

    public boolean isSkipped(Finding f) {
        return skipped.get(f.index());
    }

    public int size() {
        return values.length;
    }

    /** Number of findings answered. */
    public int answeredCount() {
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    public Evidence with(Finding f, double value) {
        double[] v = values.clone();
        v[f.index()] = value;
        BitSet s = (BitSet) skipped.clone();
        s.clear(f.index());
        return new Evidence(v, s);
    }

    /** The evidence with {@code f} answered {@code a} (an answer of {@code f}'s type, as it gives them). */
    public Evidence with(Finding f, Answer a) {
        return with(f, stored(f, a));
    }

    public Evidence with(Finding f, boolean value) {
        requireType(f, FindingType.BOOL);
        return with(f, value ? 1 : 0);
    }

    public Evidence withChoice(Finding f, String option) {
        requireType(f, FindingType.CHOICE);
        int i = f.optionIndex(option);
        if (i < 0) {
            throw new IllegalArgumentException(f.id() + ": no option '" + option + "'");
        }
        return with(f, i);
    }

    /** Marks a finding as asked and not answerable ("I don't know"): it stays unknown. */
    public Evidence skip(Finding f) {
        double[] v = values.clone();
        v[f.index()] = Double.NaN;
        BitSet s = (BitSet) skipped.clone();
        s.set(f.index());
        return new Evidence(v, s);
    }

    /** Forgets an answer or a skip, as when a person goes back to change it. */
    public Evidence without(Finding f) {
        double[] v = values.clone();
        v[f.index()] = Double.NaN;
        BitSet s = (BitSet) skipped.clone();
        s.clear(f.index());
        return new Evidence(v, s);
    }

    /** How {@code a} is stored: yes/no as 1/0, a choice as its option's index. */
    private static double stored(Finding f, Answer a) {
        if (a instanceof Answer.Bool b) {
            requireType(f, FindingType.BOOL);
            return b.yes() ? 1 : 0;
        }
        if (a instanceof Answer.Choice c) {
            requireType(f, FindingType.CHOICE);
            if (c.index() < 0 || c.index() >= f.options().size() || !f.options().get(c.index()).value().equals(c.option())) {
                throw new IllegalArgumentException(f.id() + ": no option " + c.index() + " '" + c.option() + "'");
            }
            return c.index();
        }
        requireType(f, FindingType.NUMBER);
        return ((Answer.Number) a).value();
    }

    /** Gathers answers and skips, then makes one Evidence; later answers to a finding replace earlier ones. */
    public static final class Builder {
        private final double[] values;
        private final BitSet skipped = new BitSet();

        private Builder(KnowledgeBase kb) {
            values = new double[kb.findings().size()];
            Arrays.fill(values, Double.NaN);
        }

        public Builder put(Finding f, Answer a) {
            values[f.index()] = stored(f, a);
            skipped.clear(f.index());
            return this;
        }

        /** Asked and not answerable ("I don't know"): it stays unknown. */
        public Builder skip(Finding f) {
            values[f.index()] = Double.NaN;
            skipped.set(f.index());
            return this;
        }

        public boolean isAnswered(Finding f) {
            return !Double.isNaN(values[f.index()]);
        }

        public Evidence build() {
            return Evidence.of(values, skipped);
        }
    }

    private static void requireType(Finding f, FindingType type) {
        if (f.type() != type) {
            throw new IllegalArgumentException(f.id() + " is a " + f.type().id() + " finding");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence && Arrays.equals(values, ((Evidence) o).values)
                && skipped.equals(((Evidence) o).skipped);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + skipped.hashCode();
    }
}
