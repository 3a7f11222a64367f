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
        List<DayLog> days = new ArrayList<>();
        List<Episode> eps = new ArrayList<>();
        for (int i = 0; i < pattern.size(); i++) {
            int p = pattern.get(i);
            days.add(new DayLog(START.plusDays(i), p == 2 ? Map.of("y", true) : Map.of("x", p % 2 == 1, "y", i % 3 == 0)));
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
}
