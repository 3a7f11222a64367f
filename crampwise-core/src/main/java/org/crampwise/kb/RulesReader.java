package org.crampwise.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crampwise.condition.Condition;
import org.crampwise.condition.ConditionParser;
import org.crampwise.condition.Symbols;

/** Reads rules.yaml: the triage rules. */
final class RulesReader {
    static final String FILE = "rules.yaml";
    private static final Set<String> FIELDS = Set.of("id", "number", "level", "when", "suspects", "headline",
            "explanation", "action", "sources");

    private RulesReader() {
    }

    /** The rule ids written in the file, before anything is checked. */
    static List<String> ids(Object yaml) {
        List<String> ids = new ArrayList<>();
        if (yaml instanceof List) {
            for (Object o : (List<?>) yaml) {
                if (o instanceof java.util.Map && ((java.util.Map<?, ?>) o).get("id") instanceof String) {
                    ids.add((String) ((java.util.Map<?, ?>) o).get("id"));
                }
            }
        }
        return ids;
    }

    static List<Rule> read(Object yaml, Symbols findingsOnly, Set<String> findingIds, Refs refs, Problems problems) {
        List<Rule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        // Triage rules read findings only: a rule naming another rule could hide a loop.
        ConditionParser parser = new ConditionParser(findingsOnly, false);
        for (YamlMap m : YamlMap.listOf(yaml, FILE, "rule", problems)) {
            m.allowOnly(FIELDS);
            String id = m.str("id");
            if (!ids.add(id)) {
                m.problem("duplicate rule id");
                continue;
            }
            if (findingIds.contains(id)) {
                m.problem("rule id is also a finding id; conditions could not tell them apart");
            }
            int number = (int) m.num("number");
            if (!numbers.add(number)) {
                m.problem("duplicate rule number " + number);
            }
            String levelId = m.str("level");
            Level level = Level.fromId(levelId);
            if (level == null) {
                m.problem("unknown level '" + levelId + "'");
            } else if (level == Level.SELF_CARE) {
                m.problem("a rule cannot reach self_care; that is the level when no rule is reached");
            }
            Condition when = Refs.condition(m, "when", parser);
            List<String> sources = refs.sources(m);
            String headline = m.str("headline");
            String explanation = m.str("explanation");
            if (!m.has("suspects")) {
                // Written out even when empty, so that a reviewer sees a rule suspects nothing on purpose.
                m.problem("missing 'suspects' (write [] for none)");
            }
            List<String> suspects = List.copyOf(m.strList("suspects"));
            out.add(new Rule(out.size(), id, number, level == null ? Level.SEE_DOCTOR : level,
                    when == null ? new Condition.Always() : when, suspects, headline, explanation,
                    m.optStr("action"), sources));
        }
        return out;
    }
}
