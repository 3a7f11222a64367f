package org.crampwise.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML mapping read with typed accessors. A missing or mistyped field is recorded as a problem
 * naming the file and the entry, and a harmless default is returned so that reading goes on and
 * every problem is reported at once.
 */
final class YamlMap {
    private final Map<?, ?> map;
    private final String file;
    private final String where;
    private final Problems problems;

    YamlMap(Map<?, ?> map, String file, String where, Problems problems) {
        this.map = map;
        this.file = file;
        this.where = where;
        this.problems = problems;
    }

    /** Reads a top-level list of mappings; each is named by its id for messages. */
    static List<YamlMap> listOf(Object node, String file, String kind, Problems problems) {
        List<YamlMap> out = new ArrayList<>();
        if (!(node instanceof List)) {
            problems.add(file, null, "expected a list of " + kind + "s");
            return out;
        }
        int i = 0;
        for (Object o : (List<?>) node) {
            i++;
            if (!(o instanceof Map)) {
                problems.add(file, kind + " #" + i, "expected a mapping");
                continue;
            }
            Object id = ((Map<?, ?>) o).get("id");
            String label = id instanceof String ? kind + " '" + id + "'" : kind + " #" + i;
            out.add(new YamlMap((Map<?, ?>) o, file, label, problems));
        }
        return out;
    }

    String file() { return file; }
    String where() { return where; }

    void problem(String message) {
        problems.add(file, where, message);
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    void allowOnly(Set<String> keys) {
        for (Object k : map.keySet()) {
            if (!keys.contains(String.valueOf(k))) {
                problem("unknown field '" + k + "'");
            }
        }
    }

    String str(String key) {
        String s = optStr(key);
        if (s == null) {
            problem("missing '" + key + "'");
            return "";
        }
        return s;
    }

    String optStr(String key) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String) || ((String) v).isBlank()) {
            problem("'" + key + "' must be text, got " + describe(v));
            return null;
        }
        return ((String) v).trim();
    }

    double num(String key) {
        Object v = map.get(key);
        if (!(v instanceof Number)) {
            problem(v == null ? "missing '" + key + "'" : "'" + key + "' must be a number, got " + describe(v));
            return 0;
        }
        return ((Number) v).doubleValue();
    }

    double optNum(String key, double fallback) {
        return map.get(key) == null ? fallback : num(key);
    }

    boolean bool(String key) {
        Object v = map.get(key);
        if (!(v instanceof Boolean)) {
            problem(v == null ? "missing '" + key + "'" : "'" + key + "' must be true or false, got " + describe(v));
            return false;
        }
        return (Boolean) v;
    }

    /** A list of ids; missing means empty. */
    List<String> strList(String key) {
        Object v = map.get(key);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof List)) {
            problem("'" + key + "' must be a list, got " + describe(v));
            return out;
        }
        for (Object o : (List<?>) v) {
            if (o instanceof String) {
                out.add((String) o);
            } else {
                problem("'" + key + "' has an entry that is not text: " + describe(o));
            }
        }
        return out;
    }

    /** A list of mappings under a key; missing means empty. */
    List<YamlMap> maps(String key, String kind) {
        Object v = map.get(key);
        if (v == null) {
            return new ArrayList<>();
        }
        List<YamlMap> raw = listOf(v, file, kind, problems);
        List<YamlMap> out = new ArrayList<>();
        for (YamlMap m : raw) {
            out.add(new YamlMap(m.map, file, where == null ? m.where : where + ": " + m.where, problems));
        }
        return out;
    }

    YamlMap map(String key) {
        Object v = map.get(key);
        if (!(v instanceof Map)) {
            problem(v == null ? "missing '" + key + "'" : "'" + key + "' must be a mapping");
            return new YamlMap(Map.of(), file, where, problems);
        }
        return new YamlMap((Map<?, ?>) v, file, where == null ? key : where + ": " + key, problems);
    }

    private static String describe(Object v) {
        if (v instanceof String) {
            return "'" + v + "'";
        }
        return v instanceof Boolean ? v + " (a yes/no word: put text in quotes)" : String.valueOf(v);
    }
}
