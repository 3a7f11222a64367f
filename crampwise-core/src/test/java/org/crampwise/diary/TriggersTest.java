package org.crampwise.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.crampwise.diary.Diary.START;
import static org.crampwise.diary.Diary.at;
import static org.crampwise.diary.Diary.day;
import static org.crampwise.diary.Diary.find;
import static org.crampwise.diary.Diary.measured;
import static org.crampwise.diary.Trigger.Timing.NEXT_DAY;
import static org.crampwise.diary.Trigger.Timing.SAME_DAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggersTest {

    /** Days 0-4 with alcohol, days 5-14 without; 4 cramps on alcohol days, 2 on the others. */
    private static List<Trigger> alcoholExample() {
        List<FactorDay> days = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            days.add(day(START.plusDays(i), "alcohol", i < 5));
        }
        List<Episode> eps = List.of(at(START, 3), at(START.plusDays(1), 3), at(START.plusDays(2), 3),
                at(START.plusDays(2), 4), at(START.plusDays(7), 3), at(START.plusDays(12), 3));
        return Triggers.of(eps, days, START.plusDays(14));
    }

    @Test
    void four_cramps_on_five_alcohol_days_against_two_on_ten_without_is_a_ratio_of_four() {
        Trigger.Measured m = measured(alcoholExample(), "alcohol", SAME_DAY);
        // RR = (4/5) / (2/10) = 0.8 / 0.2 = 4.0; ln 4 = 1.3863
        // SE = sqrt(1/4 + 1/2) = sqrt(0.75) = 0.8660; 1.96 * 0.8660 = 1.6974
        // lower = exp(1.3863 - 1.6974) = exp(-0.3111) = 0.7326
        // upper = exp(1.3863 + 1.6974) = exp(3.0837) = 21.84 (the tracker's 21.9 was rounded early)
        assertThat(m.episodesWith()).isEqualTo(4);
        assertThat(m.daysWith()).isEqualTo(5);
        assertThat(m.episodesWithout()).isEqualTo(2);
        assertThat(m.daysWithout()).isEqualTo(10);
        assertThat(m.rateRatio()).isCloseTo(4.0, within(0.005));
        assertThat(m.lower()).isCloseTo(0.73, within(0.005));
        assertThat(m.upper()).isCloseTo(21.84, within(0.005));
        assertThat(m.corrected()).isFalse();
        assertThat(m.message()).isEqualTo("Same-day cramps on days with alcohol: 4.00 times as many (95% CI 0.73 to 21.84)");
    }

    @Test
    void the_next_day_compares_cramps_on_the_day_after_each_logged_day() {
        Trigger.Measured m = measured(alcoholExample(), "alcohol", NEXT_DAY);
        // Day 14 is today, so its next day has not happened: 14 eligible days, 5 with and 9 without.
        // Cramps the day after an alcohol day (days 1-5): days 1, 2, 2 -> 3 (day 0's is not "after").
        // Cramps the day after a dry day (days 6-14): days 7 and 12 -> 2.
        // RR = (3/5) / (2/9) = 0.6 / 0.2222 = 2.70; SE = sqrt(1/3 + 1/2) = 0.9129
        // CI = exp(ln 2.7 ± 1.96 * 0.9129) = exp(0.9933 ± 1.7892) = 0.45 to 16.16
        assertThat(m.daysWith()).isEqualTo(5);
        assertThat(m.daysWithout()).isEqualTo(9);
        assertThat(m.episodesWith()).isEqualTo(3);
        assertThat(m.episodesWithout()).isEqualTo(2);
        assertThat(m.rateRatio()).isCloseTo(2.70, within(0.005));
        assertThat(m.lower()).isCloseTo(0.45, within(0.005));
        assertThat(m.upper()).isCloseTo(16.16, within(0.005));
    }

    @Test
    void a_factor_that_shows_only_the_next_day_is_found_the_next_day() {
        // Hard exercise on days 0, 4, 8, 12; a cramp the day after each, none otherwise.
        List<FactorDay> days = new ArrayList<>();
        List<Episode> eps = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            days.add(day(START.plusDays(i), "hard_exercise", i % 4 == 0));
            if (i % 4 == 0) {
                eps.add(at(START.plusDays(i + 1), 2));
            }
        }
        List<Trigger> ts = Triggers.of(eps, days, START.plusDays(15));
        Trigger.Measured same = measured(ts, "hard_exercise", SAME_DAY);
        Trigger.Measured next = measured(ts, "hard_exercise", NEXT_DAY);
        // Same day: 0 cramps on 4 days with, 4 on 12 without -> corrected (0.5/4)/(4.5/12) = 0.33
        assertThat(same.corrected()).isTrue();
        assertThat(same.rateRatio()).isCloseTo(0.125 / 0.375, within(1e-9));
        // Next day: 15 eligible days (4 with, 11 without); 4 cramps after, 0 after the rest ->
        // corrected (4.5/4)/(0.5/11) = 1.125/0.04545 = 24.75; SE = sqrt(1/4.5 + 1/0.5) = 1.4907
        // lower = exp(ln 24.75 - 1.96 * 1.4907) = exp(3.2088 - 2.9218) = exp(0.2870) = 1.33
        assertThat(next.corrected()).isTrue();
        assertThat(next.rateRatio()).isCloseTo(24.75, within(0.005));
        assertThat(next.lower()).isCloseTo(1.33, within(0.005));
        assertThat(ts.get(0)).isEqualTo(next); // the only interval above 1 ranks first
    }

    @Test
    void zero_cramps_on_days_without_uses_the_haldane_anscombe_correction() {
        // 3 days with (2 cramps), 3 days without (0): a = 2.5, b = 0.5 after adding 0.5 to both.
        // RR = (2.5/3) / (0.5/3) = 5.0; SE = sqrt(1/2.5 + 1/0.5) = sqrt(2.4) = 1.5492
        // CI = exp(1.6094 ± 3.0364) = exp(-1.4270) to exp(4.6458) = 0.24 to 104.15
        List<FactorDay> days = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            days.add(day(START.plusDays(i), "caffeine", i < 3));
        }
        List<Episode> eps = List.of(at(START, 9), at(START.plusDays(1), 9));
        Trigger.Measured m = measured(Triggers.of(eps, days, START.plusDays(5)), "caffeine", SAME_DAY);
        assertThat(m.corrected()).isTrue();
        assertThat(m.rateRatio()).isCloseTo(5.0, within(1e-9));
        assertThat(m.lower()).isCloseTo(0.24, within(0.005));
        assertThat(m.upper()).isCloseTo(104.15, within(0.01));
        assertThat(Double.isFinite(m.upper())).isTrue();
    }

    @Test
    void two_days_with_a_factor_is_not_enough_and_asks_for_one_more_day() {
        List<FactorDay> days = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            days.add(day(START.plusDays(i), "new_medicine", i < 2));
        }
        Trigger t = find(Triggers.of(List.of(at(START, 1)), days, START.plusDays(20)), "new_medicine", SAME_DAY);
        assertThat(t).isEqualTo(new Trigger.NotEnoughData("new_medicine", SAME_DAY, 1));
        assertThat(((Trigger.NotEnoughData) t).message()).isEqualTo("not enough data yet — log 1 more day");
    }

    @Test
    void a_factor_present_every_day_is_not_enough_data_and_never_divides_by_zero() {
        List<FactorDay> days = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            days.add(day(START.plusDays(i), "long_sitting", true));
        }
        List<Trigger> ts = Triggers.of(List.of(at(START, 1), at(START.plusDays(3), 1)), days, START.plusDays(9));
        Trigger.NotEnoughData n = (Trigger.NotEnoughData) find(ts, "long_sitting", SAME_DAY);
        assertThat(n.moreDaysNeeded()).isEqualTo(3);
        assertThat(n.message()).isEqualTo("not enough data yet — log 3 more days");
        assertThat(ts).allMatch(t -> t instanceof Trigger.NotEnoughData);
    }

    @Test
    void a_factor_missing_from_a_day_is_unknown_not_false() {
        List<FactorDay> days = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            days.add(day(START.plusDays(i), "alcohol", true));
        }
        for (int i = 3; i < 9; i++) {
            days.add(new FactorDay(START.plusDays(i), Map.of("caffeine", true))); // alcohol not said
        }
        Trigger t = find(Triggers.of(List.of(), days, START.plusDays(9)), "alcohol", SAME_DAY);
        assertThat(t).isEqualTo(new Trigger.NotEnoughData("alcohol", SAME_DAY, 3));
    }

    @Test
    void measured_factors_rank_by_lower_bound_before_any_not_enough_data() {
        List<FactorDay> days = new ArrayList<>();
        List<Episode> eps = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            LocalDate d = START.plusDays(i);
            days.add(new FactorDay(d, Map.of("a", i % 2 == 0, "b", i < 10, "rare", i == 0)));
            if (i % 2 == 0) {
                eps.addAll(Diary.many(d, 2));
            }
        }
        List<Trigger> ts = Triggers.of(eps, days, START.plusDays(19));
        assertThat(ts.get(0)).isEqualTo(measured(ts, "a", SAME_DAY));
        assertThat(ts.subList(ts.size() - 2, ts.size())).allMatch(t -> t.factor().equals("rare"));
        for (int i = 1; i < ts.size(); i++) {
            if (ts.get(i) instanceof Trigger.Measured m && ts.get(i - 1) instanceof Trigger.Measured p) {
                assertThat(p.lower()).isGreaterThanOrEqualTo(m.lower());
            }
        }
    }
}
