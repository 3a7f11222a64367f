package org.crampwise.app.web.check;

import java.util.ArrayList;
import java.util.List;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/**
 * A person's interview so far: their evidence and the screens they answered, in the order asked,
 * so that each screen keeps its address and "Back" and "Change" know which answers belong
 * together. Immutable.
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

    /**
     * The state after answering an earlier screen again (from Back or "Change"): the order of screens
     * stays, but a screen none of whose answers is left (they no longer apply) is dropped.
     */
    InterviewState revised(Evidence after) {
        List<List<Finding>> kept = new ArrayList<>();
        for (List<Finding> screen : steps) {
            if (screen.stream().anyMatch(f -> after.isKnown(f) || after.isSkipped(f))) {
                kept.add(screen);
            }
        }
        return new InterviewState(after, List.copyOf(kept));
    }

    boolean started() {
        return !steps.isEmpty();
    }
}
