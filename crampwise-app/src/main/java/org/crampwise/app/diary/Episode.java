package org.crampwise.app.diary;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

/**
 * One cramp as the person records it. {@code start} keeps the offset it happened at and
 * {@code zone} the time zone, so the local time can be shown as it was. Optional fields are null.
 * Start times are kept to the second.
 *
 * <p>{@code findings} are the interview answers saved with the episode ("Save to my diary"), by
 * contract finding id (Boolean, Number or a choice's String); empty for an episode typed in by
 * hand. The diary judges them with the triage rules to warn about red flags.
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

    public Episode {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        findings = findings == null ? Map.of() : EpisodeFindings.copy(findings);
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
}
