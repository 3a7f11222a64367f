package org.crampwise.diary;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The measures leg-cramp trials use, over one period of a diary (definitions in the README).
 *
 * @param cramps          cramps that started in the period, on their own clocks
 * @param perWeek         cramps / days × 7
 * @param nightsFree      days of the period with no cramp logged at all
 * @param shareNightsFree nightsFree / days
 * @param averageMinutes  null with no cramps
 * @param longestMinutes  null with no cramps
 * @param averagePain     over the cramps with a pain score; null with none
 * @param nightsWoken     days with a cramp in bed, or starting 00:00–06:00, or whose check says it
 *                        wakes the person ({@code disturbs_sleep})
 * @param daysLogged      days with a cramp or a day log
 */
public record Measures(int days, int cramps, double perWeek, int nightsFree, double shareNightsFree,
                       Double averageMinutes, Integer longestMinutes, Double averagePain, int nightsWoken,
                       Insights.TimeOfDay timeOfDay, int daysLogged) {

    static final String DISTURBS_SLEEP = "disturbs_sleep";

    static Measures of(Summary.Period p, List<Episode> episodes, List<Summary.Answers> answers,
                       List<DayFactors.NotedDay> noted) {
        Set<LocalDate> crampDays = new HashSet<>();
        Set<LocalDate> woken = new HashSet<>();
        int[] tod = new int[4];
        int n = 0;
        long minutes = 0;
        int longest = 0;
        long pain = 0;
        int withPain = 0;
        for (Episode e : episodes) {
            LocalDate d = e.localDate();
            if (!p.contains(d)) {
                continue;
            }
            n++;
            crampDays.add(d);
            int bucket = Insights.TimeOfDay.bucket(e.start().getHour());
            tod[bucket]++;
            if (bucket == 0 || e.context() == EpisodeContext.IN_BED) {
                woken.add(d);
            }
            minutes += e.durationMinutes();
            longest = Math.max(longest, e.durationMinutes());
            if (e.painScore() != null) {
                pain += e.painScore();
                withPain++;
            }
        }
        for (Summary.Answers a : answers) {
            if (p.contains(a.start().toLocalDate()) && Boolean.TRUE.equals(a.findings().get(DISTURBS_SLEEP))) {
                woken.add(a.start().toLocalDate());
            }
        }
        Set<LocalDate> logged = new HashSet<>(crampDays);
        for (DayFactors.NotedDay d : noted) {
            if (p.contains(d.date())) {
                logged.add(d.date());
            }
        }
        int days = p.days();
        int free = days - crampDays.size();
        return new Measures(days, n, n * 7.0 / days, free, (double) free / days,
                n == 0 ? null : (double) minutes / n, n == 0 ? null : longest,
                withPain == 0 ? null : (double) pain / withPain, woken.size(),
                new Insights.TimeOfDay(tod[0], tod[1], tod[2], tod[3]), logged.size());
    }
}
