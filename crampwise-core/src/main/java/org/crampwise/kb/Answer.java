package org.crampwise.kb;

/**
 * One answer, typed as its finding is: yes or no, a number, or one of the finding's options.
 * {@link Finding#answer(Object)} makes one from untrusted input; evidence hands them out, so no
 * caller reads how evidence stores them.
 */
public sealed interface Answer permits Answer.Bool, Answer.Number, Answer.Choice {

    /** The answer as the contract's JSON and a plain map hold it: true/false, a number, an option's value. */
    Object plain();

    record Bool(boolean yes) implements Answer {
        @Override
        public Object plain() {
            return yes;
        }
    }

    record Number(double value) implements Answer {
        /** A whole number as a Long (as JSON writes it, 42 and not 42.0), any other as a Double. */
        @Override
        public Object plain() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
        }
    }

    /** The option's index in the finding's list and its value (its id). */
    record Choice(int index, String option) implements Answer {
        @Override
        public Object plain() {
            return option;
        }
    }
}
