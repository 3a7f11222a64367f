package org.crampwise.diary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a person's diary shows (tracker item 4, "Insights"). Pure: the same diary and day always
 * give the same insights. Episodes dated after {@code today} (in their own zone) are left out.
 *
 * @param episodesPerWeek the last {@value #WEEKS} complete ISO weeks, oldest first
 * @param shareAtNight    episodes in bed or at night hours over all episodes; null with none
 * @param averageDurationMinutes null with no episodes
 * @param averagePain     over the episodes with a pain score; null with none
 * @param triggers        ranked, strongest evidence first; see {@link Trigger}
 */
public record Insights(List<WeekCount> episodesPerWeek, Trend trend, TimeOfDay timeOfDay, Double shareAtNight,
                       Double averageDurationMinutes, Double averagePain, List<Trigger> triggers) {

    public static final int WEEKS = 8;
    /**
     * A slope smaller than this (episodes a week, per week) is "steady": over 8 weeks it amounts to
     * fewer than 2 episodes a week of change, too little to tell from chance with so few cramps.
     */
    public static final double STEADY_BELOW = 0.25;

    public Insights {
        episodesPerWeek = List.copyOf(episodesPerWeek);
        triggers = List.copyOf(triggers);
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(timeOfDay, "timeOfDay");
    }

    /** @param weekStart the Monday of the ISO week */
    public record WeekCount(LocalDate weekStart, int episodes) {
    }

    /** @param word "rising", "falling" or "steady", by {@link #STEADY_BELOW} */
    public record Trend(double slopePerWeek, String word) {
    }

    /** Counts by the hour the cramp started, on the episode's own clock. */
    public record TimeOfDay(int night, int morning, int afternoon, int evening) {
        /** Night 00–06, morning 06–12, afternoon 12–18, evening 18–24. */
        static int bucket(int hour) {
            return hour / 6;
        }
    }

    public static Insights of(List<Episode> episodes, List<FactorDay> days, LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<Episode> past = new ArrayList<>();
        for (Episode e : episodes) {
            if (!e.localDate().isAfter(today)) {
                past.add(e);
            }
        }
        List<WeekCount> weeks = weeks(past, today);
        int[] tod = new int[4];
        int atNight = 0;
        long minutes = 0;
        long pain = 0;
        int withPain = 0;
        for (Episode e : past) {
            int b = TimeOfDay.bucket(e.start().getHour());
            tod[b]++;
            if (b == 0 || e.context() == EpisodeContext.IN_BED) {
                atNight++;
            }
            minutes += e.durationMinutes();
            if (e.painScore() != null) {
                pain += e.painScore();
                withPain++;
            }
        }
        int n = past.size();
        return new Insights(weeks, trend(weeks), new TimeOfDay(tod[0], tod[1], tod[2], tod[3]),
                n == 0 ? null : (double) atNight / n,
                n == 0 ? null : (double) minutes / n,
                withPain == 0 ? null : (double) pain / withPain,
                Triggers.of(past, days, today));
    }

    /**
     * Complete weeks only: a week still under way would always look like a fall. Today's week
     * counts as complete on its Sunday.
     */
    static List<WeekCount> weeks(List<Episode> episodes, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastWeek = today.getDayOfWeek() == DayOfWeek.SUNDAY ? monday : monday.minusWeeks(1);
        LocalDate first = lastWeek.minusWeeks(WEEKS - 1);
        int[] counts = new int[WEEKS];
        for (Episode e : episodes) {
            LocalDate d = e.localDate();
            if (!d.isBefore(first) && d.isBefore(lastWeek.plusWeeks(1))) {
                counts[(int) (java.time.temporal.ChronoUnit.DAYS.between(first, d) / 7)]++;
            }
        }
        List<WeekCount> out = new ArrayList<>(WEEKS);
        for (int i = 0; i < WEEKS; i++) {
            out.add(new WeekCount(first.plusWeeks(i), counts[i]));
        }
        return out;
    }

    /** Ordinary least squares of count on week number 0..n-1; the slope is in episodes a week per week. */
    static Trend trend(List<WeekCount> weeks) {
        int n = weeks.size();
        double meanX = (n - 1) / 2.0;
        double meanY = weeks.stream().mapToInt(WeekCount::episodes).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - meanX) * (weeks.get(i).episodes() - meanY);
            sxx += (i - meanX) * (i - meanX);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        String word = Math.abs(slope) < STEADY_BELOW ? "steady" : slope > 0 ? "rising" : "falling";
        return new Trend(slope, word);
    }
}
