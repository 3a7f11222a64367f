package org.crampwise.kb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A knowledge base of an earlier release, read only to compare the current one with (crampwise kb
 * impact). The checks tighten from release to release, so the last release may fail today's: it
 * is read as it was, with two allowances and nothing guessed. A rule written before rules named
 * their {@code suspects} suspects nothing (which is what that release did), and the checks across
 * files (KbChecks: review rules such as "every safety finding is read") are not applied. Every
 * reference, condition and level must still be right: a knowledge base that cannot be assessed with
 * is refused, as by {@link KnowledgeBaseLoader#load}.
 */
public final class OlderRelease {
    private OlderRelease() {
    }

    /** The knowledge base in {@code source}, read with the allowances above. */
    public static KnowledgeBase load(KbSource source) {
        Problems problems = new Problems();
        Map<String, Object> yaml = KnowledgeBaseLoader.parseAll(source, problems);
        Object rules = yaml.get(RulesReader.FILE);
        if (rules instanceof List<?> list) {
            yaml.put(RulesReader.FILE, list.stream().map(OlderRelease::withSuspects).toList());
        }
        return KnowledgeBaseLoader.checked(yaml, problems, KnowledgeBaseLoader.Checks.NONE);
    }

    private static Object withSuspects(Object rule) {
        if (rule instanceof Map<?, ?> m && !m.containsKey("suspects")) {
            Map<Object, Object> copy = new LinkedHashMap<>(m);
            copy.put("suspects", List.of());
            return copy;
        }
        return rule;
    }
}
