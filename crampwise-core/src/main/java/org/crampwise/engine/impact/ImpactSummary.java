package org.crampwise.engine.impact;

import java.util.List;

/**
 * How many cases changed, and how many of them in each way (a case counts once per kind, however
 * many lines it has). A case that one side cannot assess counts as not assessed on that side, never
 * as a level change; one that neither can assess, for the same reason, is not counted as changed.
 */
public record ImpactSummary(int cases, int changed, int levelUp, int levelDown, int completeness, int causes,
                            int advice, int notAssessedBase, int notAssessedCurrent, int ignoredBase,
                            int ignoredCurrent) {

    /** Without findings left out (kb impact without --ignore-unknown-findings). */
    public ImpactSummary(int cases, int changed, int levelUp, int levelDown, int completeness, int causes, int advice,
                         int notAssessedBase, int notAssessedCurrent) {
        this(cases, changed, levelUp, levelDown, completeness, causes, advice, notAssessedBase, notAssessedCurrent, 0, 0);
    }

    static ImpactSummary of(List<CaseImpact> all) {
        return new ImpactSummary(all.size(),
                count(all, CaseImpact::changed),
                count(all, CaseImpact::levelUp),
                count(all, CaseImpact::levelDown),
                count(all, c -> c.has(Difference.CompletenessChange.class)),
                count(all, c -> c.has(Difference.CausesChange.class)),
                count(all, c -> c.has(Difference.AdviceChange.class)),
                count(all, c -> c.notAssessed(Difference.Side.BASE)),
                count(all, c -> c.notAssessed(Difference.Side.CURRENT)),
                count(all, c -> ignoredAny(c.base())),
                count(all, c -> ignoredAny(c.current())));
    }

    private static boolean ignoredAny(CaseResult r) {
        return r instanceof CaseResult.Assessed a && !a.ignored().isEmpty();
    }

    private static int count(List<CaseImpact> all, java.util.function.Predicate<CaseImpact> p) {
        return (int) all.stream().filter(p).count();
    }
}
