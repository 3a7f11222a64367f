package org.crampwise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.Cases.assess;
import static org.crampwise.Cases.calm;
import static org.crampwise.Cases.ids;

import org.crampwise.Cases;

import java.util.ArrayList;
import java.util.List;
import org.crampwise.evidence.Evidence;
import org.junit.jupiter.api.Test;

/** One test per advice rule of shared/contract/triage.md ("Advice that must follow the triage"). */
class AdviceRulesTest {

    private static List<String> given(Assessment a) {
        List<String> out = new ArrayList<>(ids(a.advice().relief()));
        out.addAll(ids(a.advice().prevention()));
        return out;
    }

    private static List<String> avoided(Evidence e) {
        return ids(assess(e).advice().avoid());
    }

    @Test
    void a_possible_clot_forbids_massage_and_stretching_and_advises_rest_with_the_leg_raised() {
        for (Evidence e : List.of(calm("one_leg_swollen", true), calm("breathless", true))) {
            Assessment a = assess(e);
            assertThat(ids(a.advice().avoid())).contains("massage", "stretch_gently");
            assertThat(given(a)).contains("rest_and_elevate").doesNotContain("massage", "stretch_gently");
            assertThat(a.advice().avoid()).allSatisfy(x -> assertThat(x.why()).isNotBlank());
        }
    }

    @Test
    void a_fresh_strain_forbids_heat_massage_and_hot_baths_for_two_days_and_advises_ice() {
        for (Evidence e : List.of(calm("injury_felt_pull_or_pop", true, "days_since_start", 2),
                calm("injury_felt_pull_or_pop", true))) {
            Assessment a = assess(e);
            assertThat(ids(a.advice().avoid())).contains("heat", "massage", "warm_bath_or_shower");
            assertThat(given(a)).contains("ice_and_rest").doesNotContain("heat", "massage", "warm_bath_or_shower");
        }
        // after the first 2 days the strain rule no longer forbids them
        assertThat(avoided(calm("injury_felt_pull_or_pop", true, "days_since_start", 3)))
                .doesNotContain("heat", "massage", "warm_bath_or_shower");
    }

    @Test
    void reduced_feeling_forbids_heat() {
        assertThat(avoided(calm("numbness_or_tingling", true))).contains("heat");
        assertThat(avoided(calm("diabetes", true, "numbness_or_tingling", true))).contains("heat");
        assertThat(given(assess(calm("numbness_or_tingling", true)))).doesNotContain("heat");
        assertThat(avoided(calm("diabetes", true))).doesNotContain("heat");
    }

    @Test
    void a_leg_short_of_blood_or_a_sore_that_will_not_heal_forbids_heat_and_hot_baths() {
        for (Evidence e : List.of(calm("foot_sores_not_healing", true, "diabetes", true),
                calm("constant_pain_even_at_rest", true, "known_pad", true),
                calm("episode_minutes", 20, "relieved_by_stretching", false, "foot_sores_not_healing", true))) {
            Assessment a = assess(e);
            assertThat(ids(a.advice().avoid())).contains("heat", "warm_bath_or_shower");
            assertThat(given(a)).doesNotContain("heat", "warm_bath_or_shower");
        }
    }

    @Test
    void a_cramp_that_will_not_stop_is_eased_by_rubbing_or_stretching_only_once_a_clot_is_ruled_out() {
        // clot signs not yet answered (an API call with part of the answers): nothing to rub or stretch
        Assessment unknown = assess(Cases.with(Cases.nothingKnown(), "episode_minutes", 20, "relieved_by_stretching", false));
        assertThat(given(unknown)).doesNotContain("massage", "stretch_gently", "heat");
        // answered, and no sign of a clot: stretching, rubbing and warmth may ease it while waiting
        Assessment calm = assess(calm("episode_minutes", 20, "relieved_by_stretching", false));
        assertThat(given(calm)).contains("stretch_gently", "massage", "heat");
    }

    @Test
    void no_groin_lump_is_ever_to_be_pushed_back() {
        assertThat(avoided(calm("groin_lump", true, "vomiting", true))).contains("push_lump_back");
        assertThat(avoided(calm("groin_lump", true, "groin_lump_firm_tender_or_painful", true)))
                .contains("push_lump_back");
        // contract v2, triage.md "A groin lump": any lump, even one that goes back in (was: only a trapped one)
        assertThat(avoided(calm("groin_lump", true, "groin_lump_goes_back_in", true))).contains("push_lump_back");
        assertThat(avoided(calm("groin_lump", false))).doesNotContain("push_lump_back");
    }

    @Test
    void quinine_is_never_advised_and_is_warned_against_when_cramps_disturb_sleep_or_are_frequent() {
        assertThat(avoided(calm("disturbs_sleep", true))).contains("quinine");
        assertThat(avoided(calm("episodes_per_week", 3))).contains("quinine");
        assertThat(avoided(calm("episodes_per_week", 2))).doesNotContain("quinine");
        assertThat(given(assess(calm("disturbs_sleep", true)))).doesNotContain("quinine");
    }

    @Test
    void mineral_supplements_are_never_advised_outright_only_asked_about() {
        Cases2.everyAdviceItemOfKind("relief", "prevention")
                .forEach(id -> assertThat(id).doesNotContain("magnesium").doesNotContain("potassium"));
        assertThat(given(assess(calm("poor_diet", true)))).contains("ask_before_supplements");
    }

    @Test
    void water_tablets_or_kidney_disease_bring_advice_to_ask_before_supplements_and_review_medicines() {
        for (Evidence e : List.of(calm("takes_diuretic", true), calm("kidney_disease_or_dialysis", true))) {
            assertThat(ids(assess(e).advice().prevention())).contains("ask_before_supplements", "review_medicines");
        }
    }

    @Test
    void magnesium_is_warned_against_for_older_adults() {
        assertThat(avoided(calm("age_years", 65))).contains("magnesium_for_cramps");
        assertThat(avoided(calm("age_years", 64))).doesNotContain("magnesium_for_cramps");
    }

    @Test
    void everyday_relief_is_not_offered_when_the_person_must_go_to_a_and_e_or_call_999() {
        assertThat(assess(calm("heard_crack_or_leg_misshapen", true)).advice().relief()).isEmpty();
        assertThat(given(assess(calm("breathless", true)))).containsExactly("rest_and_elevate");
        assertThat(given(assess(calm()))).contains("stretch_gently", "hydrate");
    }

    @Test
    void each_cause_specific_prevention_follows_its_trigger() {
        assertThat(given(assess(calm("at_night_in_bed", true)))).contains("bedtime_stretch");
        assertThat(given(assess(calm("long_time_same_position", true)))).contains("vary_position");
        assertThat(given(assess(calm("inactive_started_exercise", true)))).contains("build_up_exercise_gradually");
        assertThat(given(assess(calm("heavy_sweating_or_fluid_loss", true)))).contains("replace_fluids_and_salts");
        assertThat(given(assess(calm("alcohol_heavy", true)))).contains("limit_alcohol");
        assertThat(given(assess(calm("takes_statin", true)))).contains("review_medicines");
        assertThat(given(assess(calm("athlete_hard_training", true)))).contains("stretch_and_warm_up_before_exercise");
    }

    /** Advice ids of the knowledge base, by kind. */
    static final class Cases2 {
        static List<String> everyAdviceItemOfKind(String... kinds) {
            List<String> k = List.of(kinds);
            return org.crampwise.Cases.KB.adviceItems().stream().filter(i -> k.contains(i.kind().id()))
                    .map(org.crampwise.kb.AdviceItem::id).toList();
        }
    }
}
