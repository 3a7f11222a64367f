package org.crampwise.engine;

import org.crampwise.condition.Facts;
import org.crampwise.condition.Tri;
import org.crampwise.evidence.Evidence;

/** Evidence plus the truth of each triage rule: what advice and causes may read. */
final class RuleFacts implements Facts {
    private final Evidence evidence;
    private final Tri[] rules;

    RuleFacts(Evidence evidence, Tri[] rules) {
        this.evidence = evidence;
        this.rules = rules;
    }

    @Override
    public double value(int finding) {
        return evidence.value(finding);
    }

    @Override
    public Tri rule(int rule) {
        return rules == null ? Tri.UNKNOWN : rules[rule];
    }
}
