package org.crampwise.engine.impact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crampwise.engine.Engine;

/**
 * Every case run through two knowledge bases, and what changed: what a clinical reviewer reads
 * before signing a release. Pure: the cases are given, nothing is read or written here.
 */
public record ImpactReport(List<CaseImpact> cases, ImpactSummary summary) {
    public ImpactReport {
        cases = List.copyOf(cases);
    }

    public static ImpactReport compare(Engine base, Engine current, List<ImpactCase> cases) {
        return compare(base, current, cases, false);
    }

    /**
     * @param ignoreUnknown give each knowledge base the cases without the findings it does not know
     *                      (said per case), instead of calling their evidence invalid
     */
    public static ImpactReport compare(Engine base, Engine current, List<ImpactCase> cases, boolean ignoreUnknown) {
        List<CaseImpact> out = new ArrayList<>(cases.size());
        for (ImpactCase c : cases) {
            CaseResult b = CaseResult.of(base, c, ignoreUnknown);
            CaseResult n = CaseResult.of(current, c, ignoreUnknown);
            out.add(new CaseImpact(c, b, n, differences(b, n)));
        }
        return new ImpactReport(out, ImpactSummary.of(out));
    }

    /** The cases with at least one difference, in the order given. */
    public List<CaseImpact> changed() {
        return cases.stream().filter(CaseImpact::changed).toList();
    }

    /** The cases neither knowledge base can assess, for the same reason: not a change, but never hidden. */
    public List<CaseImpact> notAssessedByEither() {
        return cases.stream().filter(c -> !c.changed() && c.base() instanceof CaseResult.Invalid).toList();
    }

    /** Any case now less urgent than before: the release needs a reviewer's word on it. */
    public boolean anyLevelDown() {
        return summary.levelDown() > 0;
    }

    static List<Difference> differences(CaseResult base, CaseResult current) {
        List<Difference> out = new ArrayList<>();
        if (base.equals(current) && base instanceof CaseResult.Invalid) {
            return out; // the same problem on both sides: not a change, listed apart (notAssessedByEither)
        }
        if (base instanceof CaseResult.Invalid i) {
            out.add(new Difference.NotAssessed(Difference.Side.BASE, i.problem()));
        }
        if (current instanceof CaseResult.Invalid i) {
            out.add(new Difference.NotAssessed(Difference.Side.CURRENT, i.problem()));
        }
        if (base instanceof CaseResult.Assessed b && current instanceof CaseResult.Assessed n) {
            if (b.level() != n.level()) {
                out.add(new Difference.LevelChange(b.level(), n.level()));
            }
            if (b.complete() != n.complete()) {
                out.add(new Difference.CompletenessChange(b.complete(), n.complete()));
            }
            if (!b.causes().equals(n.causes())) {
                out.add(new Difference.CausesChange(b.causes(), n.causes()));
            }
            advice(Difference.AdviceKind.ADVISED, b.advised(), n.advised(), out);
            advice(Difference.AdviceKind.AVOIDED, b.avoided(), n.avoided(), out);
            if (!out.isEmpty() && !n.ignored().isEmpty()) {
                out.add(0, new Difference.FindingsIgnored(Difference.Side.CURRENT, n.ignored()));
            }
            if (!out.isEmpty() && !b.ignored().isEmpty()) {
                out.add(0, new Difference.FindingsIgnored(Difference.Side.BASE, b.ignored()));
            }
        }
        return out;
    }

    private static void advice(Difference.AdviceKind kind, List<String> base, List<String> current,
                               List<Difference> out) {
        Set<String> was = new LinkedHashSet<>(base);
        Set<String> now = new LinkedHashSet<>(current);
        for (String id : now) {
            if (!was.contains(id)) {
                out.add(new Difference.AdviceChange(kind, id, true));
            }
        }
        for (String id : was) {
            if (!now.contains(id)) {
                out.add(new Difference.AdviceChange(kind, id, false));
            }
        }
    }
}
