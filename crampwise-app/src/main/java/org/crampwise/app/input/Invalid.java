package org.crampwise.app.input;

import java.util.List;

/**
 * Values that did not pass their checks: every problem, each naming its field. The API answers it
 * with a 400 listing them; the diary import lists them by line.
 */
public final class Invalid extends RuntimeException {
    private final transient List<Problem> problems;

    /** The message is the first problem, and how many more there are. */
    public Invalid(List<Problem> problems) {
        this(summary(problems), problems);
    }

    public Invalid(String message, List<Problem> problems) {
        super(message, null, false, false); // a person's mistake: no stack trace to fill or show
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        String first = problems.get(0).field() + " " + problems.get(0).message();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }
}
