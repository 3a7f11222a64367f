package org.crampwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The terminal interview, typed at through standard input. */
class CheckCommandTest {
    /** A calm inner-thigh cramp after exercise in a man of 28, answered screen by screen. */
    // In the order of contract v2: the 999 screen, then age, sex, where and which leg, then the rest.
    private static final String CALM_ANSWERS = String.join("\n",
            "0", // emergency signs: none
            "28", // age
            "2", // sex: male
            "1", // where: inner thigh
            "2", // which leg: right
            "0", // signs that need hospital: none
            "0", // swelling and skin: none
            "2", // minutes
            "0", // blood flow and nerves: none
            "1 3", // about the cramps: sudden tightening, during or after exercise
            "1", // times a week
            "0", // health: none
            "0", // habits: none
            "");

    @Test
    void check_runs_the_whole_interview_and_prints_a_readable_answer() {
        CommandLineRun r = CommandLineRun.run(CALM_ANSWERS, "check");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Question 1").contains("LOOK AFTER IT AT HOME").contains("Ease it now")
                .contains("information, not a diagnosis").doesNotContain("\u001b[");
    }

    @Test
    void a_question_mark_shows_why_the_question_is_asked() {
        CommandLineRun r = CommandLineRun.run("?\nq\n", "check");
        assertThat(r.out()).contains("Why we ask: ");
    }

    @Test
    void b_goes_back_to_the_previous_question_to_change_the_answer() {
        CommandLineRun r = CommandLineRun.run("0\nb\n1\n", "check");
        // the first screen is shown again after b, then "1" (breathless) ends it at call 999
        assertThat(r.out().split("Question 1", -1)).hasSize(3);
        assertThat(r.out()).contains("CALL 999 NOW").contains("999");
    }

    @Test
    void end_of_input_or_q_leaves_cleanly_and_saves_nothing() {
        for (String input : new String[] {"", "0\nq\n"}) {
            CommandLineRun r = CommandLineRun.run(input, "check");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("Stopped. Nothing was saved.");
        }
    }

    @Test
    void leaving_after_an_answer_that_needs_help_still_says_how_soon_to_get_it() {
        // none of the emergency signs; 40, male, inner thigh, left; no hospital signs; then both legs
        // swollen (rule 19, see a GP); then q
        CommandLineRun r = CommandLineRun.run("0\n40\n2\n1\n1\n0\n2\nq\n", "check");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Stopped. Nothing was saved.")
                .contains("From what you told us so far: See a GP. Both legs are swollen.")
                .endsWith("In an emergency, call 999." + System.lineSeparator());
    }

    @Test
    void leaving_before_any_worrying_answer_names_no_level_but_keeps_the_emergency_notice() {
        CommandLineRun r = CommandLineRun.run("q\n", "check");
        assertThat(r.out()).doesNotContain("From what you told us so far").contains("In an emergency, call 999.");
    }

    @Test
    void a_wrong_answer_is_explained_and_the_question_asked_again() {
        CommandLineRun r = CommandLineRun.run("banana\n11\nq\n", "check");
        assertThat(r.out()).contains("Please type numbers from 1 to 10, or 0 for none of these.");
    }

    @Test
    void check_with_json_prints_only_the_assessment_on_standard_output() {
        CommandLineRun r = CommandLineRun.run("1\n", "check", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("{").contains("\"level\": \"call_emergency\"");
        assertThat(r.err()).contains("Question 1");
    }
}
