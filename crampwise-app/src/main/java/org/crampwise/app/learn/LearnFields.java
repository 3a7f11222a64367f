package org.crampwise.app.learn;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typed reading of learn.yaml's fields; a missing or mistyped one is recorded as a problem. */
final class LearnFields {
    private final List<String> problems;

    LearnFields(List<String> problems) {
        this.problems = problems;
    }

    void allowOnly(Map<?, ?> m, Set<String> keys, String where) {
        for (Object k : m.keySet()) {
            if (!keys.contains(String.valueOf(k))) {
                problem(where, "unknown field '" + k + "'");
            }
        }
    }

    /** A required, non-blank text; null (and a problem) when missing or not a text. */
    String text(Map<?, ?> m, String key, String where) {
        Object v = m.get(key);
        if (v == null) {
            problem(where, "missing '" + key + "'");
            return null;
        }
        if (!(v instanceof String s) || s.isBlank()) {
            problem(where, "'" + key + "' must be a text");
            return null;
        }
        return s.strip();
    }

    LocalDate date(Map<?, ?> m, String key, String where) {
        Object v = m.get(key);
        if (v == null) {
            problem(where, "missing '" + key + "'");
            return null;
        }
        if (v instanceof Date d) { // YAML reads an unquoted 2026-11-26 as a timestamp
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(v));
        } catch (DateTimeParseException e) {
            problem(where, "'" + key + "' must be a date (YYYY-MM-DD), got '" + v + "'");
            return null;
        }
    }

    /** How a list field must be given. */
    enum Need { OPTIONAL, REQUIRED, NON_EMPTY }

    List<?> list(Map<?, ?> m, String key, String where, Need need) {
        Object v = m.get(key);
        if (v == null) {
            if (need != Need.OPTIONAL || m.containsKey(key)) {
                problem(where, "missing '" + key + "'");
            }
            return null;
        }
        if (!(v instanceof List<?> l)) {
            problem(where, "'" + key + "' must be a list");
            return null;
        }
        if (need == Need.NON_EMPTY && l.isEmpty()) {
            problem(where, "'" + key + "' is empty");
            return null;
        }
        return l;
    }

    /** A list of non-blank texts; empty (with a problem unless optional) when missing. */
    List<String> texts(Map<?, ?> m, String key, String where, Need need) {
        List<?> l = list(m, key, where, need);
        List<String> out = new ArrayList<>();
        if (l == null) {
            return out;
        }
        int n = 0;
        for (Object o : l) {
            n++;
            if (!(o instanceof String s) || s.isBlank()) {
                problem(where, "'" + key + "' #" + n + " must be a text (a ': ' inside a text needs quotes)");
            } else {
                out.add(s.strip());
            }
        }
        return out;
    }

    void problem(String where, String message) {
        problems.add(LearnLoader.FILE + ": " + (where == null ? "" : where + ": ") + message);
    }
}
