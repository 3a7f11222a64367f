package org.crampwise.app.diary;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The time zones a diary takes: an IANA region id ({@code Europe/London}), or a fixed UTC offset
 * written {@code Z} or {@code +01:00} (up to 18 hours). Java would also take {@code UTC+1},
 * {@code GMT0} and such; they are refused, so the API, the import and the OpenAPI document
 * (which lists these exactly) agree.
 */
public final class Zones {
    /** An offset as written in a start, {@code Z} or ±HH:MM up to ±18:00. */
    public static final String OFFSET_PATTERN = "^(Z|[+-](0[0-9]|1[0-7]):[0-5][0-9]|[+-]18:00)$";
    private static final Pattern OFFSET = Pattern.compile(OFFSET_PATTERN);
    private static final List<String> REGIONS = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/")).sorted().toList();

    private Zones() {
    }

    /** The region ids, sorted: every {@code Area/City} the JDK knows. */
    public static List<String> regionIds() {
        return REGIONS;
    }

    /** The zone, or empty when the text is neither a region id nor an offset. */
    public static Optional<ZoneId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (OFFSET.matcher(text).matches()) {
            return Optional.of(ZoneOffset.of(text));
        }
        return REGIONS.contains(text) ? Optional.of(ZoneId.of(text)) : Optional.empty();
    }
}
