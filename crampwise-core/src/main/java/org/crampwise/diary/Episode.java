package org.crampwise.diary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One cramp as the person records it in the diary: the one model of the pages, the API, the
 * import and export, the storage and the analysis. {@code start} keeps the offset it happened at
 * and {@code zone} the time zone, so the local time can be shown as it was, and "night" and
 * "which day" mean the person's local clock where the cramp happened, not the server's. Optional
 * fields are null. Start times are kept to the second.
 *
 * <p>{@code findings} are the interview answers saved with the episode ("Save to my diary"), by
 * contract finding id (Boolean, Number or a choice's String); empty for an episode typed in by
 * hand. The diary judges them with the triage rules to warn about red flags.
 *
 * <p>These are the invariants of any episode; what a person may send (the places of the knowledge
 * base, not in the future ...) is checked at the edge, once for the API and the import.
 */
public record Episode(
        OffsetDateTime start,
        ZoneId zone,
        int durationMinutes,
        String location,
        String side,
        Integer painScore,
        EpisodeContext context,
        String helped,
        String notes,
        Map<String, Object> findings) {

    public static final int MAX_DURATION_MINUTES = 1440;

    /** An episode typed in by hand: no interview answers with it. */
    public Episode(OffsetDateTime start, ZoneId zone, int durationMinutes, String location, String side,
                   Integer painScore, EpisodeContext context, String helped, String notes) {
        this(start, zone, durationMinutes, location, side, painScore, context, helped, notes, Map.of());
    }

    /** What the analysis reads of an episode: when, how long, how bad and what the person was doing. */
    public Episode(ZonedDateTime start, int durationMinutes, Integer painScore, String context) {
        this(start.toOffsetDateTime(), start.getZone(), durationMinutes, null, null, painScore,
                context == null ? null : EpisodeContext.ofCode(context), null, null, Map.of());
    }

    public Episode {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        findings = findings == null ? Map.of() : copy(findings);
        start = start.truncatedTo(ChronoUnit.SECONDS);
        if (start.getYear() < 1 || start.getYear() > 9999) {
            throw new IllegalArgumentException("start must be in the years 1 to 9999: " + start);
        }
        if (durationMinutes < 0 || durationMinutes > MAX_DURATION_MINUTES) {
            throw new IllegalArgumentException("duration must be 0 to " + MAX_DURATION_MINUTES + " minutes: " + durationMinutes);
        }
        if (painScore != null && (painScore < 0 || painScore > 10)) {
            throw new IllegalArgumentException("pain score must be 0 to 10: " + painScore);
        }
    }

    /** The calendar day on the episode's own clock. */
    public LocalDate localDate() {
        return start.toLocalDate();
    }

    /** Sorted by id, whole numbers as Long and others as Double: a stored episode equals the one written. */
    private static Map<String, Object> copy(Map<String, Object> findings) {
        Map<String, Object> out = new TreeMap<>();
        findings.forEach((id, value) -> {
            if (id == null || !(value instanceof Boolean || value instanceof Number || value instanceof String)) {
                throw new IllegalArgumentException("finding " + id + ": a finding is true/false, a number or a choice, not " + value);
            }
            out.put(id, normalised(value));
        });
        return Collections.unmodifiableMap(out);
    }

    private static Object normalised(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        return value instanceof Number n ? (Object) n.doubleValue() : value;
    }
}
