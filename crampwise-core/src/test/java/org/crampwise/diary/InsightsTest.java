package org.crampwise.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.crampwise.diary.Diary.START;
import static org.crampwise.diary.Diary.at;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightsTest {

    @Test
    void an_empty_diary_has_no_averages_and_a_steady_trend() {
        Insights i = Insights.of(List.of(), List.of(), START);
        assertThat(i.averageDurationMinutes()).isNull();
        assertThat(i.averagePain()).isNull();
        assertThat(i.shareAtNight()).isNull();
        assertThat(i.episodesPerWeek()).hasSize(8).allMatch(w -> w.episodes() == 0);
        assertThat(i.trend()).isEqualTo(new Insights.Trend(0, "steady"));
        assertThat(i.triggers()).isEmpty();
    }

    @Test
    void weeks_are_the_last_eight_complete_iso_weeks_oldest_first() {
        LocalDate wednesday = START.plusWeeks(8).plusDays(2); // 2026-05-06
        List<Episode> eps = List.of(at(START, 1), at(START.plusDays(6), 1), // first week, Mon and Sun
                at(START.plusWeeks(7).plusDays(6), 1),                        // last complete week's Sunday
                at(wednesday, 1));                                            // this week: not yet counted
        List<Insights.WeekCount> weeks = Insights.of(eps, List.of(), wednesday).episodesPerWeek();
        assertThat(weeks.get(0)).isEqualTo(new Insights.WeekCount(START, 2));
        assertThat(weeks.get(7)).isEqualTo(new Insights.WeekCount(START.plusWeeks(7), 1));
        assertThat(weeks.stream().mapToInt(Insights.WeekCount::episodes).sum()).isEqualTo(3);
        // On a Sunday its own week is complete and is the last one.
        LocalDate sunday = START.plusWeeks(8).plusDays(6);
        assertThat(Insights.of(eps, List.of(), sunday).episodesPerWeek().get(7).weekStart()).isEqualTo(START.plusWeeks(8));
    }

    @Test
    void the_trend_is_the_least_squares_slope_with_a_quarter_episode_threshold() {
        // Counts 0,1,2,...,7: slope exactly 1 a week per week -> rising.
        List<Episode> eps = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            eps.addAll(Diary.many(START.plusWeeks(w), w));
        }
        Insights i = Insights.of(eps, List.of(), START.plusWeeks(8));
        assertThat(i.trend().slopePerWeek()).isCloseTo(1.0, within(1e-9));
        assertThat(i.trend().word()).isEqualTo("rising");
        // Counts 2,0,0,0,0,0,0,0: x = 0..7, mean x 3.5; Sxx = 2 * (3.5² + 2.5² + 1.5² + 0.5²) = 42;
        // Sxy = sum of (x - 3.5) * y = (0 - 3.5) * 2 = -7 -> slope -7/42 = -0.167: steady.
        Insights.Trend t = Insights.trend(weeks(2, 0, 0, 0, 0, 0, 0, 0));
        assertThat(t.slopePerWeek()).isCloseTo(-7.0 / 42, within(1e-9));
        assertThat(t.word()).isEqualTo("steady");
        // Counts 4,0,...: Sxy = -14 -> slope -0.333, past the threshold -> falling.
        assertThat(Insights.trend(weeks(4, 0, 0, 0, 0, 0, 0, 0)).word()).isEqualTo("falling");
    }

    private static List<Insights.WeekCount> weeks(int... counts) {
        List<Insights.WeekCount> out = new ArrayList<>();
        for (int c : counts) {
            out.add(new Insights.WeekCount(START.plusWeeks(out.size()), c));
        }
        return out;
    }

    @Test
    void time_of_day_averages_and_share_at_night() {
        List<Episode> eps = List.of(
                new Episode(ZonedDateTime.of(START.atTime(0, 0), Diary.UTC), 1, 2, null),       // night
                new Episode(ZonedDateTime.of(START.atTime(5, 59), Diary.UTC), 3, 4, null),      // night
                new Episode(ZonedDateTime.of(START.atTime(6, 0), Diary.UTC), 5, 6, "standing"), // morning
                new Episode(ZonedDateTime.of(START.atTime(12, 0), Diary.UTC), 7, 8, "sitting"), // afternoon
                new Episode(ZonedDateTime.of(START.atTime(22, 0), Diary.UTC), 9, 10, "in_bed")); // evening, in bed
        Insights i = Insights.of(eps, List.of(), START.plusDays(1));
        assertThat(i.timeOfDay()).isEqualTo(new Insights.TimeOfDay(2, 1, 1, 1));
        assertThat(i.shareAtNight()).isCloseTo(3 / 5.0, within(1e-9)); // 2 at night hours + 1 in bed
        assertThat(i.averageDurationMinutes()).isCloseTo(25 / 5.0, within(1e-9)); // (1+3+5+7+9)/5
        assertThat(i.averagePain()).isCloseTo(30 / 5.0, within(1e-9));            // (2+4+6+8+10)/5
    }

    @Test
    void the_average_pain_leaves_out_episodes_without_a_pain_score_but_the_average_length_counts_them() {
        List<Episode> eps = List.of(
                new Episode(ZonedDateTime.of(START.atTime(10, 0), Diary.UTC), 2, 3, null),
                new Episode(ZonedDateTime.of(START.atTime(11, 0), Diary.UTC), 4, null, null),
                new Episode(ZonedDateTime.of(START.atTime(12, 0), Diary.UTC), 6, 7, null));
        Insights i = Insights.of(eps, List.of(), START.plusDays(1));
        assertThat(i.averagePain()).isCloseTo((3 + 7) / 2.0, within(1e-9));
        assertThat(i.averageDurationMinutes()).isCloseTo((2 + 4 + 6) / 3.0, within(1e-9));
        Insights none = Insights.of(List.of(eps.get(1)), List.of(), START.plusDays(1));
        assertThat(none.averagePain()).isNull();
    }

    @Test
    void an_episode_at_half_past_eleven_in_london_on_a_clock_change_day_is_evening_on_that_day() {
        ZoneId london = ZoneId.of("Europe/London");
        // 29 March 2026: clocks go forward at 01:00; 23:30 BST is 22:30 UTC, still the 29th locally.
        ZonedDateTime late = ZonedDateTime.of(LocalDate.of(2026, 3, 29).atTime(23, 30), london);
        // 01:30 on 25 October 2026 (clocks go back): 01:30 local is night whatever the offset.
        ZonedDateTime early = ZonedDateTime.of(LocalDate.of(2026, 10, 25).atTime(1, 30), london);
        Episode a = new Episode(late, 2, 3, null);
        Episode b = new Episode(early, 2, 3, null);
        Insights i = Insights.of(List.of(a, b), List.of(), LocalDate.of(2026, 11, 1));
        assertThat(i.timeOfDay()).isEqualTo(new Insights.TimeOfDay(1, 0, 0, 1));
        assertThat(a.localDate()).isEqualTo(LocalDate.of(2026, 3, 29));
        // The same instant seen from Tokyo is the 30th in the morning: the episode's own zone decides.
        Episode tokyo = new Episode(late.withZoneSameInstant(ZoneId.of("Asia/Tokyo")), 2, 3, null);
        assertThat(tokyo.localDate()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(Insights.of(List.of(tokyo), List.of(), LocalDate.of(2026, 4, 1)).timeOfDay())
                .isEqualTo(new Insights.TimeOfDay(0, 1, 0, 0));
    }

    @Test
    void episodes_after_today_are_left_out() {
        Insights i = Insights.of(List.of(at(START, 9), at(START.plusDays(1), 9)), List.of(), START);
        assertThat(i.timeOfDay().morning()).isEqualTo(1);
    }
}
