package org.crampwise.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.Cases.ENGINE;
import static org.crampwise.Cases.KB;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Finding;

/**
 * The interview cannot end too early (docs/SAFETY.md): whatever a person's answers, it never stops
 * while a question they could answer would still change the triage level, and every safety
 * question it leaves unanswered is one the person said "I don't know" to.
 */
class InterviewPropertiesTest {
    private static final Interview INTERVIEW = new Interview(ENGINE);

    /** A person: what they would answer to each finding, NaN where they do not know. */
    @Provide
    Arbitrary<double[]> person() {
        List<Arbitrary<Double>> answers = new ArrayList<>();
        for (Finding f : KB.findings()) {
            Arbitrary<Double> known = switch (f.type()) {
                case BOOL -> Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(0.0)), Tuple.of(1, Arbitraries.just(1.0)));
                case CHOICE -> Arbitraries.integers().between(0, f.options().size() - 1).map(Integer::doubleValue);
                default -> Arbitraries.integers().between((int) f.min(), (int) Math.min(f.max(), 30)).map(Integer::doubleValue);
            };
            answers.add(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Double.NaN)), Tuple.of(4, known)));
        }
        return Combinators.combine(answers).as(values -> values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Answers every question as the person would: "no" to a checklist item they do not know, else "I don't know". */
    private static Evidence interview(double[] person) {
        Evidence e = Evidence.empty(KB);
        for (int asked = 0; asked < 100; asked++) {
            Step step = INTERVIEW.next(e);
            if (step.shouldStop()) {
                return e;
            }
            boolean group = step.question() instanceof Question.Group;
            for (Finding f : step.question().findings()) {
                double v = person[f.index()];
                e = !Double.isNaN(v) ? e.with(f, v) : group ? e.with(f, false) : e.skip(f);
            }
        }
        throw new AssertionError("the interview did not end within 100 questions");
    }

    @Property(tries = 300)
    void the_interview_never_ends_while_an_answer_the_person_knows_would_change_the_level(
            @ForAll("person") double[] person) {
        Evidence asked = interview(person);
        Evidence everything = asked;
        for (Finding f : KB.findings()) {
            if (!asked.isKnown(f) && !asked.isSkipped(f) && !Double.isNaN(person[f.index()])) {
                everything = everything.with(f, person[f.index()]);
            }
        }
        assertThat(ENGINE.level(asked)).isEqualTo(ENGINE.level(everything));
    }

    @Property(tries = 300)
    void every_safety_question_left_unanswered_at_the_end_is_one_the_person_did_not_know(
            @ForAll("person") double[] person) {
        Evidence asked = interview(person);
        assertThat(ENGINE.assess(asked).triage().unansweredSafetyQuestions())
                .allSatisfy(id -> assertThat(asked.isSkipped(KB.finding(id))).as(id).isTrue());
    }
}
