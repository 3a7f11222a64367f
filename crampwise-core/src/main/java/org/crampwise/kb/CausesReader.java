package org.crampwise.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crampwise.condition.Condition;
import org.crampwise.condition.ConditionParser;
import org.crampwise.condition.Symbols;

/** Reads causes.yaml: priors and weighted evidence. */
final class CausesReader {
    static final String FILE = "causes.yaml";
    private static final Set<String> FIELDS = Set.of("id", "name", "kind", "summary", "prior", "evidence", "sources");
    private static final Set<String> KINDS = Set.of("cramp_cause", "injury", "condition");

    private CausesReader() {
    }

    static List<Cause> read(Object yaml, Symbols symbols, Refs refs, Problems problems) {
        List<Cause> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        ConditionParser parser = new ConditionParser(symbols, true);
        for (YamlMap m : YamlMap.listOf(yaml, FILE, "cause", problems)) {
            m.allowOnly(FIELDS);
            String id = m.str("id");
            if (!ids.add(id)) {
                m.problem("duplicate cause id");
                continue;
            }
            String kind = m.str("kind");
            if (!kind.isEmpty() && !KINDS.contains(kind)) {
                m.problem("unknown kind '" + kind + "' " + KINDS);
            }
            List<Cause.Weight> evidence = new ArrayList<>();
            for (YamlMap e : m.maps("evidence", "evidence")) {
                e.allowOnly(Set.of("when", "ifTrue", "ifFalse"));
                Condition when = Refs.condition(e, "when", parser);
                double ifTrue = e.optNum("ifTrue", 0);
                double ifFalse = e.optNum("ifFalse", 0);
                if (ifTrue == 0 && ifFalse == 0) {
                    e.problem("evidence with no weight: give ifTrue or ifFalse");
                }
                if (when != null) {
                    evidence.add(new Cause.Weight(when, ifTrue, ifFalse));
                }
            }
            if (evidence.isEmpty()) {
                m.problem("a cause needs evidence");
            }
            out.add(new Cause(id, m.str("name"), kind, m.str("summary"), m.num("prior"), List.copyOf(evidence),
                    refs.sources(m)));
        }
        return out;
    }
}
