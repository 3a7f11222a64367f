package org.crampwise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.Cases.answeredCalm;
import static org.crampwise.Cases.assess;
import static org.crampwise.Cases.calm;
import static org.crampwise.Cases.ids;
import static org.crampwise.Cases.with;

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

    // Contract v2, triage.md "Pain relief": ibuprofen only when pregnancy (where it can apply), kidney
    // disease and a previous clot are each known no; otherwise paracetamol, and ibuprofen avoided when one is yes.
    @Test
    void ibuprofen_only_when_pregnancy_kidney_disease_and_a_previous_clot_are_known_no_otherwise_paracetamol() {
        Assessment known = assess(answeredCalm());
        assertThat(given(known)).contains("painkiller_for_soreness_after").doesNotContain("paracetamol_for_soreness_after");
        assertThat(ids(known.advice().avoid())).doesNotContain("ibuprofen");
        for (String risk : new String[] {"pregnant", "kidney_disease_or_dialysis", "previous_dvt_or_pe"}) {
            Assessment a = assess(with(answeredCalm(), risk, true));
            assertThat(given(a)).as(risk).contains("paracetamol_for_soreness_after")
                    .doesNotContain("painkiller_for_soreness_after");
            assertThat(ids(a.advice().avoid())).as(risk).contains("ibuprofen");
            Assessment unknown = assess(answeredCalm().without(Cases.finding(risk)));
            assertThat(given(unknown)).as(risk + " unknown").contains("paracetamol_for_soreness_after")
                    .doesNotContain("painkiller_for_soreness_after");
        }
        // pregnancy cannot apply to a man or a woman over 60: not knowing it does not hold ibuprofen back
        for (Object[] person : new Object[][] {{"sex", "male"}, {"age_years", 61}}) {
            Assessment a = assess(with(answeredCalm(), person).without(Cases.finding("pregnant")));
            assertThat(given(a)).contains("painkiller_for_soreness_after").doesNotContain("paracetamol_for_soreness_after");
        }
    }

    // Contract v2, triage.md: with kidney disease or dialysis no rehydration or sports drinks, and "drink
    // enough" keeps to a fluid limit (advice.tsv).
    @Test
    void with_kidney_disease_rehydration_drinks_are_never_given_and_drinking_more_keeps_to_the_fluid_limit() {
        Assessment kidneys = assess(with(answeredCalm(), "heavy_sweating_or_fluid_loss", true, "kidney_disease_or_dialysis", true));
        assertThat(given(kidneys)).doesNotContain("replace_fluids_and_salts").contains("hydrate");
        assertThat(ids(kidneys.advice().avoid())).contains("replace_fluids_and_salts");
        assertThat(kidneys.advice().prevention()).filteredOn(x -> x.id().equals("hydrate"))
                .singleElement().satisfies(x -> assertThat(x.text()).contains("limit for fluids"));
        assertThat(given(assess(with(answeredCalm(), "heavy_sweating_or_fluid_loss", true))))
                .contains("replace_fluids_and_salts");
    }

    // Contract v2, triage.md "Clot not yet ruled out": massage is given only once rules 1, 5 and 35 are all FALSE.
    @Test
    void the_leg_is_not_to_be_rubbed_while_a_clot_is_not_yet_ruled_out() {
        assertThat(given(assess(answeredCalm()))).contains("massage");
        for (String clotQuestion : new String[] {"one_leg_swollen", "breathless", "veins_hard_or_sore"}) {
            Assessment a = assess(answeredCalm().without(Cases.finding(clotQuestion)));
            assertThat(given(a)).as(clotQuestion + " unknown").doesNotContain("massage");
        }
        // rule 35 open: a previous clot with constant pain not yet known
        Evidence pastClot = with(answeredCalm(), "previous_dvt_or_pe", true).without(Cases.finding("constant_pain_even_at_rest"));
        assertThat(given(assess(pastClot))).doesNotContain("massage");
        // rule 5 open: warm skin with lasting pain not yet known
        Evidence warm = with(answeredCalm(), "leg_skin_warm", true).without(Cases.finding("pain_between_episodes"));
        assertThat(given(assess(warm))).doesNotContain("massage");
    }

    // Contract v2, triage.md "Reduced or unknown feeling": with diabetes, heat is avoided until feeling is known.
    @Test
    void with_diabetes_heat_and_hot_baths_are_avoided_until_the_feeling_in_the_leg_is_known() {
        Evidence diabetes = with(answeredCalm(), "diabetes", true);
        Assessment unknownFeeling = assess(diabetes.without(Cases.finding("numbness_or_tingling")));
        assertThat(ids(unknownFeeling.advice().avoid())).contains("heat", "warm_bath_or_shower");
        assertThat(given(unknownFeeling)).doesNotContain("heat", "warm_bath_or_shower");
        assertThat(given(assess(diabetes))).contains("heat", "warm_bath_or_shower");
        assertThat(ids(assess(answeredCalm().without(Cases.finding("numbness_or_tingling"))).advice().avoid()))
                .doesNotContain("heat");
    }

    // Contract v2, triage.md "Leg that may be short of blood or under pressure": kept level, never raised,
    // and this wins over the clot advice (rest_and_elevate).
    @Test
    void a_cold_or_crushed_leg_is_kept_level_and_never_raised_even_with_signs_of_a_clot() {
        for (Evidence e : List.of(with(answeredCalm(), "leg_cold_pale_or_blue", true, "one_leg_swollen", true),
                with(answeredCalm(), "fall_or_injury", true, "numbness_or_tingling", true, "pain_score", 8),
                with(answeredCalm(), "leg_in_cast_or_paralysed", true, "numbness_or_tingling", true, "pain_score", 7),
                with(answeredCalm(), "constant_pain_even_at_rest", true, "known_pad", true))) {
            Assessment a = assess(e);
            assertThat(given(a)).contains("keep_leg_level_and_still").doesNotContain("rest_and_elevate");
            assertThat(ids(a.advice().avoid())).contains("rest_and_elevate");
        }
        assertThat(given(assess(with(answeredCalm(), "one_leg_swollen", true)))).contains("rest_and_elevate")
                .doesNotContain("keep_leg_level_and_still");
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
