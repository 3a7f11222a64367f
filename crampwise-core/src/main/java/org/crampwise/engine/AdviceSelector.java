package org.crampwise.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crampwise.condition.Tri;
import org.crampwise.kb.AdviceItem;
import org.crampwise.kb.AdviceRule;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Level;

/**
 * Chooses advice from the advice rules. Anything a rule says to avoid is taken out of what is
 * given, whatever rule gave it: safety wins over comfort. Items keep knowledge-base order.
 * Advice ids are numbered once when the engine is built, so each assessment works on arrays.
 */
final class AdviceSelector {
    private final List<AdviceItem> items;
    private final List<AdviceRule> rules;
    private final String[] texts;
    private final int[] idOfItem;
    private final int[][] giveIds;
    private final int[][] avoidIds;
    private final int idCount;

    AdviceSelector(KnowledgeBase kb) {
        this.items = kb.adviceItems();
        this.rules = kb.adviceRules();
        Map<String, Integer> numbers = new HashMap<>();
        texts = new String[items.size()];
        idOfItem = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            texts[i] = kb.fill(items.get(i).text());
            idOfItem[i] = numbers.computeIfAbsent(items.get(i).id(), k -> numbers.size());
        }
        giveIds = new int[rules.size()][];
        avoidIds = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            giveIds[r] = rules.get(r).give().stream().mapToInt(numbers::get).toArray();
            avoidIds[r] = rules.get(r).avoid().stream().mapToInt(a -> numbers.get(a.id())).toArray();
        }
        idCount = numbers.size();
    }

    Assessment.Advice select(RuleFacts facts, Level level) {
        boolean[] given = new boolean[idCount];
        String[] why = new String[idCount];
        for (int r = 0; r < rules.size(); r++) {
            AdviceRule rule = rules.get(r);
            if ((rule.levelAtMost() != null && level.isAbove(rule.levelAtMost()))
                    || rule.when().eval(facts) != Tri.TRUE) {
                continue;
            }
            for (int g : giveIds[r]) {
                given[g] = true;
            }
            for (int k = 0; k < avoidIds[r].length; k++) {
                int id = avoidIds[r][k];
                String reason = rule.avoid().get(k).why();
                // Two rules may forbid the same thing for different reasons: give both, once each.
                why[id] = why[id] == null ? reason : why[id].contains(reason) ? why[id] : why[id] + " " + reason;
            }
        }
        List<Assessment.AdviceGiven> relief = new ArrayList<>();
        List<Assessment.AdviceGiven> prevention = new ArrayList<>();
        List<Assessment.AdviceGiven> avoided = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AdviceItem item = items.get(i);
            String reason = why[idOfItem[i]];
            if (item.kind() == AdviceItem.Kind.AVOID) {
                if (reason != null) {
                    avoided.add(new Assessment.AdviceGiven(item.id(), texts[i], reason, item.sources()));
                }
            } else if (given[idOfItem[i]] && reason == null) {
                (item.kind() == AdviceItem.Kind.RELIEF ? relief : prevention)
                        .add(new Assessment.AdviceGiven(item.id(), texts[i], null, item.sources()));
            }
        }
        return new Assessment.Advice(Collections.unmodifiableList(relief), Collections.unmodifiableList(prevention),
                Collections.unmodifiableList(avoided));
    }
}
