package org.crampwise.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.crampwise.diary.DayLog;
import org.crampwise.diary.Episode;
import org.crampwise.diary.EpisodeContext;

/**
 * A made-up diary with a fixed seed, so every run measures the same rows: a day log for every day
 * (each field noted on most days, some tags) and about 1.37 cramps a day, about 5,000 in 10 years.
 * One episode in ten carries interview answers, as one saved from the interview does.
 */
final class DiaryData {
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final String[] LOCATIONS = {"calf", "foot", "inner_thigh", "back_thigh", "front_thigh", "groin"};
    private static final String[] SIDES = {"left", "right", "both"};
    private static final String[] TAGS = {"curry", "gardening", "long drive", "party", "swim"};

    final List<Episode> episodes = new ArrayList<>();
    final List<DayLog> days = new ArrayList<>();

    /** {@code dayCount} days ending on {@code last}, and about {@code perDay} episodes a day. */
    DiaryData(LocalDate last, int dayCount, double perDay, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        LocalDate first = last.minusDays(dayCount - 1L);
        for (int i = 0; i < dayCount; i++) {
            LocalDate d = first.plusDays(i);
            days.add(new DayLog(d, maybe(r, 4 + r.nextInt(6)), maybe(r, r.nextInt(4)), maybe(r, r.nextInt(20) / 2.0),
                    maybe(r, r.nextInt(4) == 0 ? r.nextInt(8) / 2.0 : 0.0), maybe(r, r.nextInt(5)),
                    maybe(r, r.nextInt(8) == 0), maybe(r, r.nextInt(60) == 0), null,
                    r.nextInt(5) == 0 ? List.of(TAGS[r.nextInt(TAGS.length)]) : List.of()));
            int n = poisson(r, perDay);
            for (int k = 0; k < n; k++) {
                episodes.add(episode(r, d));
            }
        }
    }

    private static Episode episode(SplittableRandom r, LocalDate d) {
        OffsetDateTime start = d.atTime(r.nextInt(24), r.nextInt(60), r.nextInt(60))
                .atZone(ZONE).toOffsetDateTime();
        String location = LOCATIONS[r.nextInt(LOCATIONS.length)];
        String side = SIDES[r.nextInt(SIDES.length)];
        int pain = r.nextInt(11);
        Map<String, Object> findings = r.nextInt(10) == 0
                ? Map.of("location", location, "side", side, "pain_score", (long) pain, "relieved_by_stretching", true,
                        "episode_minutes", (long) (1 + r.nextInt(5)))
                : Map.of();
        return new Episode(start, ZONE, 1 + r.nextInt(9), location, side, pain,
                EpisodeContext.values()[r.nextInt(EpisodeContext.values().length)],
                r.nextInt(3) == 0 ? "stretching" : null, r.nextInt(4) == 0 ? "woke me up, again" : null, findings);
    }

    /** Knuth's method: fine for a small mean. */
    private static int poisson(SplittableRandom r, double mean) {
        double limit = Math.exp(-mean);
        double p = 1;
        int k = -1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > limit);
        return k;
    }

    /** Noted on 9 days in 10. */
    private static <T> T maybe(SplittableRandom r, T value) {
        return r.nextInt(10) == 0 ? null : value;
    }
}
