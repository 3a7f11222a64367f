package org.crampwise.kb;

import java.util.List;
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

    /** How an answer (as stored in evidence) is said back to the person. */
    public String sayAnswer(double value) {
        switch (type) {
            case BOOL:
                return value != 0 ? whenTrue : whenFalse;
            case CHOICE:
                return says.replace("{label}", options.get((int) value).label());
            default:
                return says.replace("{value}", formatNumber(value));
        }
    }

    public static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
