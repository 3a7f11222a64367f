package org.crampwise.app.web.check;

import java.util.ArrayList;
import java.util.List;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/**
 * A person's interview so far: their evidence and the screens they answered, in order, so that
 * "Back" and "Change" know which answers belong together. Immutable.
 */
record InterviewState(Evidence evidence, List<List<Finding>> steps) {

    static InterviewState start(KnowledgeBase kb) {
        return new InterviewState(Evidence.empty(kb), List.of());
    }

    /** The state after answering a new screen. */
    InterviewState answered(List<Finding> screen, Evidence after) {
        List<List<Finding>> s = new ArrayList<>(steps);
        s.add(List.copyOf(screen));
        return new InterviewState(after, List.copyOf(s));
    }

    /** The state after changing the answers of an earlier screen; the order of screens stays. */
    InterviewState changed(Evidence after) {
        return new InterviewState(after, steps);
    }

    /** Goes back to just before screen {@code step} (1-based): its answers and all later ones are forgotten. */
    InterviewState backTo(int step) {
        if (step < 1 || step > steps.size()) {
            return this;
        }
        Evidence e = evidence;
        for (List<Finding> screen : steps.subList(step - 1, steps.size())) {
            for (Finding f : screen) {
                e = e.without(f);
            }
        }
        return new InterviewState(e, List.copyOf(steps.subList(0, step - 1)));
    }
}
