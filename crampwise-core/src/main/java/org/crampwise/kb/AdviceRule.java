package org.crampwise.kb;

import java.util.List;
import org.crampwise.condition.Condition;

/**
 * Gives advice or forbids it when its condition is TRUE and the level is at most
 * {@code levelAtMost}. What a rule forbids always wins over what any rule gives.
 */
public record AdviceRule(String id, Condition when, Level levelAtMost, List<String> give,
                         List<Avoid> avoid, List<String> sources) {

    public record Avoid(String id, String why) {
    }
}
