package org.crampwise.engine;

import static org.crampwise.Cases.ENGINE;
import static org.crampwise.Cases.KB;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.crampwise.condition.Facts;
import org.crampwise.condition.FindingType;
import org.crampwise.condition.Tri;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Finding;
import org.crampwise.kb.Level;
import org.crampwise.kb.Rule;

/**
 * Random evidence for the contract-v2 properties, and the rules' truth read from the knowledge base
 * by the test itself (not through the engine's own bookkeeping of reasons and unanswered questions).
 */
final class Judged {
    private Judged() {
    }

    /**
     * Evidence where each finding is unknown with weight {@code unknown} against {@code known}, and a
     * yes/no finding is "yes" one time in five: most people have few red flags, so the random
     * evidence reaches every level, not mostly 999.
     */
    static Arbitrary<Evidence> evidence(int unknown, int known) {
        List<Arbitrary<Double>> answers = new ArrayList<>();
        for (Finding f : KB.findings()) {
            answers.add(Arbitraries.frequencyOf(Tuple.of(unknown, Arbitraries.just(Double.NaN)), Tuple.of(known, value(f))));
        }
        return Combinators.combine(answers).as(values -> {
            Evidence e = Evidence.empty(KB);
            for (int i = 0; i < values.size(); i++) {
                if (!Double.isNaN(values.get(i))) {
                    e = e.with(KB.findings().get(i), values.get(i));
                }
            }
            return e;
        });
    }

    /** Mostly unknown, half answered, and nearly all answered. */
    static Arbitrary<Evidence> anyEvidence() {
        return Arbitraries.oneOf(evidence(3, 2), evidence(1, 1), evidence(1, 12));
    }

    static Arbitrary<Double> value(Finding f) {
        if (f.type() == FindingType.BOOL) {
            return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(0.0)), Tuple.of(1, Arbitraries.just(1.0)));
        }
        if (f.type() == FindingType.CHOICE) {
            return Arbitraries.integers().between(0, f.options().size() - 1).map(Integer::doubleValue);
        }
        // numbers near the rules' lines (pain 6/7, 1/2 days, age 9/10/15/16/60/61, 10/11 minutes) and anywhere
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between((int) f.min(), (int) Math.min(f.max(), 70)).map(Integer::doubleValue)),
                Tuple.of(1, Arbitraries.doubles().between(f.min(), f.max())));
    }

    /** The facts a condition reads: the evidence's answers and the rules' truth. */
    static Facts facts(Evidence e) {
        Tri[] truth = ENGINE.ruleTruth(e);
        return new Facts() {
            @Override
            public double value(int finding) {
                return e.value(finding);
            }

            @Override
            public Tri rule(int rule) {
                return truth[rule];
            }
        };
    }

    static Tri truth(Evidence e, int number) {
        return ENGINE.ruleTruth(e)[rule(number).index()];
    }

    static Rule rule(int number) {
        return KB.rules().stream().filter(r -> r.number() == number).findFirst().orElseThrow();
    }

    /** The rules whose condition is UNKNOWN and whose level is above the level reached. */
    static List<Rule> openRules(Evidence e) {
        Tri[] truth = ENGINE.ruleTruth(e);
        Level level = ENGINE.level(truth);
        return KB.rules().stream().filter(r -> truth[r.index()] == Tri.UNKNOWN && r.level().isAbove(level)).toList();
    }

    /** The rules that fired, most urgent level first, then by number (triage.md, "Suspected causes"). */
    static List<Rule> firedMostUrgentFirst(Evidence e) {
        Tri[] truth = ENGINE.ruleTruth(e);
        List<Rule> fired = new ArrayList<>(KB.rules().stream().filter(r -> truth[r.index()] == Tri.TRUE).toList());
        fired.sort((a, b) -> a.level() != b.level() ? b.level().compareTo(a.level()) : Integer.compare(a.number(), b.number()));
        return fired;
    }

    static BitSet reads(Rule r) {
        BitSet b = new BitSet();
        r.when().reads(b);
        return b;
    }

    static Set<String> given(Assessment a) {
        Set<String> out = new HashSet<>();
        a.advice().relief().forEach(x -> out.add(x.id()));
        a.advice().prevention().forEach(x -> out.add(x.id()));
        return out;
    }

    static Set<String> avoided(Assessment a) {
        Set<String> out = new HashSet<>();
        a.advice().avoid().forEach(x -> out.add(x.id()));
        return out;
    }

    static boolean isTrue(Evidence e, String id) {
        Finding f = KB.finding(id);
        return e.isKnown(f) && e.value(f.index()) == 1;
    }

    static boolean isFalse(Evidence e, String id) {
        Finding f = KB.finding(id);
        return e.isKnown(f) && e.value(f.index()) == 0;
    }

    /** The contract's "may be pregnant": the askIf of {@code pregnant} is not FALSE. */
    static boolean mayBePregnant(Evidence e) {
        return KB.finding("pregnant").askIf().eval(facts(e)) != Tri.FALSE;
    }
}
