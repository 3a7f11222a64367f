package org.crampwise.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampwise.condition.Tri;
import org.crampwise.kb.AdviceItem;
import org.crampwise.kb.AdviceRule;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Level;

/**
 * Chooses advice from the advice rules. Anything a rule says to avoid is taken out of what is
 * given, whatever rule gave it: safety wins over comfort. Items keep knowledge-base order.
 */
final class AdviceSelector {
    private final KnowledgeBase kb;

    AdviceSelector(KnowledgeBase kb) {
        this.kb = kb;
    }

    Assessment.Advice select(RuleFacts facts, Level level) {
        Set<String> give = new HashSet<>();
        Map<String, List<String>> avoid = new LinkedHashMap<>();
        for (AdviceRule rule : kb.adviceRules()) {
            if (rule.levelAtMost() != null && level.isAbove(rule.levelAtMost())) {
                continue;
            }
            if (rule.when().eval(facts) != Tri.TRUE) {
                continue;
            }
            give.addAll(rule.give());
            for (AdviceRule.Avoid a : rule.avoid()) {
                List<String> whys = avoid.computeIfAbsent(a.id(), k -> new ArrayList<>());
                if (!whys.contains(a.why())) {
                    whys.add(a.why());
                }
            }
        }
        List<Assessment.AdviceGiven> relief = new ArrayList<>();
        List<Assessment.AdviceGiven> prevention = new ArrayList<>();
        List<Assessment.AdviceGiven> avoided = new ArrayList<>();
        for (AdviceItem item : kb.adviceItems()) {
            String text = kb.fill(item.text());
            if (item.kind() == AdviceItem.Kind.AVOID) {
                if (avoid.containsKey(item.id())) {
                    avoided.add(new Assessment.AdviceGiven(item.id(), text, String.join(" ", avoid.get(item.id())),
                            item.sources()));
                }
            } else if (give.contains(item.id()) && !avoid.containsKey(item.id())) {
                (item.kind() == AdviceItem.Kind.RELIEF ? relief : prevention)
                        .add(new Assessment.AdviceGiven(item.id(), text, null, item.sources()));
            }
        }
        return new Assessment.Advice(List.copyOf(relief), List.copyOf(prevention), List.copyOf(avoided));
    }
}
