package org.crampwise.kb;

import java.util.List;

/**
 * How the interview is ordered (kb.yaml, interview): the screen asked first, the answers asked next
 * because they decide which later questions apply, and when it ends.
 *
 * @param first    the screen asked before anything else (the signs that mean 999 on their own), or null
 * @param basics   asked right after it, in this order, while anything could still raise the level
 * @param stopWhenSettledAtOrAbove once the level is at least this and no answer could raise it, stop
 * @param topCauses the interview also stops when no question could change this many top causes
 * @param askAlways asked of everyone once the level is settled below {@code stopWhenSettledAtOrAbove}
 */
public record InterviewPlan(Screen first, List<Finding> basics, Level stopWhenSettledAtOrAbove, int topCauses,
                            List<Finding> askAlways) {

    public InterviewPlan {
        basics = List.copyOf(basics);
        askAlways = List.copyOf(askAlways);
    }
}
