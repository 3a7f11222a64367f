package org.crampwise.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.crampwise.kb.Answer;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

/** Evidence hands out typed answers, so no caller reads its 1/0 and option-index encoding. */
class EvidenceAnswerTest {
    private static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    private static final Finding SWOLLEN = KB.finding("one_leg_swollen");
    private static final Finding AGE = KB.finding("age_years");
    private static final Finding SIDE = KB.finding("side");

    @Test
    void each_answer_comes_back_as_its_findings_type_says() {
        Evidence e = Evidence.empty(KB).with(SWOLLEN, true).with(AGE, 42).withChoice(SIDE, "left");
        assertThat(e.answer(SWOLLEN)).contains(new Answer.Bool(true));
        assertThat(e.answer(AGE)).contains(new Answer.Number(42));
        assertThat(e.answer(SIDE)).contains(new Answer.Choice(SIDE.optionIndex("left"), "left"));
    }

    @Test
    void an_unknown_or_skipped_finding_has_no_answer_and_is_neither_yes_nor_a_choice() {
        Evidence e = Evidence.empty(KB).skip(SWOLLEN);
        assertThat(e.answer(SWOLLEN)).isEqualTo(Optional.empty());
        assertThat(e.answer(SIDE)).isEmpty();
        assertThat(e.isYes(SWOLLEN)).isFalse();
        assertThat(e.isChoice(SIDE, 0)).isFalse();
    }

    @Test
    void no_is_not_yes_and_another_option_is_not_the_chosen_one() {
        Evidence e = Evidence.empty(KB).with(SWOLLEN, false).withChoice(SIDE, "left");
        assertThat(e.isYes(SWOLLEN)).isFalse();
        assertThat(e.answer(SWOLLEN)).contains(new Answer.Bool(false));
        assertThat(e.isChoice(SIDE, SIDE.optionIndex("left"))).isTrue();
        assertThat(e.isChoice(SIDE, SIDE.optionIndex("right"))).isFalse();
    }
}
