package org.crampwise.interview;

import org.crampwise.engine.Assessment;

/**
 * The next step of an interview: a question, or the end. The assessment is always that of the
 * evidence so far; when {@code shouldStop} is true it is the final one and there is no question.
 */
public record Step(Question question, boolean shouldStop, Reason reason, Assessment assessment) {

    /** Why this question is asked now, or why the interview ends. */
    public enum Reason {
        /** A question that could raise the triage level (asked first, most urgent rule first). */
        SAFETY,
        /** A question whose answer could lower the level reached so far. */
        TRIAGE,
        /** A question asked of everyone once the level is settled (where it hurts). */
        BASICS,
        /** A question that decides whether some advice is safe (for example massage after a strain). */
        ADVICE_SAFETY,
        /** A question that could change the top causes. */
        CAUSES,
        /** The level is urgent or more and no answer could change it: get help now. */
        STOP_GET_HELP,
        /** No question could change the level or the top causes. */
        STOP_SETTLED
    }
}
