package org.crampwise.engine.impact;

import java.util.List;

/** One case as both knowledge bases see it, and how they differ. */
public record CaseImpact(ImpactCase kase, CaseResult base, CaseResult current, List<Difference> differences) {
    public CaseImpact {
        differences = List.copyOf(differences);
    }

    public boolean changed() {
        return !differences.isEmpty();
    }

    public boolean has(Class<? extends Difference> kind) {
        return differences.stream().anyMatch(kind::isInstance);
    }

    /** The triage level became less urgent. */
    public boolean levelDown() {
        return differences.stream().anyMatch(d -> d instanceof Difference.LevelChange l && l.down());
    }

    public boolean levelUp() {
        return differences.stream().anyMatch(d -> d instanceof Difference.LevelChange l && l.up());
    }

    /** That side's knowledge base could not assess the case, whether or not the other could. */
    public boolean notAssessed(Difference.Side side) {
        return (side == Difference.Side.BASE ? base : current) instanceof CaseResult.Invalid;
    }
}
