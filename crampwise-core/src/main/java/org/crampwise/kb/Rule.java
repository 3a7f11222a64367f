package org.crampwise.kb;

import java.util.List;
import org.crampwise.condition.Condition;

/** A triage rule: when its condition is TRUE, the level is at least {@code level}. */
public record Rule(int index, String id, int number, Level level, Condition when, String headline,
                   String explanation, List<String> sources) {
}
