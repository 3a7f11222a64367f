package org.crampwise.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crampwise.diary.Trigger.Measured;
import org.crampwise.diary.Trigger.NotEnoughData;
import org.crampwise.diary.Trigger.Timing;

/** Compares cramp rates on days with and without each logged factor (tracker item 4, "Triggers"). */
final class Triggers {

    /** Strongest evidence first: a high lower bound is a claim the data can stand behind. */
    static final Comparator<Trigger> RANKING = Comparator
            .comparingInt((Trigger t) -> t instanceof Measured ? 0 : 1)
            .thenComparing(Comparator.comparingDouble((Trigger t) -> t instanceof Measured m ? m.lower() : 0).reversed())
            .thenComparing(Comparator.comparingDouble((Trigger t) -> t instanceof Measured m ? m.rateRatio() : 0).reversed())
            .thenComparingInt(t -> t instanceof NotEnoughData n ? n.moreDaysNeeded() : 0)
            .thenComparing(Trigger::factor)
            .thenComparing(Trigger::timing);

    private Triggers() {
    }

    /**
     * One result per factor and timing, ranked. Logs after {@code today} are ignored; a day counts
     * for the next-day comparison only when its next day is not after {@code today}.
     *
     * <p>One pass over the days' factors fills every factor's tallies at once, with the cramps
     * per day in an array by date: a diary of ten years and a dozen factors is ~50,000 steps,
     * not a map look-up per factor, timing and day.
     */
    static List<Trigger> of(List<Episode> episodes, List<FactorDay> days, LocalDate today) {
        long todayDay = today.toEpochDay();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        Set<LocalDate> seen = new HashSet<>();
        for (FactorDay d : days) {
            if (d.date().isAfter(today)) {
                continue;
            }
            if (!seen.add(d.date())) {
                // Two logs for one day would count that day twice; the caller must merge them.
                throw new IllegalArgumentException("two day logs for " + d.date());
            }
            first = Math.min(first, d.date().toEpochDay());
            last = Math.max(last, d.date().toEpochDay());
        }
        if (seen.isEmpty()) {
            return List.of();
        }
        // Cramps on each day from the first log to the day after the last (the next-day outcome).
        int[] perDay = new int[(int) (last - first + 2)];
        for (Episode e : episodes) {
            long d = e.localDate().toEpochDay();
            if (d >= first && d <= last + 1) {
                perDay[(int) (d - first)]++;
            }
        }
        Map<String, int[]> tallies = new TreeMap<>(); // by factor: see Tally
        for (FactorDay d : days) {
            long day = d.date().toEpochDay();
            if (day > todayDay) {
                continue;
            }
            int i = (int) (day - first);
            boolean nextHappened = day + 1 <= todayDay;
            for (Map.Entry<String, Boolean> f : d.factors().entrySet()) {
                int[] t = tallies.computeIfAbsent(f.getKey(), k -> new int[Tally.SIZE]);
                int side = f.getValue() ? Tally.WITH : Tally.WITHOUT;
                t[Tally.SAME + side]++;
                t[Tally.SAME + side + 1] += perDay[i];
                if (nextHappened) {
                    t[Tally.NEXT + side]++;
                    t[Tally.NEXT + side + 1] += perDay[i + 1];
                }
            }
        }
        List<Trigger> out = new ArrayList<>();
        for (Map.Entry<String, int[]> f : tallies.entrySet()) {
            out.add(result(f.getKey(), Timing.SAME_DAY, f.getValue(), Tally.SAME));
            out.add(result(f.getKey(), Timing.NEXT_DAY, f.getValue(), Tally.NEXT));
        }
        out.sort(RANKING);
        return List.copyOf(out);
    }

    /** Offsets in a factor's int[]: for each timing, days and cramps with, then days and cramps without. */
    private static final class Tally {
        static final int SAME = 0;
        static final int NEXT = 4;
        static final int WITH = 0;
        static final int WITHOUT = 2;
        static final int SIZE = 8;
    }

    private static Trigger result(String factor, Timing timing, int[] t, int at) {
        int daysWith = t[at + Tally.WITH];
        int episodesWith = t[at + Tally.WITH + 1];
        int daysWithout = t[at + Tally.WITHOUT];
        int episodesWithout = t[at + Tally.WITHOUT + 1];
        int missing = Math.max(0, Trigger.MIN_DAYS_EACH_SIDE - daysWith)
                + Math.max(0, Trigger.MIN_DAYS_EACH_SIDE - daysWithout);
        if (missing > 0) {
            // Both sides may be short; the sum is the fewest extra days that could be enough.
            return new NotEnoughData(factor, timing, missing);
        }
        double[] r = RateRatio.of(episodesWith, daysWith, episodesWithout, daysWithout);
        return new Measured(factor, timing, episodesWith, daysWith, episodesWithout, daysWithout,
                r[0], r[1], r[2], r[3] == 1);
    }
}
