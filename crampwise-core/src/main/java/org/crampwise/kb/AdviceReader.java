package org.crampwise.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crampwise.condition.Condition;
import org.crampwise.condition.ConditionParser;
import org.crampwise.condition.Symbols;

/** Reads advice.yaml: the advice items and the rules that give or forbid them. */
final class AdviceReader {
    static final String FILE = "advice.yaml";
    private static final Set<String> RULE_FIELDS = Set.of("id", "when", "levelAtMost", "give", "avoid", "sources");

    private final List<AdviceItem> items = new ArrayList<>();
    private final List<AdviceRule> rules = new ArrayList<>();

    List<AdviceItem> items() {
        return items;
    }

    List<AdviceRule> rules() {
        return rules;
    }

    void read(Object yaml, Symbols symbols, Refs refs, Problems problems) {
        YamlMap root = new YamlMap(yaml instanceof java.util.Map ? (java.util.Map<?, ?>) yaml : java.util.Map.of(),
                FILE, null, problems);
        if (!(yaml instanceof java.util.Map)) {
            problems.add(FILE, null, "expected a mapping with 'items' and 'rules'");
        }
        root.allowOnly(Set.of("items", "rules"));
        YamlMap itemMap = root.map("items");
        itemMap.allowOnly(Set.of("relief", "prevention", "avoid"));
        for (AdviceItem.Kind kind : AdviceItem.Kind.values()) {
            Set<String> ids = new HashSet<>();
            for (YamlMap m : itemMap.maps(kind.id(), kind.id() + " item")) {
                m.allowOnly(Set.of("id", "text", "sources"));
                String id = m.str("id");
                if (!ids.add(id)) {
                    m.problem("duplicate advice id");
                    continue;
                }
                items.add(new AdviceItem(kind, id, m.str("text"), refs.sources(m)));
            }
        }
        readRules(root, symbols, refs);
    }

    private void readRules(YamlMap root, Symbols symbols, Refs refs) {
        ConditionParser parser = new ConditionParser(symbols, true);
        Set<String> ids = new HashSet<>();
        for (YamlMap m : root.maps("rules", "advice rule")) {
            m.allowOnly(RULE_FIELDS);
            String id = m.str("id");
            if (!ids.add(id)) {
                m.problem("duplicate advice rule id");
                continue;
            }
            Condition when = m.has("when") ? Refs.condition(m, "when", parser) : new Condition.Always();
            Level atMost = null;
            String levelText = m.optStr("levelAtMost");
            if (levelText != null) {
                atMost = Level.fromId(levelText);
                if (atMost == null) {
                    m.problem("unknown level '" + levelText + "'");
                }
            }
            List<String> give = m.strList("give");
            for (String g : give) {
                if (!hasItem(g, AdviceItem.Kind.RELIEF) && !hasItem(g, AdviceItem.Kind.PREVENTION)) {
                    m.problem("unknown advice '" + g + "' (not a relief or prevention item)");
                }
            }
            List<AdviceRule.Avoid> avoid = new ArrayList<>();
            for (YamlMap a : m.maps("avoid", "avoid")) {
                a.allowOnly(Set.of("id", "why"));
                String aid = a.str("id");
                if (!hasItem(aid, AdviceItem.Kind.AVOID)) {
                    m.problem("unknown advice '" + aid + "' (not an avoid item)");
                }
                if (give.contains(aid)) {
                    m.problem("advice '" + aid + "' is both given and avoided");
                }
                avoid.add(new AdviceRule.Avoid(aid, a.str("why")));
            }
            if (give.isEmpty() && avoid.isEmpty()) {
                m.problem("an advice rule must give or avoid something");
            }
            rules.add(new AdviceRule(id, when == null ? new Condition.Always() : when, atMost, List.copyOf(give),
                    List.copyOf(avoid), refs.sources(m)));
        }
    }

    private boolean hasItem(String id, AdviceItem.Kind kind) {
        return items.stream().anyMatch(i -> i.kind() == kind && i.id().equals(id));
    }
}
