package org.crampwise.app.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.diary.Zones;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/**
 * The limits of the OpenAPI document that come from the server's own lists rather than the
 * knowledge base's ids: the time zones, the common passwords, and the rule that a finding is
 * answered or skipped, not both. Filled at startup like the rest ({@link OpenApiDocument}).
 */
final class OpenApiLimits {
    private OpenApiLimits() {
    }

    /** Fills the marker and says so; false when it is not one of these. */
    static boolean apply(Map<Object, Object> schema, String what, KnowledgeBase kb) {
        switch (what) {
            case "zone-ids" -> schema.put("enum", Zones.regionIds());
            case "zone-offset" -> schema.put("pattern", Zones.OFFSET_PATTERN);
            case "common-passwords" -> schema.put("not", m("pattern", anyOfIgnoringCase(Passwords.commonPasswords())));
            case "skipped-or-answered" -> schema.put("allOf", skippedOrAnswered(kb));
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * For each finding: if {@code skipped} names it, {@code findings} does not answer it. JSON
     * Schema has no "for each item of one list, not a key of the other", so one clause per id.
     */
    private static List<Object> skippedOrAnswered(KnowledgeBase kb) {
        List<Object> clauses = new ArrayList<>();
        for (Finding f : kb.findings()) {
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("required", List.of("skipped"));
            named.put("properties", m("skipped", m("contains", m("const", f.id()))));
            clauses.add(m("if", named,
                    "then", m("properties", m("findings", m("not", m("required", List.of(f.id())))))));
        }
        return clauses;
    }

    /** A mutable map (the document is walked and changed after it is filled). */
    private static Map<String, Object> m(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /** A pattern that matches exactly these words, whatever their case: {@code [pP][aA]...}. */
    private static String anyOfIgnoringCase(List<String> words) {
        StringBuilder b = new StringBuilder("^(?:");
        for (int w = 0; w < words.size(); w++) {
            b.append(w == 0 ? "" : "|");
            words.get(w).codePoints().forEach(c -> {
                String lower = Character.toString(Character.toLowerCase(c));
                String upper = Character.toString(Character.toUpperCase(c));
                if (!lower.equals(upper)) {
                    b.append('[').append(lower).append(upper).append(']');
                } else if (Character.isLetterOrDigit(c)) {
                    b.appendCodePoint(c);
                } else {
                    b.append("\\u").append(String.format("%04x", c));
                }
            });
        }
        return b.append(")$").toString();
    }
}
