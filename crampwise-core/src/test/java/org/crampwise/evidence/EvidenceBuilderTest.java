package org.crampwise.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crampwise.kb.Answer;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

/** Evidence built from typed answers in one go is the evidence the step-by-step changes give. */
class EvidenceBuilderTest {
    private static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    private static final Finding SWOLLEN = KB.finding("one_leg_swollen");
    private static final Finding AGE = KB.finding("age_years");
    private static final Finding SIDE = KB.finding("side");
    private static final Finding PREGNANT = KB.finding("pregnant");

    @Test
    void answers_and_skips_built_at_once_equal_the_same_given_one_by_one() {
        Evidence built = Evidence.builder(KB).put(SWOLLEN, new Answer.Bool(true)).put(AGE, new Answer.Number(42))
                .put(SIDE, new Answer.Choice(SIDE.optionIndex("left"), "left")).skip(PREGNANT).build();
        Evidence stepwise = Evidence.empty(KB).with(SWOLLEN, true).with(AGE, 42).withChoice(SIDE, "left").skip(PREGNANT);
        assertThat(built).isEqualTo(stepwise);
        assertThat(built.answer(SIDE)).contains(new Answer.Choice(SIDE.optionIndex("left"), "left"));
        assertThat(built.isSkipped(PREGNANT)).isTrue();
    }

    @Test
    void a_later_answer_or_skip_replaces_an_earlier_one() {
        Evidence e = Evidence.builder(KB).put(AGE, new Answer.Number(30)).put(AGE, new Answer.Number(31))
                .skip(SWOLLEN).put(SWOLLEN, new Answer.Bool(false)).build();
        assertThat(e.answer(AGE)).contains(new Answer.Number(31));
        assertThat(e.answer(SWOLLEN)).contains(new Answer.Bool(false));
        assertThat(e.isSkipped(SWOLLEN)).isFalse();
    }

    @Test
    void the_built_evidence_does_not_change_when_the_builder_goes_on() {
        Evidence.Builder b = Evidence.builder(KB).put(AGE, new Answer.Number(30));
        Evidence first = b.build();
        b.put(AGE, new Answer.Number(50));
        assertThat(first.answer(AGE)).contains(new Answer.Number(30));
    }

    @Test
    void an_answer_of_another_type_or_an_option_not_the_findings_is_a_programming_error() {
        Evidence.Builder b = Evidence.builder(KB);
        assertThatThrownBy(() -> b.put(AGE, new Answer.Bool(true))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("age_years");
        assertThatThrownBy(() -> b.put(SIDE, new Answer.Choice(0, "calf"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Evidence.empty(KB).with(SWOLLEN, new Answer.Number(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
