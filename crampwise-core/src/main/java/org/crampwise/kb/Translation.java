package org.crampwise.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays a language's texts (knowledge/LANG/FILE, the same shape as FILE but only ids and texts)
 * over the parsed English file. The result is the English tree with every text replaced, so the
 * language is built and checked by the same readers: same ids, rules and numbers, other words.
 * Every text must be translated, with the same placeholders; anything else given is an error.
 */
final class Translation {
    /** Keys whose strings (or, for a map or list, every string below them) a person reads. */
    static final Set<String> TEXT_KEYS = Set.of("question", "help", "says", "short", "whenTrue", "whenFalse",
            "label", "unit", "text", "headline", "explanation", "action", "name", "summary", "why", "disclaimer",
            "opening", "fortnightText", "longEpisodeText", "tagWords", "words", "note", "title", "heading",
            "paragraphs", "bullets");
    /** Never translated, never looked into: the titles of the (English) documents cited. */
    private static final Set<String> CITATIONS = Set.of("source", "sources");
    /** Keys that match an entry of a list with its translation. */
    private static final List<String> MATCH_KEYS = List.of("id", "value");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9]+}");

    private final String file;
    private final Problems problems;

    private Translation(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * The English tree of {@code file} with the overlay's texts; problems are added naming the
     * overlay's file (give a {@link Problems} within the language's folder).
     */
    static Object merge(String file, Object english, Object overlay, Problems problems) {
        if (overlay == null) {
            problems.add(file, null, "the translation is missing");
            return english;
        }
        return new Translation(file, problems).merge(english, overlay, "", false);
    }

    private Object merge(Object en, Object ov, String where, boolean text) {
        if (en instanceof String s) {
            return text ? translatedText(s, ov, where) : en;
        }
        if (en instanceof Map<?, ?> m) {
            return mergeMap(m, ov, where, text);
        }
        if (en instanceof List<?> l && (text || containsText(l))) {
            return mergeList(l, ov, where, text);
        }
        return en;
    }

    private String translatedText(String en, Object ov, String where) {
        if (!(ov instanceof String t) || t.isBlank()) {
            problems.add(file, where, ov == null ? "no translation (English: \"" + en + "\")" : "expected a text");
            return en;
        }
        Set<String> want = placeholders(en);
        Set<String> got = placeholders(t);
        if (!want.equals(got)) {
            problems.add(file, where, "placeholders " + got + " differ from the English " + want);
        }
        return t;
    }

    private Map<Object, Object> mergeMap(Map<?, ?> en, Object ov, String where, boolean text) {
        Map<?, ?> o = ov instanceof Map<?, ?> om ? om : Map.of();
        if (ov != null && !(ov instanceof Map)) {
            problems.add(file, where, "expected a mapping, as in the English");
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : en.entrySet()) {
            String key = String.valueOf(e.getKey());
            boolean childText = !CITATIONS.contains(key) && (text || TEXT_KEYS.contains(key));
            if (CITATIONS.contains(key) || (!childText && !containsText(e.getValue()))) {
                out.put(e.getKey(), e.getValue());
                checkNotGiven(o, key, e.getValue(), where);
                continue;
            }
            out.put(e.getKey(), merge(e.getValue(), o.get(key), join(where, key), childText));
        }
        for (Object k : o.keySet()) {
            if (!en.containsKey(k)) {
                problems.add(file, join(where, String.valueOf(k)), "unknown key: the English has none");
            }
        }
        return out;
    }

    /** A key that is not a text may be repeated (an id) but not changed: it belongs to the English file. */
    private void checkNotGiven(Map<?, ?> overlay, String key, Object english, String where) {
        if (overlay.containsKey(key) && !String.valueOf(overlay.get(key)).equals(String.valueOf(english))) {
            problems.add(file, join(where, key), "is not a text: give only ids and texts");
        }
    }

    private List<Object> mergeList(List<?> en, Object ov, String where, boolean text) {
        List<?> o = ov instanceof List<?> ol ? ol : List.of();
        if (ov != null && !(ov instanceof List)) {
            problems.add(file, where, "expected a list, as in the English");
        }
        String match = matchKey(en);
        List<Object> out = new ArrayList<>();
        if (match == null) {
            if (o.size() != en.size()) {
                problems.add(file, where, o.size() + " entries; the English has " + en.size());
            }
            for (int i = 0; i < en.size(); i++) {
                out.add(merge(en.get(i), i < o.size() ? o.get(i) : null, where + "[" + (i + 1) + "]", text));
            }
            return out;
        }
        Map<String, Object> byKey = new LinkedHashMap<>();
        for (Object x : o) {
            Object k = x instanceof Map<?, ?> xm ? xm.get(match) : null;
            if (k == null) {
                problems.add(file, where, "an entry without '" + match + "'");
            } else if (byKey.put(String.valueOf(k), x) != null) {
                problems.add(file, join(where, match + " '" + k + "'"), "given twice");
            }
        }
        Set<String> known = new TreeSet<>();
        for (Object x : en) {
            String k = String.valueOf(((Map<?, ?>) x).get(match));
            known.add(k);
            out.add(merge(x, byKey.get(k), join(where, match + " '" + k + "'"), text));
        }
        byKey.keySet().stream().filter(k -> !known.contains(k)).forEach(k ->
                problems.add(file, join(where, match + " '" + k + "'"), "unknown: the English has no such entry"));
        return out;
    }

    /** The key that names each entry of a list of mappings ("id", an option's "value"), or null. */
    private static String matchKey(List<?> list) {
        for (String key : MATCH_KEYS) {
            if (!list.isEmpty() && list.stream().allMatch(x -> x instanceof Map<?, ?> m && m.get(key) != null)) {
                return key;
            }
        }
        return null;
    }

    /** Whether any string below this node is one a person reads. */
    static boolean containsText(Object node) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (!CITATIONS.contains(key) && (TEXT_KEYS.contains(key) && hasString(e.getValue())
                        || containsText(e.getValue()))) {
                    return true;
                }
            }
        } else if (node instanceof List<?> l) {
            return l.stream().anyMatch(Translation::containsText);
        }
        return false;
    }

    private static boolean hasString(Object node) {
        if (node instanceof String) {
            return true;
        }
        if (node instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(Translation::hasString);
        }
        return node instanceof List<?> l && l.stream().anyMatch(Translation::hasString);
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String join(String where, String key) {
        return where.isEmpty() ? key : where + ": " + key;
    }
}
