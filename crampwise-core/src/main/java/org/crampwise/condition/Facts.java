package org.crampwise.condition;

/** What a condition may read: answered findings and the truth of triage rules. */
public interface Facts {
    /** The answer to a finding: a number, 1/0 for yes/no, an option's index; NaN when unknown. */
    double value(int finding);

    /** The truth of a triage rule, for conditions that name one. */
    Tri rule(int rule);
}
