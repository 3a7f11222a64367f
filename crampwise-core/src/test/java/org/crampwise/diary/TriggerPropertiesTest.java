package org.crampwise.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.diary.Diary.START;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TriggerPropertiesTest {

    @Property
    void the_interval_always_contains_the_estimate_and_is_finite(
            @ForAll @IntRange(min = 0, max = 500) int a, @ForAll @IntRange(min = 1, max = 400) int daysA,
            @ForAll @IntRange(min = 0, max = 500) int b, @ForAll @IntRange(min = 1, max = 400) int daysB) {
        double[] r = RateRatio.of(a, daysA, b, daysB);
        assertThat(r[1]).isLessThanOrEqualTo(r[0]);
        assertThat(r[0]).isLessThanOrEqualTo(r[2]);
        assertThat(r[1]).isPositive();
        assertThat(Double.isFinite(r[2])).isTrue();
    }

    @Property
    void the_results_do_not_depend_on_the_order_days_and_episodes_are_listed(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 3) Integer> pattern,
            @ForAll long seed) {
        // Day i: factor "x" present when pattern % 2 == 1, unknown when 2, and (pattern % 2) cramps.
        List<FactorDay> days = new ArrayList<>();
        List<Episode> eps = new ArrayList<>();
        for (int i = 0; i < pattern.size(); i++) {
            int p = pattern.get(i);
            days.add(new FactorDay(START.plusDays(i), p == 2 ? Map.of("y", true) : Map.of("x", p % 2 == 1, "y", i % 3 == 0)));
            eps.addAll(Diary.many(START.plusDays(i), p % 2 + (p == 3 ? 1 : 0)));
        }
        List<Trigger> ordered = Triggers.of(eps, days, START.plusDays(pattern.size()));
        Collections.shuffle(days, new Random(seed));
        Collections.shuffle(eps, new Random(seed + 1));
        assertThat(Triggers.of(eps, days, START.plusDays(pattern.size()))).isEqualTo(ordered);
        for (Trigger t : ordered) {
            if (t instanceof Trigger.Measured m) {
                assertThat(m.lower()).isLessThanOrEqualTo(m.rateRatio());
                assertThat(m.daysWith()).isGreaterThanOrEqualTo(Trigger.MIN_DAYS_EACH_SIDE);
                assertThat(m.daysWithout()).isGreaterThanOrEqualTo(Trigger.MIN_DAYS_EACH_SIDE);
            }
        }
    }

    @Property
    void the_tallies_match_counting_day_by_day_for_each_factor_and_timing(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 8) Integer> pattern,
            @ForAll @IntRange(min = 0, max = 70) int todayOffset) {
        // Day i: factor "a" from bit 0 (unknown when bit 1 is set), "b" from bit 2; cramps on the
        // day: the pattern mod 4; some days have no log at all (pattern 8), some cramps are after today.
        List<FactorDay> days = new ArrayList<>();
        List<Episode> eps = new ArrayList<>();
        for (int i = 0; i < pattern.size(); i++) {
            int p = pattern.get(i);
            eps.addAll(Diary.many(START.plusDays(i), p % 4));
            if (p == 8) {
                continue;
            }
            Map<String, Boolean> f = new java.util.HashMap<>();
            if ((p & 2) == 0) {
                f.put("a", (p & 1) == 1);
            }
            f.put("b", (p & 4) == 4);
            days.add(new FactorDay(START.plusDays(i), f));
        }
        java.time.LocalDate today = START.plusDays(todayOffset);
        for (Trigger t : Triggers.of(eps, days, today)) {
            int[] expected = countByHand(t.factor(), t.timing(), eps, days, today);
            if (t instanceof Trigger.Measured m) {
                assertThat(new int[] {m.daysWith(), m.episodesWith(), m.daysWithout(), m.episodesWithout()})
                        .isEqualTo(expected);
            } else {
                int missing = Math.max(0, 3 - expected[0]) + Math.max(0, 3 - expected[2]);
                assertThat(((Trigger.NotEnoughData) t).moreDaysNeeded()).isEqualTo(missing);
            }
        }
    }

    /** [days with, cramps with, days without, cramps without], the plain way. */
    private static int[] countByHand(String factor, Trigger.Timing timing, List<Episode> eps, List<FactorDay> days,
                                     java.time.LocalDate today) {
        int[] out = new int[4];
        for (FactorDay d : days) {
            Boolean present = d.factors().get(factor);
            java.time.LocalDate outcome = timing == Trigger.Timing.SAME_DAY ? d.date() : d.date().plusDays(1);
            if (present == null || d.date().isAfter(today) || outcome.isAfter(today)) {
                continue;
            }
            int n = (int) eps.stream().filter(e -> e.localDate().equals(outcome)).count();
            int at = present ? 0 : 2;
            out[at]++;
            out[at + 1] += n;
        }
        return out;
    }
}
