package org.crampwise.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.Cases.answeredCalm;
import static org.crampwise.Cases.assess;
import static org.crampwise.Cases.calm;
import static org.crampwise.Cases.nothingKnown;
import static org.crampwise.Cases.ruleIds;
import static org.crampwise.Cases.with;
import static org.crampwise.kb.Level.CALL_EMERGENCY;
import static org.crampwise.kb.Level.EMERGENCY_DEPARTMENT;
import static org.crampwise.kb.Level.SEE_DOCTOR;
import static org.crampwise.kb.Level.SELF_CARE;
import static org.crampwise.kb.Level.URGENT;

import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Level;
import org.junit.jupiter.api.Test;

/** One test per triage rule of shared/contract/triage.md, each with its boundaries. */
class TriageRulesTest {

    private static void reaches(Evidence e, Level level, String rule) {
        Assessment a = assess(e);
        assertThat(a.triage().level()).as("level").isEqualTo(level);
        assertThat(ruleIds(a)).as("rules reached").contains(rule);
    }

    private static void levelIs(Evidence e, Level level) {
        assertThat(assess(e).triage().level()).isEqualTo(level);
    }

    @Test
    void rule_1_any_sign_of_a_clot_in_the_lung_means_call_999() {
        for (String f : new String[] {"breathless", "chest_or_upper_back_pain", "coughing_blood",
                "fast_heartbeat_or_fainting"}) {
            reaches(calm(f, true), CALL_EMERGENCY, "clot_in_lung");
            reaches(with(nothingKnown(), f, true), CALL_EMERGENCY, "clot_in_lung");
        }
        assertThat(assess(calm("breathless", true)).triage().reasons().get(0).findings()).containsExactly("breathless");
    }

    @Test
    void rule_2_a_cold_pale_leg_that_is_numb_paralysed_or_very_painful_means_call_999() {
        reaches(calm("leg_cold_pale_or_blue", true, "cannot_move_leg", true), CALL_EMERGENCY, "leg_losing_blood_supply");
        reaches(calm("leg_cold_pale_or_blue", true, "numbness_or_tingling", true), CALL_EMERGENCY,
                "leg_losing_blood_supply");
        reaches(calm("leg_cold_pale_or_blue", true, "pain_score", 7), CALL_EMERGENCY, "leg_losing_blood_supply");
        // pain 6 is below the rule's line: rule 11 still makes it urgent
        reaches(calm("leg_cold_pale_or_blue", true, "pain_score", 6), URGENT, "leg_suddenly_weak_or_cold");
        levelIs(calm("numbness_or_tingling", true, "pain_score", 9), SEE_DOCTOR);
    }

    @Test
    void rule_3_a_groin_lump_that_is_painful_or_comes_with_vomiting_or_no_wind_means_a_and_e() {
        for (String f : new String[] {"groin_lump_firm_tender_or_painful", "vomiting", "cannot_poo_or_pass_wind"}) {
            reaches(calm("groin_lump", true, f, true), EMERGENCY_DEPARTMENT, "trapped_hernia");
        }
        // contract v2, triage.md rule 3: a lump that cannot be pushed back in is A&E too (NHS hernia)
        reaches(calm("groin_lump", true, "groin_lump_goes_back_in", false), EMERGENCY_DEPARTMENT, "trapped_hernia");
        // without a lump, vomiting alone is not a trapped hernia
        levelIs(calm("vomiting", true), SELF_CARE);
    }

    @Test
    void rule_4_a_crack_or_a_misshapen_leg_means_a_and_e() {
        reaches(calm("heard_crack_or_leg_misshapen", true), EMERGENCY_DEPARTMENT, "possible_break_or_tear");
    }

    @Test
    void rule_5_signs_of_a_dvt_are_urgent_except_warm_red_skin_with_cramps_that_come_and_go_in_both_legs() {
        reaches(calm("one_leg_swollen", true), URGENT, "dvt_signs");
        reaches(calm("leg_skin_warm", true, "leg_skin_red_or_darker", true), URGENT, "dvt_signs");
        reaches(calm("veins_hard_or_sore", true, "side", "left"), URGENT, "dvt_signs");
        levelIs(calm("leg_skin_warm", true, "pain_between_episodes", false), SELF_CARE);
        // contract v2, triage.md rule 5: hard or sore veins are urgent whatever the side (was self_care with both legs)
        reaches(calm("veins_hard_or_sore", true, "side", "both"), URGENT, "dvt_signs");
        levelIs(calm("leg_skin_warm", true, "leg_skin_red_or_darker", true, "side", "both", "pain_between_episodes", false),
                SELF_CARE);
        // a side not yet known never lifts the rule
        reaches(with(nothingKnown(), "one_leg_swollen", true), URGENT, "dvt_signs");
    }

    @Test
    void rule_6_a_cramp_over_10_minutes_that_stretching_does_not_ease_is_urgent() {
        reaches(calm("episode_minutes", 11, "relieved_by_stretching", false), URGENT, "cramp_will_not_stop");
        reaches(calm("episode_minutes", 11), URGENT, "cramp_will_not_stop");
        levelIs(calm("episode_minutes", 10, "relieved_by_stretching", false), SELF_CARE);
        levelIs(calm("episode_minutes", 11, "relieved_by_stretching", true), SELF_CARE);
    }

    @Test
    void rule_7_a_wound_that_may_carry_tetanus_is_urgent() {
        reaches(calm("wound_tetanus_risk", true), URGENT, "tetanus_risk");
    }

    @Test
    void rule_8_pain_at_rest_with_poor_circulation_or_sores_that_do_not_heal_are_urgent() {
        reaches(calm("constant_pain_even_at_rest", true, "known_pad", true), URGENT, "critical_circulation");
        reaches(calm("constant_pain_even_at_rest", true, "pain_walking_relieved_by_rest", true), URGENT,
                "critical_circulation");
        reaches(calm("foot_sores_not_healing", true), URGENT, "critical_circulation");
        levelIs(calm("constant_pain_even_at_rest", true, "known_pad", false), SELF_CARE);
    }

    @Test
    void rule_9_a_fever_with_red_or_hot_skin_or_a_groin_lump_is_urgent() {
        reaches(calm("fever_or_shivery", true, "leg_skin_red_or_darker", true), URGENT, "infection");
        reaches(calm("fever_or_shivery", true, "leg_skin_warm", true), URGENT, "infection");
        reaches(calm("fever_or_shivery", true, "groin_lump", true), URGENT, "infection");
        levelIs(calm("fever_or_shivery", true), SELF_CARE);
    }

    @Test
    void rule_10_not_being_able_to_stand_on_the_leg_is_urgent() {
        reaches(calm("cannot_bear_weight", true), URGENT, "cannot_walk_after_injury");
    }

    @Test
    void rule_11_a_leg_that_suddenly_cannot_move_or_is_cold_and_pale_is_urgent() {
        reaches(calm("cannot_move_leg", true), URGENT, "leg_suddenly_weak_or_cold");
        reaches(calm("leg_cold_pale_or_blue", true), URGENT, "leg_suddenly_weak_or_cold");
    }

    @Test
    void rule_12_cramps_that_disturb_sleep_come_3_times_a_week_or_get_worse_need_a_gp() {
        for (String f : new String[] {"disturbs_sleep", "self_care_not_helping", "getting_worse"}) {
            reaches(calm(f, true), SEE_DOCTOR, "cramps_troubling_you");
        }
        reaches(calm("episodes_per_week", 3), SEE_DOCTOR, "cramps_troubling_you");
        levelIs(calm("episodes_per_week", 2), SELF_CARE);
    }

    @Test
    void rule_13_numbness_weakness_or_twitching_need_a_gp() {
        for (String f : new String[] {"numbness_or_tingling", "muscle_weakness_or_shrinking", "muscle_twitching"}) {
            reaches(calm(f, true), SEE_DOCTOR, "nerve_or_muscle_signs");
        }
    }

    @Test
    void rule_14_cramps_after_a_new_medicine_need_a_gp() {
        reaches(calm("started_new_medicine", true), SEE_DOCTOR, "new_medicine");
    }

    @Test
    void rule_15_pain_on_walking_that_eases_with_rest_needs_a_gp() {
        reaches(calm("pain_walking_relieved_by_rest", true), SEE_DOCTOR, "pain_on_walking");
    }

    @Test
    void rule_16_any_groin_lump_needs_a_gp_even_when_nothing_else_is_known_about_it() {
        // contract v2, "Completeness": every finding an open rule reads is listed, safety or not, so the
        // baseline answers everything; the lump that goes back in keeps rule 3 to its other signs
        Evidence lump = with(answeredCalm(), "groin_lump", true);
        lump = lump.without(org.crampwise.Cases.finding("groin_lump_firm_tender_or_painful"))
                .without(org.crampwise.Cases.finding("vomiting"))
                .without(org.crampwise.Cases.finding("cannot_poo_or_pass_wind"));
        reaches(lump, SEE_DOCTOR, "lump_in_groin");
        assertThat(assess(lump).triage().complete()).isFalse();
        assertThat(assess(lump).triage().unansweredSafetyQuestions())
                .containsExactly("groin_lump_firm_tender_or_painful", "vomiting", "cannot_poo_or_pass_wind");
    }

    @Test
    void rule_17_shaking_stiffness_or_slowness_need_a_gp() {
        reaches(calm("tremor_stiffness_or_slowness", true), SEE_DOCTOR, "movement_signs");
    }

    @Test
    void rule_18_pain_between_cramps_for_14_days_or_more_needs_a_gp() {
        reaches(calm("pain_between_episodes", true, "days_since_start", 14), SEE_DOCTOR, "lasting_pain");
        levelIs(calm("pain_between_episodes", true, "days_since_start", 13), SELF_CARE);
        levelIs(calm("pain_between_episodes", false, "days_since_start", 40), SELF_CARE);
    }

    @Test
    void rule_19_both_legs_swollen_needs_a_gp() {
        reaches(calm("both_legs_swollen", true), SEE_DOCTOR, "swelling_in_both_legs");
    }

    @Test
    void rule_20_pain_spreading_from_the_groin_hip_or_back_needs_a_gp() {
        reaches(calm("pain_radiates", true), SEE_DOCTOR, "pain_spreads");
    }

    @Test
    void rule_21_a_child_under_16_is_sent_to_a_gp() {
        reaches(calm("age_years", 15), SEE_DOCTOR, "child");
        levelIs(calm("age_years", 16), SELF_CARE);
    }

    @Test
    void with_no_rule_reached_the_level_is_self_care_and_the_headline_says_so() {
        // contract v2, "Completeness": complete only when no rule above the level is open, whatever the
        // safety mark (rule 12's disturbs_sleep too), so the person has answered everything
        Assessment a = assess(with(answeredCalm(), "sudden_tightening", true));
        assertThat(a.triage().level()).isEqualTo(SELF_CARE);
        assertThat(a.triage().reasons()).isEmpty();
        assertThat(a.triage().complete()).isTrue();
        assertThat(a.triage().headline()).contains("look after this at home");
    }

    @Test
    void the_most_urgent_rule_sets_the_level_and_every_rule_reached_is_given_as_a_reason() {
        Assessment a = assess(calm("one_leg_swollen", true, "breathless", true, "disturbs_sleep", true));
        assertThat(a.triage().level()).isEqualTo(CALL_EMERGENCY);
        assertThat(ruleIds(a)).containsExactly("clot_in_lung", "dvt_signs", "cramps_troubling_you");
        assertThat(a.triage().headline()).contains("999");
    }

    @Test
    void unknown_safety_findings_that_could_raise_the_level_make_the_triage_incomplete() {
        Assessment a = assess(with(nothingKnown(), "sudden_tightening", true));
        assertThat(a.triage().complete()).isFalse();
        assertThat(a.triage().unansweredSafetyQuestions()).contains("breathless", "one_leg_swollen", "groin_lump")
                // while the lump itself is unknown, its own questions still count
                .contains("groin_lump_firm_tender_or_painful");
    }

    @Test
    void a_question_answered_i_do_not_know_keeps_the_assessment_incomplete_and_is_listed() {
        // contract v2, README "Completeness": skipped findings are listed too, whatever their safety mark
        Evidence e = answeredCalm().skip(org.crampwise.Cases.finding("disturbs_sleep"));
        Assessment a = assess(e);
        assertThat(a.triage().complete()).isFalse();
        assertThat(a.triage().unansweredSafetyQuestions()).containsExactly("disturbs_sleep");
    }

    @Test
    void once_the_level_is_call_999_no_question_is_left_unanswered() {
        Assessment a = assess(with(nothingKnown(), "coughing_blood", true));
        assertThat(a.triage().complete()).isTrue();
        assertThat(a.triage().unansweredSafetyQuestions()).isEmpty();
    }

    @Test
    void the_lump_questions_do_not_count_as_unanswered_when_there_is_no_lump() {
        // contract v2: complete means no rule is open, whatever the safety mark, so start from everything answered
        Evidence e = with(answeredCalm(), "groin_lump", false).without(org.crampwise.Cases.finding("vomiting"))
                .without(org.crampwise.Cases.finding("groin_lump_firm_tender_or_painful"));
        assertThat(assess(e).triage().complete()).isTrue();
    }

    @Test
    void a_reason_says_the_persons_own_answers_back_in_plain_words() {
        Assessment a = assess(calm("episode_minutes", 25, "relieved_by_stretching", false));
        Assessment.Reason r = a.triage().reasons().get(0);
        assertThat(r.findings()).containsExactly("episode_minutes", "relieved_by_stretching");
        assertThat(r.answers()).anySatisfy(s -> assertThat(s).contains("25"));
        assertThat(r.sources()).containsExactly("nhs_leg_cramps");
    }
}
