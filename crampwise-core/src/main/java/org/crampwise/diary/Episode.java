package org.crampwise.diary;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * One cramp as logged in the diary. The start keeps its own zone so that "night" and "which day"
 * mean the person's local clock where the cramp happened, not the server's.
 *
 * @param painScore 0 to 10, or null when not given
 * @param context one of {@link #CONTEXTS}, or null when not given
 */
public record Episode(ZonedDateTime start, int durationMinutes, Integer painScore, String context) {

    public static final Set<String> CONTEXTS =
            Set.of("during_exercise", "after_exercise", "sitting", "standing", "in_bed");

    public Episode {
        Objects.requireNonNull(start, "start");
        if (durationMinutes < 0) {
            throw new IllegalArgumentException("durationMinutes must be >= 0: " + durationMinutes);
        }
        if (painScore != null && (painScore < 0 || painScore > 10)) {
            throw new IllegalArgumentException("painScore must be 0 to 10: " + painScore);
        }
        if (context != null && !CONTEXTS.contains(context)) {
            throw new IllegalArgumentException("unknown context: " + context);
        }
    }

    /** The calendar day in the episode's own zone. */
    public LocalDate localDate() {
        return start.toLocalDate();
    }
}
