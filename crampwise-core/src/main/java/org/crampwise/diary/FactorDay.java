package org.crampwise.diary;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One day's factors as the triggers compare them (made of a {@link DayLog} by {@link DayFactors}),
 * by name ("alcohol", "low_fluids", "hard_exercise", free tags...). A factor missing from the map
 * is unknown that day, never false: the day is left out of that factor's comparison rather than
 * counted as a day without it.
 */
public record FactorDay(LocalDate date, Map<String, Boolean> factors) {

    public FactorDay {
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
}
