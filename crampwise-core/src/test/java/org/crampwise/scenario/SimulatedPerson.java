package org.crampwise.scenario;

import java.util.ArrayList;
import java.util.List;

import org.crampwise.evidence.Evidence;
import org.crampwise.interview.Interview;
import org.crampwise.interview.Question;
import org.crampwise.interview.Step;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/**
 * Answers an interview as the person in a scenario would: what the scenario says, "no" for a
 * checklist item it does not mention, and "I don't know" for any other question it does not cover.
 */
public final class SimulatedPerson {
    private final KnowledgeBase kb;
    private final Evidence truth;

    public SimulatedPerson(KnowledgeBase kb, Scenario scenario) {
        this.kb = kb;
        this.truth = scenario.toEvidence(kb);
    }

    /** The questions asked, in order, and the last step. */
    public record Transcript(List<Question> questions, Step last, Evidence evidence) {
        public int screens() {
            return questions.size();
        }
    }

    public Transcript interview(Interview interview) {
        Evidence e = Evidence.empty(kb);
        List<Question> asked = new ArrayList<>();
        Step step = interview.next(e);
        while (!step.shouldStop()) {
            if (asked.size() > 100) {
                throw new IllegalStateException("the interview does not end: " + asked);
            }
            Question q = step.question();
            asked.add(q);
            e = answer(q, e);
            step = interview.next(e);
        }
        return new Transcript(List.copyOf(asked), step, e);
    }

    Evidence answer(Question q, Evidence e) {
        boolean group = q instanceof Question.Group;
        for (Finding f : q.findings()) {
            if (truth.isKnown(f)) {
                e = e.with(f, truth.value(f.index()));
            } else if (group) {
                e = e.with(f, false);
            } else {
                e = e.skip(f);
            }
        }
        return e;
    }
}
