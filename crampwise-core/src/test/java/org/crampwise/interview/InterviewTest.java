package org.crampwise.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.Cases.ENGINE;
import static org.crampwise.Cases.KB;
import static org.crampwise.Cases.finding;
import static org.crampwise.Cases.nothingKnown;
import static org.crampwise.Cases.with;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Finding;
import org.crampwise.kb.Level;
import org.crampwise.scenario.Scenario;
import org.crampwise.scenario.SimulatedPerson;
import org.junit.jupiter.api.Test;

class InterviewTest {
    private static final Interview INTERVIEW = new Interview(ENGINE);

    private static SimulatedPerson.Transcript interview(Scenario s) {
        return new SimulatedPerson(KB, s).interview(INTERVIEW);
    }

    private static List<String> askedFindings(SimulatedPerson.Transcript t) {
        return t.questions().stream().flatMap(q -> q.findings().stream()).map(Finding::id).toList();
    }

    @Test
    void the_first_screen_asks_about_the_signs_that_mean_call_999() {
        Step first = INTERVIEW.next(nothingKnown());
        assertThat(first.shouldStop()).isFalse();
        assertThat(first.reason()).isEqualTo(Step.Reason.SAFETY);
        assertThat(first.question()).isInstanceOf(Question.Group.class);
        assertThat(first.question().findings()).extracting(Finding::id)
                .contains("breathless", "chest_or_upper_back_pain", "coughing_blood", "fast_heartbeat_or_fainting");
    }

    @Test
    void the_first_screen_carries_every_sign_that_means_999_on_its_own_and_those_of_a_leg_losing_its_blood() {
        // Contract v2, README "Interview", step 1: rules 1, 22 and 2 on one screen.
        assertThat(INTERVIEW.next(nothingKnown()).question().findings()).extracting(Finding::id)
                .contains("breathless", "chest_or_upper_back_pain", "coughing_blood", "fast_heartbeat_or_fainting",
                        "confused_or_slurred_speech", "skin_blotchy_blue_or_grey", "leg_cold_pale_or_blue",
                        "cannot_move_leg");
    }

    @Test
    void after_the_first_screen_come_age_sex_where_and_which_leg_in_that_order() {
        Evidence e = nothingKnown();
        for (Finding f : INTERVIEW.next(e).question().findings()) {
            e = e.with(f, false);
        }
        List<String> asked = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Question q = INTERVIEW.next(e).question();
            Finding f = q.findings().get(0);
            asked.add(f.id());
            e = f.type() == org.crampwise.condition.FindingType.NUMBER ? e.with(f, 40.0) : e.with(f, 0.0);
        }
        assertThat(asked).containsExactly("age_years", "sex", "location", "side");
    }

    @Test
    void every_public_vignette_at_999_or_the_emergency_department_is_reached_within_its_screen_budget() {
        // Issue 10: a 999 answer ends after the one first screen; every A&E vignette within 7 screens.
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Scenario.sharedVignettes()),
                "shared/vignettes is not beside the project");
        int checked = 0;
        for (Scenario s : Scenario.readAll(Scenario.sharedVignettes())) {
            SimulatedPerson.Transcript t = interview(s);
            if (s.triage().equals("emergency_department")) {
                assertThat(t.screens()).as(s.toString()).isLessThanOrEqualTo(7);
                checked++;
            } else if (s.triage().equals("call_emergency") && INTERVIEW.next(nothingKnown()).question().findings()
                    .stream().anyMatch(f -> Boolean.TRUE.equals(s.findings().get(f.id())) && f.id().matches(
                            "breathless|chest_or_upper_back_pain|coughing_blood|fast_heartbeat_or_fainting|confused_or_slurred_speech|skin_blotchy_blue_or_grey"))) {
                assertThat(t.screens()).as(s.toString()).isEqualTo(1);
                checked++;
            }
            assertThat(t.last().assessment().triage().level().id()).as(s.toString()).isEqualTo(s.triage());
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }

    @Test
    void a_typical_inner_thigh_cramp_ends_in_14_screens_or_fewer_at_self_care() {
        // Version 2 added a screen of hospital signs and the pregnancy screen: 12 became 14.
        Scenario typical = Scenario.read(Path.of("src/test/resources/scenarios/T01-typical-inner-thigh-cramp-after-a-hill-walk.json"));
        SimulatedPerson.Transcript t = interview(typical);
        assertThat(t.screens()).isLessThanOrEqualTo(14);
        assertThat(t.last().assessment().triage().level()).isEqualTo(Level.SELF_CARE);
        assertThat(t.last().assessment().triage().complete()).isTrue();
        assertThat(t.last().reason()).isEqualTo(Step.Reason.STOP_SETTLED);
    }

    @Test
    void the_contracts_footballer_p01_ends_in_14_screens_or_fewer_when_the_vignettes_are_present() {
        // Contract v2, README "Interview": P01 at most 14 (it was 12 under version 1).
        Path p01 = Scenario.sharedVignettes().resolve("P01.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(p01), "shared/vignettes is not beside the project");
        SimulatedPerson.Transcript t = interview(Scenario.read(p01));
        assertThat(t.screens()).isLessThanOrEqualTo(14);
        assertThat(t.last().assessment().triage().level()).isEqualTo(Level.SELF_CARE);
    }

    @Test
    void a_red_flag_answered_yes_ends_the_interview_when_nothing_could_raise_the_level_further() {
        Question first = INTERVIEW.next(nothingKnown()).question();
        Evidence e = nothingKnown();
        for (Finding f : first.findings()) {
            e = e.with(f, f.id().equals("breathless"));
        }
        Step next = INTERVIEW.next(e);
        assertThat(next.shouldStop()).isTrue();
        assertThat(next.question()).isNull();
        assertThat(next.reason()).isEqualTo(Step.Reason.STOP_GET_HELP);
        assertThat(next.assessment().triage().level()).isEqualTo(Level.CALL_EMERGENCY);
    }

    @Test
    void an_urgent_sign_still_asks_what_could_make_it_an_emergency_then_stops() {
        // one swollen leg: urgent; the 999 and A&E questions must still be asked before stopping
        Step s = INTERVIEW.next(with(nothingKnown(), "one_leg_swollen", true));
        assertThat(s.shouldStop()).isFalse();
        assertThat(s.question().findings()).extracting(Finding::id).contains("breathless");
    }

    @Test
    void the_lump_questions_are_asked_only_after_a_lump_is_reported() {
        Evidence calmStart = with(org.crampwise.Cases.calm(), "age_years", 50, "sex", "male", "location", "groin",
                "side", "left").without(finding("groin_lump"))
                .without(finding("groin_lump_goes_back_in")).without(finding("groin_lump_firm_tender_or_painful"))
                .without(finding("vomiting")).without(finding("cannot_poo_or_pass_wind"));
        assertThat(INTERVIEW.askable(finding("groin_lump_goes_back_in"), calmStart)).isFalse();
        assertThat(INTERVIEW.askable(finding("groin_lump_firm_tender_or_painful"), calmStart)).isFalse();
        Evidence lump = calmStart.with(finding("groin_lump"), true);
        assertThat(INTERVIEW.askable(finding("groin_lump_goes_back_in"), lump)).isTrue();
        Step s = INTERVIEW.next(lump);
        assertThat(s.question().findings()).extracting(Finding::id)
                .contains("groin_lump_firm_tender_or_painful", "vomiting", "cannot_poo_or_pass_wind");
    }

    @Test
    void a_man_is_never_asked_whether_he_is_pregnant() {
        for (Scenario s : Scenario.own()) {
            SimulatedPerson.Transcript t = interview(s);
            if ("male".equals(s.findings().get("sex"))) {
                assertThat(askedFindings(t)).as(s.id()).doesNotContain("pregnant", "hormonal_contraception_or_hrt");
            }
        }
        assertThat(INTERVIEW.askable(finding("pregnant"), with(nothingKnown(), "sex", "male"))).isFalse();
        assertThat(INTERVIEW.askable(finding("pregnant"), with(nothingKnown(), "sex", "female"))).isTrue();
        // Contract v2: anyone whose sex is not known yet may be pregnant; the interview asks sex first.
        assertThat(INTERVIEW.askable(finding("pregnant"), nothingKnown())).isTrue();
        assertThat(INTERVIEW.askable(finding("pregnant"), with(nothingKnown(), "sex", "female", "age_years", 61))).isFalse();
        assertThat(INTERVIEW.askable(finding("gave_birth_recently"), with(nothingKnown(), "sex", "female", "age_years", 9)))
                .isFalse();
    }

    @Test
    void a_woman_is_never_asked_about_a_testicle_and_a_man_is() {
        for (Scenario s : Scenario.own()) {
            if ("female".equals(s.findings().get("sex"))) {
                assertThat(askedFindings(interview(s))).as(s.id()).doesNotContain("testicle_pain_or_swelling");
            }
        }
        assertThat(INTERVIEW.askable(finding("testicle_pain_or_swelling"), with(nothingKnown(), "sex", "female"))).isFalse();
        assertThat(INTERVIEW.askable(finding("testicle_pain_or_swelling"), with(nothingKnown(), "sex", "male"))).isTrue();
    }

    @Test
    void a_cold_pale_leg_is_followed_up_with_how_bad_and_since_when_before_new_subjects() {
        // Rule 2 (pain 7 or more) and rule 28 (since yesterday) read what the person already said.
        Evidence e = nothingKnown();
        for (Finding f : INTERVIEW.next(e).question().findings()) {
            e = e.with(f, f.id().equals("leg_cold_pale_or_blue"));
        }
        e = with(e, "age_years", 70, "sex", "male", "location", "calf", "side", "left");
        Step next = INTERVIEW.next(e);
        assertThat(next.question().findings()).extracting(Finding::id).containsExactly("pain_score");
        Step then = INTERVIEW.next(with(e, "pain_score", 5));
        assertThat(then.question().findings()).extracting(Finding::id).containsExactly("days_since_start");
    }

    @Test
    void strain_questions_are_not_asked_when_there_was_no_injury() {
        Evidence noInjury = with(nothingKnown(), "injury_felt_pull_or_pop", false);
        assertThat(INTERVIEW.askable(finding("bruising"), noInjury)).isFalse();
        assertThat(INTERVIEW.askable(finding("pain_bringing_legs_together"), noInjury)).isFalse();
        assertThat(INTERVIEW.askable(finding("bruising"), with(nothingKnown(), "injury_felt_pull_or_pop", true)))
                .isTrue();
    }

    @Test
    void every_scenario_interviewed_as_its_person_would_answer_reaches_its_triage_level() {
        List<Scenario> all = new java.util.ArrayList<>(Scenario.own());
        if (Files.isDirectory(Scenario.sharedVignettes())) {
            all.addAll(Scenario.readAll(Scenario.sharedVignettes()));
        }
        for (Scenario s : all) {
            SimulatedPerson.Transcript t = interview(s);
            assertThat(t.last().assessment().triage().level().id()).as(s.toString()).isEqualTo(s.triage());
        }
    }

    @Test
    void a_question_answered_i_dont_know_is_not_asked_again() {
        Step first = INTERVIEW.next(nothingKnown());
        Evidence e = nothingKnown();
        for (Finding f : first.question().findings()) {
            e = e.with(f, false);
        }
        Step second = INTERVIEW.next(e);
        Evidence skipped = e;
        for (Finding f : second.question().findings()) {
            skipped = skipped.skip(f);
        }
        Step third = INTERVIEW.next(skipped);
        assertThat(third.question().id()).isNotEqualTo(second.question().id());
        assertThat(third.question().findings()).doesNotContainAnyElementsOf(second.question().findings());
    }

    @Test
    void the_same_evidence_always_gives_the_same_next_question() {
        Evidence e = with(nothingKnown(), "sudden_tightening", true, "location", "inner_thigh");
        assertThat(INTERVIEW.next(e).question()).isEqualTo(new Interview(ENGINE).next(e).question());
    }

    @Test
    void a_cramp_that_will_not_stop_asks_whether_stretching_eases_it_before_settling_on_urgent() {
        Evidence e = org.crampwise.Cases.calm("episode_minutes", 25);
        Step s = INTERVIEW.next(e);
        assertThat(s.shouldStop()).isFalse();
        assertThat(s.question().findings()).extracting(Finding::id).contains("relieved_by_stretching");
    }
}
