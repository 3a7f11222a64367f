package org.crampwise.app.web.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crampwise.app.web.Messages;
import org.crampwise.diary.Insights;
import org.crampwise.diary.Trigger;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

class ChartsTest {
    private static final Messages MESSAGES = new Messages(Locale.UK, "999", "111");

    @Test
    void the_top_of_the_count_axis_is_a_round_number_at_or_above_the_largest_count() {
        assertThat(Charts.niceTop(1)).isEqualTo(4);
        assertThat(Charts.niceTop(4)).isEqualTo(4);
        assertThat(Charts.niceTop(5)).isEqualTo(8);
        assertThat(Charts.niceTop(13)).isEqualTo(24);
        for (int n = 1; n < 500; n++) {
            assertThat(Charts.niceTop(n)).isGreaterThanOrEqualTo(n);
            assertThat(Charts.niceTop(n) % 4).isZero();
        }
    }

    @Test
    void bars_are_as_tall_as_their_counts_stand_on_the_baseline_and_carry_their_number() {
        List<Insights.WeekCount> weeks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            weeks.add(new Insights.WeekCount(LocalDate.of(2026, 9, 28).plusWeeks(i), i));
        }
        Charts.BarChart chart = Charts.weeks(weeks, MESSAGES);
        assertThat(chart.bars()).hasSize(8);
        Charts.Bar tallest = chart.bars().get(7);
        Charts.Bar half = chart.bars().get(4);
        assertThat(tallest.y() + tallest.height()).isEqualTo(chart.baseline());
        assertThat(half.height() * 7).isCloseTo(tallest.height() * 4, org.assertj.core.data.Offset.offset(8));
        assertThat(tallest.value()).isEqualTo("7");
        assertThat(chart.bars().get(0).label()).isEqualTo("28");
        assertThat(chart.bars().get(0).label2()).as("the month under the day").isEqualTo("Sept");
        assertThat(chart.bars().get(0).height()).isZero();
        assertThat(chart.bars()).allSatisfy(b -> assertThat(b.x() + b.width()).isLessThanOrEqualTo(chart.width()));
    }

    @Test
    void a_trigger_is_drawn_on_a_log_scale_with_arrows_where_its_interval_runs_off_it() {
        var rules = KnowledgeBaseLoader.builtIn().diary();
        Trigger.Measured inside = new Trigger.Measured("alcohol", Trigger.Timing.SAME_DAY, 8, 4, 4, 4, 2, 0.5, 4, false);
        Trigger.Measured wide = new Trigger.Measured("alcohol", Trigger.Timing.NEXT_DAY, 1, 4, 6, 3, 0.13, 0.02, 20,
                false);
        Charts.TriggerChart chart = Charts.triggers(List.of(inside, wide), rules, MESSAGES);
        Charts.TriggerLine a = chart.lines().get(0);
        assertThat(a.at() - chart.one()).as("ratio 2 sits as far right of 1 as 1/2 sits left of it")
                .isCloseTo(chart.one() - a.from(), org.assertj.core.data.Offset.offset(1));
        assertThat(a.offLow()).isFalse();
        assertThat(a.offHigh()).isFalse();
        assertThat(a.label()).containsExactly("Same day: you drank alcohol");
        Charts.TriggerLine b = chart.lines().get(1);
        assertThat(b.offLow()).isTrue();
        assertThat(b.offHigh()).isTrue();
        assertThat(b.label().get(0)).startsWith("Next day: ");
    }

    @Test
    void a_ratio_past_the_axis_says_so_in_words_and_a_long_label_wraps_onto_more_lines() {
        var rules = KnowledgeBaseLoader.builtIn().diary();
        Trigger.Measured high = new Trigger.Measured("caffeine", Trigger.Timing.NEXT_DAY, 9, 3, 0, 9, 12, 1.5, 90, true);
        Trigger.Measured low = new Trigger.Measured("alcohol", Trigger.Timing.SAME_DAY, 0, 9, 9, 3, 0.05, 0.01, 0.6, true);
        Charts.TriggerChart chart = Charts.triggers(List.of(high, low), rules, MESSAGES);
        Charts.TriggerLine h = chart.lines().get(0);
        assertThat(h.beyond()).isEqualTo("more than 8 times (off the scale)");
        assertThat(h.beyondAnchor()).isEqualTo("end");
        assertThat(h.label()).hasSize(2).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(Charts.LABEL_CHARS));
        assertThat(String.join(" ", h.label())).isEqualTo("Next day: you had 3 or more drinks with caffeine");
        Charts.TriggerLine l = chart.lines().get(1);
        assertThat(l.beyond()).isEqualTo("under 1/8 (off the scale)");
        assertThat(l.y() - h.y()).as("the second row starts below the first's words past the axis").isGreaterThan(60);
        assertThat(chart.bottom()).isLessThan(chart.height());
    }
}
