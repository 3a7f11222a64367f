package org.crampwise.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
     */
    static List<Trigger> of(List<Episode> episodes, List<DayLog> days, LocalDate today) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (Episode e : episodes) {
            perDay.merge(e.localDate(), 1, Integer::sum);
        }
        Map<LocalDate, DayLog> byDate = new HashMap<>();
        TreeSet<String> factors = new TreeSet<>();
        for (DayLog d : days) {
            if (d.date().isAfter(today)) {
                continue;
            }
            if (byDate.put(d.date(), d) != null) {
                // Two logs for one day would count that day twice; the caller must merge them.
                throw new IllegalArgumentException("two day logs for " + d.date());
            }
            factors.addAll(d.factors().keySet());
        }
        List<Trigger> out = new ArrayList<>();
        for (String f : factors) {
            for (Timing t : Timing.values()) {
                out.add(compare(f, t, byDate, perDay, today));
            }
        }
        out.sort(RANKING);
        return List.copyOf(out);
    }

    private static Trigger compare(String factor, Timing timing, Map<LocalDate, DayLog> byDate,
                                   Map<LocalDate, Integer> perDay, LocalDate today) {
        int daysWith = 0;
        int daysWithout = 0;
        int episodesWith = 0;
        int episodesWithout = 0;
        for (DayLog d : byDate.values()) {
            Boolean present = d.factors().get(factor);
            if (present == null) {
                continue; // unknown that day: neither with nor without
            }
            LocalDate outcomeDay = timing == Timing.SAME_DAY ? d.date() : d.date().plusDays(1);
            if (outcomeDay.isAfter(today)) {
                continue; // its next day has not happened yet
            }
            int n = perDay.getOrDefault(outcomeDay, 0);
            if (present) {
                daysWith++;
                episodesWith += n;
            } else {
                daysWithout++;
                episodesWithout += n;
            }
        }
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
