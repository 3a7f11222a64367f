package org.crampwise.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A finding checks its own answer, with the contract's messages (shared/contract/README.md):
 * true/false for yes/no, a number in range, one of the listed options. Nothing is guessed.
 */
class FindingAnswerTest {
    private static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    private static final Finding SWOLLEN = KB.finding("one_leg_swollen");
    private static final Finding AGE = KB.finding("age_years");
    private static final Finding PAIN = KB.finding("pain_score");
    private static final Finding SIDE = KB.finding("side");

    private static String refused(Finding f, Object raw) {
        assertThat(f.accepts(raw)).as("%s accepts %s", f.id(), raw).isFalse();
        try {
            f.answer(raw);
        } catch (InvalidAnswerException e) {
            assertThat(e.reason()).isEqualTo(e.getMessage());
            return e.reason();
        }
        throw new AssertionError(f.id() + " took " + raw);
    }

    @Test
    void a_yes_no_finding_takes_true_and_false() throws InvalidAnswerException {
        assertThat(SWOLLEN.answer(true)).isEqualTo(new Answer.Bool(true));
        assertThat(SWOLLEN.answer(false)).isEqualTo(new Answer.Bool(false));
        assertThat(SWOLLEN.answer(true).plain()).isEqualTo(true);
    }

    @Test
    void a_yes_no_finding_refuses_text_numbers_null_objects_and_lists() {
        assertThat(refused(SWOLLEN, "yes")).isEqualTo("must be true or false, got the text \"yes\"");
        assertThat(refused(SWOLLEN, 1L)).isEqualTo("must be true or false, got 1");
        assertThat(refused(SWOLLEN, null)).isEqualTo("must be true or false, got null");
        assertThat(refused(SWOLLEN, Map.of())).isEqualTo("must be true or false, got an object");
        assertThat(refused(SWOLLEN, List.of(true))).isEqualTo("must be true or false, got a list");
    }

    @Test
    void a_number_finding_takes_any_kind_of_number_in_its_range_ends_included() throws InvalidAnswerException {
        assertThat(AGE.answer(34L)).isEqualTo(new Answer.Number(34));
        assertThat(AGE.answer(0)).isEqualTo(new Answer.Number(0));
        assertThat(AGE.answer(120.0)).isEqualTo(new Answer.Number(120));
        assertThat(PAIN.answer(new BigDecimal("6.5"))).isEqualTo(new Answer.Number(6.5));
        assertThat(PAIN.answer(-0.0)).as("-0 is 0").isEqualTo(new Answer.Number(0.0));
    }

    @Test
    void a_whole_number_comes_back_as_a_long_and_any_other_as_a_double() throws InvalidAnswerException {
        assertThat(AGE.answer(34.0).plain()).isEqualTo(34L);
        assertThat(PAIN.answer(6.5).plain()).isEqualTo(6.5);
    }

    @Test
    void a_number_finding_refuses_numbers_out_of_range_and_anything_not_a_number() {
        assertThat(refused(AGE, 121L)).isEqualTo("must be a number from 0 to 120, got 121");
        assertThat(refused(PAIN, -1)).isEqualTo("must be a number from 0 to 10, got -1");
        assertThat(refused(PAIN, 10.0001)).isEqualTo("must be a number from 0 to 10, got 10.0001");
        assertThat(refused(AGE, Double.NaN)).isEqualTo("must be a number from 0 to 120, got NaN");
        assertThat(refused(AGE, "34")).isEqualTo("must be a number from 0 to 120, got the text \"34\"");
        assertThat(refused(AGE, true)).isEqualTo("must be a number from 0 to 120, got true");
        assertThat(refused(AGE, null)).isEqualTo("must be a number from 0 to 120, got null");
    }

    @Test
    void a_choice_finding_takes_a_listed_option_by_its_value() throws InvalidAnswerException {
        assertThat(SIDE.answer("left")).isEqualTo(new Answer.Choice(SIDE.optionIndex("left"), "left"));
        assertThat(SIDE.answer("both").plain()).isEqualTo("both");
    }

    @Test
    void a_choice_finding_refuses_other_text_by_label_or_case_and_anything_not_text() {
        assertThat(refused(SIDE, "knee")).isEqualTo("must be one of \"left\", \"right\", \"both\", got \"knee\"");
        assertThat(refused(SIDE, "Left")).endsWith("got \"Left\"");
        assertThat(refused(SIDE, 1)).isEqualTo("must be one of \"left\", \"right\", \"both\", got 1");
        assertThat(refused(SIDE, null)).endsWith("got null");
        assertThat(refused(SIDE, List.of("left"))).endsWith("got a list");
    }

    @Test
    void what_a_message_quotes_is_cut_short_and_its_invisible_characters_shown() {
        assertThat(refused(SIDE, "x".repeat(100))).endsWith("got \"" + "x".repeat(40) + "...\"");
        assertThat(refused(SWOLLEN, "a\u202Eb")).isEqualTo("must be true or false, got the text \"a\\u202Eb\"");
    }

    @Test
    void an_answer_is_said_back_as_the_finding_words_it() throws InvalidAnswerException {
        assertThat(SWOLLEN.say(SWOLLEN.answer(true))).isEqualTo(SWOLLEN.whenTrue());
        assertThat(SWOLLEN.say(SWOLLEN.answer(false))).isEqualTo(SWOLLEN.whenFalse());
        assertThat(AGE.say(AGE.answer(34))).isEqualTo(AGE.says().replace("{value}", "34"));
        assertThat(SIDE.say(SIDE.answer("left")))
                .isEqualTo(SIDE.says().replace("{label}", SIDE.options().get(SIDE.optionIndex("left")).label()));
    }
}
