package org.crampwise.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crampwise.diary.Diary.START;
import static org.crampwise.diary.Diary.UTC;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crampwise.engine.Engine;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.crampwise.kb.Level;
import org.junit.jupiter.api.Test;

class SummaryTest {
    private static final Engine ENGINE = new Engine(KnowledgeBaseLoader.builtIn());
    private static final LocalDate TODAY = START.plusDays(55);
    private static final Summary.Period PERIOD = Summary.Period.endingOn(TODAY);

    private static Episode cramp(LocalDate day, int hour, int minutes, Integer pain, String context) {
        return new Episode(ZonedDateTime.of(day.atTime(hour, 30), UTC), minutes, pain, context);
    }

    private static DayFactors.NotedDay noted(LocalDate day, boolean newMedicine) {
        return new DayFactors.NotedDay(day, Map.of("newMedicine", newMedicine), List.of());
    }

    @Test
    void the_default_period_is_the_last_four_weeks_compared_with_the_four_before() {
        assertThat(PERIOD.from()).isEqualTo(TODAY.minusDays(27));
        assertThat(PERIOD.days()).isEqualTo(28);
        assertThat(PERIOD.before()).isEqualTo(new Summary.Period(TODAY.minusDays(55), TODAY.minusDays(28)));
    }

    @Test
    void a_period_backwards_or_over_a_year_is_refused_naming_its_dates() {
        assertThatThrownBy(() -> new Summary.Period(TODAY, TODAY.minusDays(1)))
                .hasMessageContaining(TODAY.toString()).hasMessageContaining("after its end");
        assertThatThrownBy(() -> new Summary.Period(TODAY.minusDays(366), TODAY)).hasMessageContaining("at most 366");
    }

    @Test
    void the_measures_count_only_the_period_and_the_previous_ones_the_days_before() {
        LocalDate d = PERIOD.from();
        List<Episode> eps = List.of(
                cramp(d, 3, 2, 6, null),                 // at night: woke the person
                cramp(d, 23, 4, null, "in_bed"),         // in bed, same day: still one night
                cramp(d.plusDays(1), 14, 12, 8, "sitting"),
                cramp(d.minusDays(1), 14, 30, 2, null),  // the period before
                cramp(TODAY.plusDays(1), 3, 60, 10, null)); // after the period: left out
        Summary s = Summary.of(PERIOD, eps, List.of(), null, List.of(noted(d.plusDays(5), false)), ENGINE);
        Measures m = s.now();
        assertThat(m.cramps()).isEqualTo(3);
        assertThat(m.perWeek()).isEqualTo(3 * 7.0 / 28);
        assertThat(m.nightsFree()).isEqualTo(26);
        assertThat(m.shareNightsFree()).isEqualTo(26 / 28.0);
        assertThat(m.averageMinutes()).isEqualTo(6.0);
        assertThat(m.longestMinutes()).isEqualTo(12);
        assertThat(m.averagePain()).isEqualTo(7.0);
        assertThat(m.nightsWoken()).isEqualTo(1);
        assertThat(m.timeOfDay()).isEqualTo(new Insights.TimeOfDay(1, 0, 1, 1));
        assertThat(m.daysLogged()).isEqualTo(3);
        assertThat(s.before().cramps()).isEqualTo(1);
        assertThat(s.before().longestMinutes()).isEqualTo(30);
        assertThat(s.before().averagePain()).isEqualTo(2.0);
    }

    @Test
    void an_empty_period_has_no_averages_and_every_night_free() {
        Summary s = Summary.of(PERIOD, List.of(), List.of(), null, List.of(), ENGINE);
        assertThat(s.now().averageMinutes()).isNull();
        assertThat(s.now().longestMinutes()).isNull();
        assertThat(s.now().averagePain()).isNull();
        assertThat(s.now().shareNightsFree()).isEqualTo(1.0);
        assertThat(s.now().daysLogged()).isZero();
        assertThat(s.lastCheck()).isNull();
        assertThat(s.reasons()).isEmpty();
    }

    @Test
    void medicines_started_are_the_days_of_the_period_noted_so_in_order() {
        LocalDate d = PERIOD.from();
        Summary s = Summary.of(PERIOD, List.of(), List.of(), null, List.of(noted(d.plusDays(9), true),
                noted(d.plusDays(2), true), noted(d.plusDays(3), false), noted(d.minusDays(2), true)), ENGINE);
        assertThat(s.medicinesStarted()).containsExactly(d.plusDays(2), d.plusDays(9));
    }

    @Test
    void a_check_saying_it_wakes_the_person_counts_that_night_even_in_the_afternoon() {
        LocalDate d = PERIOD.from().plusDays(3);
        Summary s = Summary.of(PERIOD, List.of(cramp(d, 15, 2, 3, null)),
                List.of(new Summary.Answers(ZonedDateTime.of(d.atTime(15, 30), UTC), Map.of("disturbs_sleep", true))),
                null, List.of(), ENGINE);
        assertThat(s.now().nightsWoken()).isEqualTo(1);
    }

    @Test
    void the_last_check_gives_its_level_and_reasons_and_its_red_flag_in_the_period_is_seen() {
        LocalDate d = PERIOD.from().plusDays(3);
        Summary.Answers swollen = new Summary.Answers(ZonedDateTime.of(d.atTime(9, 0), UTC), Map.of("one_leg_swollen", true));
        List<Summary.Answers> answers = new ArrayList<>();
        answers.add(swollen);
        answers.add(new Summary.Answers(ZonedDateTime.of(d.minusDays(40).atTime(9, 0), UTC), Map.of("location", "calf")));
        Summary s = Summary.of(PERIOD, List.of(), answers, swollen, List.of(), ENGINE);
        assertThat(s.lastCheck().date()).isEqualTo(d);
        assertThat(s.lastCheck().level()).isEqualTo(Level.URGENT);
        assertThat(s.lastCheck().reasons()).isNotEmpty();
        // The same answers in the period are a red flag seen.
        assertThat(s.reasons()).extracting(Escalation.Reason::code).contains(Escalation.RED_FLAG);
    }

    @Test
    void a_check_after_the_period_end_is_not_the_last_one_of_the_period() {
        Summary.Answers later = new Summary.Answers(ZonedDateTime.of(TODAY.plusDays(2).atTime(9, 0), UTC),
                Map.of("location", "calf"));
        assertThat(Summary.of(PERIOD, List.of(), List.of(), later, List.of(), ENGINE).lastCheck()).isNull();
    }

    @Test
    void a_long_cramp_near_the_period_end_is_a_reason_to_see_a_doctor() {
        Summary s = Summary.of(PERIOD, List.of(cramp(TODAY.minusDays(2), 14, 25, 5, null)), List.of(), null, List.of(),
                ENGINE);
        assertThat(s.reasons()).extracting(Escalation.Reason::code).containsExactly(Escalation.LONG_EPISODE);
    }

    @Test
    void triggers_use_the_whole_diary_up_to_the_period_end() {
        List<Episode> eps = new ArrayList<>();
        List<DayFactors.NotedDay> days = new ArrayList<>();
        for (int i = 0; i < 56; i++) {
            LocalDate d = START.plusDays(i);
            boolean sweat = i % 2 == 0;
            days.add(new DayFactors.NotedDay(d, Map.of("heavySweating", sweat), List.of()));
            if (sweat) {
                eps.add(cramp(d, 14, 2, 3, null));
            }
        }
        Summary s = Summary.of(PERIOD, eps, List.of(), null, days, ENGINE);
        Trigger t = Diary.find(s.triggers(), "heavy_sweating", Trigger.Timing.SAME_DAY);
        assertThat(Plain.of(t)).isEqualTo(Plain.MORE_SURE);
        assertThat(Plain.of(Diary.find(s.triggers(), "heavy_sweating", Trigger.Timing.NEXT_DAY)))
                .isEqualTo(Plain.FEWER_SURE);
    }
}
