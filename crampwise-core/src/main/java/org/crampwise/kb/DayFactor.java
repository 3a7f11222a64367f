package org.crampwise.kb;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One daily factor the diary compares cramp rates by (kb.yaml, {@code diary: factors}): which
 * field of a day log makes it, and at what threshold. A field not noted that day leaves the factor
 * unknown for that day, never false.
 *
 * @param comparison how a number field is compared with {@code threshold}; null for a yes/no field
 * @param words      a clause that ends "On days when ...", e.g. "you drank fewer than 6 glasses"
 */
public record DayFactor(String id, String field, Comparison comparison, double threshold, String words,
                        List<String> sources) {

    /** The day-log fields a factor may use, and whether each is a number or yes/no. */
    public static final Map<String, Kind> FIELDS = Map.of(
            "fluidsGlasses", Kind.NUMBER,
            "exerciseLevel", Kind.NUMBER,
            "hoursSitting", Kind.NUMBER,
            "alcoholUnits", Kind.NUMBER,
            "caffeineDrinks", Kind.NUMBER,
            "heavySweating", Kind.BOOL,
            "newMedicine", Kind.BOOL,
            "pregnancyWeek", Kind.NUMBER);

    public enum Kind { NUMBER, BOOL }

    /** The YAML key names the comparison: {@code below: 6} means "value &lt; 6". */
    public enum Comparison {
        BELOW("below"), AT_LEAST("atLeast"), ABOVE("above");

        private final String key;

        Comparison(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public DayFactor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(field, "field");
        sources = List.copyOf(sources);
    }

    /**
     * Whether the factor was present, from the field's value that day: null (unknown) when the
     * field was not noted.
     */
    public Boolean of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean yes) {
            return yes;
        }
        double x = ((Number) value).doubleValue();
        return switch (comparison) {
            case BELOW -> x < threshold;
            case AT_LEAST -> x >= threshold;
            case ABOVE -> x > threshold;
        };
    }
}
