package org.crampwise.evidence;

import org.crampwise.kb.Finding;

/**
 * One answer, typed as its finding is: yes or no, a number, or one of the finding's options.
 * What callers read instead of {@link Evidence}'s stored encoding (1/0, an option's index).
 */
public sealed interface Answer permits Answer.Bool, Answer.Number, Answer.Choice {
    record Bool(boolean yes) implements Answer {}

    record Number(double value) implements Answer {}

    /** The option's index in the finding's list and its value (its id). */
    record Choice(int index, String option) implements Answer {}

    /** The stored value of {@code f} read as its type says; NaN is no answer and is refused. */
    static Answer of(Finding f, double stored) {
        if (Double.isNaN(stored)) {
            throw new IllegalArgumentException(f.id() + ": no answer");
        }
        return switch (f.type()) {
            case BOOL -> new Bool(stored == 1);
            case NUMBER -> new Number(stored);
            case CHOICE -> new Choice((int) stored, f.options().get((int) stored).value());
        };
    }
}
