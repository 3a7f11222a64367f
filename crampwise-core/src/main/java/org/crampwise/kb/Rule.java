package org.crampwise.kb;

import java.util.Comparator;
import java.util.List;
import org.crampwise.condition.Condition;

/**
 * A triage rule: when its condition is TRUE, the level is at least {@code level}, and the causes it
 * {@code suspects} come first in the answer (triage.md, "Suspected causes"). {@code action}, when
 * not null, replaces the level's action when this rule fires at the level the assessment reaches.
 */
public record Rule(int index, String id, int number, Level level, Condition when, List<String> suspects,
                   String headline, String explanation, String action, List<String> sources) {

    /** Most urgent level first and, within a level, by number: the order of reasons and suspects. */
    public static final Comparator<Rule> MOST_URGENT_FIRST =
            Comparator.comparing(Rule::level).reversed().thenComparingInt(Rule::number);
}
