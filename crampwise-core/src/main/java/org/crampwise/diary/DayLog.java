package org.crampwise.diary;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One day's factors, by name ("alcohol", "low_fluids", "hard_exercise", free tags...). A factor
 * missing from the map is unknown that day, never false: the day is left out of that factor's
 * comparison rather than counted as a day without it.
 */
public record DayLog(LocalDate date, Map<String, Boolean> factors) {

    /** Conventional names, so callers derive them the same way (thresholds from the tracker, item 4). */
    public static final String ALCOHOL = "alcohol";
    public static final String HEAVY_SWEATING = "heavy_sweating";
    public static final String NEW_MEDICINE = "new_medicine";
    /** Fluids below 6 glasses. */
    public static final String LOW_FLUIDS = "low_fluids";
    /** Exercise level 2 or more. */
    public static final String HARD_EXERCISE = "hard_exercise";
    /** 6 or more hours sitting. */
    public static final String LONG_SITTING = "long_sitting";
    public static final String CAFFEINE = "caffeine";

    public DayLog {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(factors, "factors");
        for (Map.Entry<String, Boolean> e : factors.entrySet()) {
            // Map.copyOf rejects nulls too, but this names the culprit.
            if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
                throw new IllegalArgumentException("factor names and values must be given: " + e);
            }
        }
        factors = Map.copyOf(factors);
    }

    public static boolean lowFluids(int glasses) {
        return glasses < 6;
    }

    public static boolean hardExercise(int level) {
        return level >= 2;
    }

    public static boolean longSitting(double hours) {
        return hours >= 6;
    }
}
