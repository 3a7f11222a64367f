package org.crampwise.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads kb.yaml's `diary`: when a cramp diary sends a person to a doctor, and the daily factors. */
final class DiaryReader {
    private DiaryReader() {
    }

    static DiaryRules read(YamlMap m, Refs refs) {
        m.allowOnly(Set.of("fortnightRatio", "fortnightMinimum", "longEpisodeMinutes", "level", "opening",
                "fortnightText", "longEpisodeText", "sources", "factors", "tagWords"));
        String levelId = m.str("level");
        Level level = Level.fromId(levelId);
        if (level == null) {
            m.problem("unknown level '" + levelId + "'");
        }
        String tagWords = m.str("tagWords");
        if (!tagWords.isEmpty() && !tagWords.contains("{tag}")) {
            m.problem("'tagWords' must contain {tag}");
        }
        return new DiaryRules(m.num("fortnightRatio"), (int) m.num("fortnightMinimum"),
                (int) m.num("longEpisodeMinutes"), level == null ? Level.SEE_DOCTOR : level, m.str("opening"),
                m.str("fortnightText"), m.str("longEpisodeText"), refs.sources(m), dayFactors(m, refs), tagWords);
    }

    /** The diary's daily factors: a known field, one comparison for a number field and none for yes/no. */
    private static List<DayFactor> dayFactors(YamlMap diary, Refs refs) {
        List<DayFactor> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap f : diary.maps("factors", "factor")) {
            Set<String> keys = new HashSet<>(Set.of("id", "field", "words", "sources"));
            for (DayFactor.Comparison c : DayFactor.Comparison.values()) {
                keys.add(c.key());
            }
            f.allowOnly(keys);
            String id = f.str("id");
            if (!ids.add(id)) {
                f.problem("duplicate factor id");
            } else if (id.startsWith(DiaryRules.TAG_PREFIX)) {
                f.problem("a factor id may not start with '" + DiaryRules.TAG_PREFIX + "' (kept for tags)");
            }
            String field = f.str("field");
            DayFactor.Kind kind = DayFactor.FIELDS.get(field);
            if (kind == null && !field.isEmpty()) {
                f.problem("unknown day-log field '" + field + "'; known: " + new java.util.TreeSet<>(DayFactor.FIELDS.keySet()));
            }
            DayFactor.Comparison comparison = null;
            double threshold = 0;
            for (DayFactor.Comparison c : DayFactor.Comparison.values()) {
                if (f.has(c.key())) {
                    if (comparison != null) {
                        f.problem("give only one of below, atLeast and above");
                    }
                    comparison = c;
                    threshold = f.num(c.key());
                }
            }
            if (kind == DayFactor.Kind.NUMBER && comparison == null) {
                f.problem("number field '" + field + "' needs one of below, atLeast or above");
            } else if (kind == DayFactor.Kind.BOOL && comparison != null) {
                f.problem("yes/no field '" + field + "' takes no below, atLeast or above");
            }
            out.add(new DayFactor(id, field, comparison, threshold, f.str("words"), refs.sources(f)));
        }
        if (out.isEmpty()) {
            diary.problem("'factors' must list at least one factor");
        }
        return out;
    }
}
