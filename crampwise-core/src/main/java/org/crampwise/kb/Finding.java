package org.crampwise.kb;

import java.util.List;
import java.util.Optional;
import org.crampwise.condition.Condition;
import org.crampwise.condition.FindingType;

/**
 * One finding a person can report, with the words used to ask about it and to say the answer
 * back. {@code index} is its position in the knowledge base, used by evidence and conditions.
 */
public record Finding(
        int index,
        String id,
        FindingType type,
        String category,
        boolean safety,
        String question,
        String shortText,
        String help,
        String whenTrue,
        String whenFalse,
        String says,
        double min,
        double max,
        String unit,
        List<Option> options,
        Condition askIf) {

    public record Option(String value, String label) {
    }

    /** The index of a choice value, or -1. */
    public int optionIndex(String value) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).value().equals(value)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The answer {@code raw} gives this finding, checked as the contract's evidence JSON is
     * (shared/contract/README.md): a Boolean for a yes/no finding, a Number in range for a number,
     * one of the options' values (a String) for a choice. Nothing is guessed: "34" is not 34. A
     * Map stands for a JSON object, a List for a JSON list, null for JSON null; a number is quoted
     * in the message as its {@code toString()} gives it.
     */
    public Answer answer(Object raw) throws InvalidAnswerException {
        switch (type) {
            case BOOL:
                if (raw instanceof Boolean yes) {
                    return new Answer.Bool(yes);
                }
                throw new InvalidAnswerException("must be true or false, got " + Printable.describe(raw));
            case NUMBER: {
                String range = "a number from " + formatNumber(min) + " to " + formatNumber(max);
                if (!(raw instanceof Number n)) {
                    throw new InvalidAnswerException("must be " + range + ", got " + Printable.describe(raw));
                }
                double v = n.doubleValue() + 0.0; // -0.0 is 0
                if (!(v >= min && v <= max)) { // NaN too
                    throw new InvalidAnswerException("must be " + range + ", got " + Printable.clean(n.toString()));
                }
                return new Answer.Number(v);
            }
            default: {
                int i = raw instanceof String s ? optionIndex(s) : -1;
                if (i >= 0) {
                    return new Answer.Choice(i, options.get(i).value());
                }
                StringBuilder list = new StringBuilder();
                options.forEach(o -> list.append(list.length() == 0 ? "" : ", ").append('"').append(o.value()).append('"'));
                throw new InvalidAnswerException("must be one of " + list + ", got "
                        + (raw instanceof String s ? "\"" + Printable.clean(s) + "\"" : Printable.describe(raw)));
            }
        }
    }

    /** The answer {@code raw} gives, or empty when {@link #answer(Object)} refuses it (for a caller that says why in its own words). */
    public Optional<Answer> tryAnswer(Object raw) {
        try {
            return Optional.of(answer(raw));
        } catch (InvalidAnswerException e) {
            return Optional.empty();
        }
    }

    /** True when {@link #answer(Object)} takes {@code raw}. */
    public boolean accepts(Object raw) {
        return tryAnswer(raw).isPresent();
    }

    /** How an answer to this finding is said back to the person. */
    public String say(Answer answer) {
        if (answer instanceof Answer.Bool b) {
            return b.yes() ? whenTrue : whenFalse;
        }
        if (answer instanceof Answer.Choice c) {
            return says.replace("{label}", options.get(c.index()).label());
        }
        return says.replace("{value}", formatNumber(((Answer.Number) answer).value()));
    }

    public static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
