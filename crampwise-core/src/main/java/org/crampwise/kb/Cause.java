package org.crampwise.kb;

import java.util.List;
import org.crampwise.condition.Condition;

/** A cause the engine ranks: a prior in log odds plus weighted evidence. */
public record Cause(String id, String name, String kind, String summary, double prior,
                    List<Weight> evidence, List<String> sources) {

    /** Adds {@code ifTrue} when the condition is TRUE, {@code ifFalse} when FALSE, nothing when UNKNOWN. */
    public record Weight(Condition when, double ifTrue, double ifFalse) {
    }
}
