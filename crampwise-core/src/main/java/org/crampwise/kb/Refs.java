package org.crampwise.kb;

import java.util.List;
import java.util.Set;
import org.crampwise.condition.Condition;
import org.crampwise.condition.ConditionException;
import org.crampwise.condition.ConditionParser;

/** Checks shared by the readers: cited sources and conditions. */
final class Refs {
    private final Set<String> sourceIds;

    Refs(Set<String> sourceIds) {
        this.sourceIds = sourceIds;
    }

    /** The entry's sources: at least one, each known. */
    List<String> sources(YamlMap m) {
        List<String> ids = m.strList("sources");
        if (ids.isEmpty()) {
            m.problem("no source");
        }
        for (String id : ids) {
            if (!sourceIds.contains(id)) {
                m.problem("unknown source '" + id + "'");
            }
        }
        return List.copyOf(ids);
    }

    /** Parses the condition under {@code key}; a problem is recorded and null returned when it fails. */
    static Condition condition(YamlMap m, String key, ConditionParser parser) {
        String text = m.str(key);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parser.parse(text);
        } catch (ConditionException e) {
            m.problem(e.getMessage());
            return null;
        }
    }
}
