package org.crampwise.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crampwise.diary.Diary.START;
import static org.crampwise.diary.Diary.lasting;
import static org.crampwise.diary.Diary.many;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crampwise.engine.Engine;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.crampwise.kb.Level;
import org.junit.jupiter.api.Test;

class EscalationTest {
    private static final Engine ENGINE = new Engine(KnowledgeBaseLoader.builtIn());
    private static final LocalDate TODAY = START.plusDays(27);
    private static final LocalDate RECENT = TODAY.minusDays(13);  // first of the last 14 days
    private static final LocalDate EARLIER = TODAY.minusDays(27); // first of the 14 before

    private static List<Escalation.Reason> check(int recent, int earlier) {
        List<Episode> eps = new ArrayList<>(many(RECENT, recent));
        eps.addAll(many(EARLIER, earlier));
        return Escalation.check(eps, TODAY, ENGINE, List.of());
    }

    @Test
    void six_cramps_in_a_fortnight_after_three_is_exactly_double_and_raises_the_banner() {
        List<Escalation.Reason> r = check(6, 3); // 6 >= 2 * 3 and 6 >= 3 a week * 2 weeks
        assertThat(r).extracting(Escalation.Reason::code).containsExactly(Escalation.FORTNIGHT);
        assertThat(r.get(0).level()).isEqualTo(Level.SEE_DOCTOR);
        assertThat(Escalation.banner(r, ENGINE.knowledgeBase())).get().asString().startsWith("Please see a doctor about your cramps.");
    }

    @Test
    void five_cramps_is_under_three_a_week_even_when_more_than_double() {
        assertThat(check(5, 2)).isEmpty();
        assertThat(check(5, 0)).isEmpty();
        assertThat(Escalation.banner(check(5, 0), ENGINE.knowledgeBase())).isEmpty();
    }

    @Test
    void six_cramps_after_four_is_less_than_double() {
        assertThat(check(6, 4)).isEmpty();
        assertThat(check(8, 4)).hasSize(1);
    }

    @Test
    void the_fortnights_end_today_and_start_thirteen_and_twenty_seven_days_back() {
        List<Episode> eps = new ArrayList<>(many(RECENT, 6));
        eps.addAll(many(RECENT.minusDays(1), 3));   // last day of the earlier fortnight
        eps.addAll(many(EARLIER.minusDays(1), 9));  // too old to count
        eps.addAll(many(TODAY.plusDays(1), 9));     // not yet happened
        assertThat(Escalation.check(eps, TODAY, ENGINE, List.of())).hasSize(1);
        eps.addAll(many(EARLIER, 1)); // 4 earlier: 6 is no longer double
        assertThat(Escalation.check(eps, TODAY, ENGINE, List.of())).isEmpty();
    }

    @Test
    void a_ten_minute_cramp_is_not_over_ten_minutes_but_eleven_is() {
        assertThat(Escalation.check(List.of(lasting(TODAY, 10)), TODAY, ENGINE, List.of())).isEmpty();
        List<Escalation.Reason> r = Escalation.check(List.of(lasting(TODAY, 10), lasting(RECENT, 11)), TODAY, ENGINE, List.of());
        assertThat(r).extracting(Escalation.Reason::code).containsExactly(Escalation.LONG_EPISODE);
        assertThat(r.get(0).words()).contains("lasted 11 minutes").contains(RECENT.toString());
        // Older than the last 14 days: no longer a reason.
        assertThat(Escalation.check(List.of(lasting(RECENT.minusDays(1), 30)), TODAY, ENGINE, List.of())).isEmpty();
    }

    @Test
    void the_ten_minute_boundary_is_the_same_as_the_interviews_rule_6() {
        KnowledgeBase kb = ENGINE.knowledgeBase();
        Evidence ten = Evidence.empty(kb).with(kb.finding("episode_minutes"), 10.0);
        Evidence eleven = Evidence.empty(kb).with(kb.finding("episode_minutes"), 11.0);
        assertThat(ENGINE.level(ten)).isEqualTo(Level.SELF_CARE);
        assertThat(ENGINE.level(eleven)).isEqualTo(Level.URGENT);
        assertThat(kb.diary().longEpisodeMinutes()).as("kb.yaml diary: longEpisodeMinutes").isEqualTo(10);
    }

    @Test
    void a_swollen_leg_in_a_diary_entry_raises_the_banner_from_the_real_knowledge_base() {
        List<Escalation.Reason> r = Escalation.check(List.of(), TODAY, ENGINE,
                List.of(Map.of("pain_score", 4), Map.of("one_leg_swollen", true)));
        assertThat(r).hasSize(1);
        assertThat(r.get(0).code()).isEqualTo(Escalation.RED_FLAG);
        assertThat(r.get(0).level()).isEqualTo(Level.URGENT);
        assertThat(r.get(0).words()).contains("blood clot in the leg (DVT)");
        // The banner leads with the most urgent reason's own words, here the engine's headline.
        List<Escalation.Reason> both = Escalation.check(List.of(lasting(TODAY, 15)), TODAY, ENGINE,
                List.of(Map.of("one_leg_swollen", true)));
        assertThat(both).extracting(Escalation.Reason::code).containsExactly(Escalation.RED_FLAG, Escalation.LONG_EPISODE);
        assertThat(Escalation.banner(both, ENGINE.knowledgeBase())).get().asString().startsWith("Get help today.");
    }

    @Test
    void an_entry_without_red_flags_gives_no_reason() {
        assertThat(Escalation.check(List.of(), TODAY, ENGINE,
                List.of(Map.of("one_leg_swollen", false, "pain_score", 3)))).isEmpty();
    }

    @Test
    void an_unknown_finding_or_a_wrong_kind_of_value_is_refused() {
        assertThatThrownBy(() -> Escalation.check(List.of(), TODAY, ENGINE, List.of(Map.of("no_such", true))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no_such");
        assertThatThrownBy(() -> Escalation.check(List.of(), TODAY, ENGINE, List.of(Map.of("one_leg_swollen", "yes"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Escalation.check(List.of(), TODAY, ENGINE, List.of(Map.of("pain_score", 99))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
