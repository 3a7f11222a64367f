package org.crampwise.app.web.api.diary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampwise.app.web.HttpError;

/**
 * Reads the members of a request object, checking each: every problem is collected and
 * {@link #check} then reports them all in one 400, each naming its field. Absent and null
 * members are both "not given". Messages never repeat what was sent (it may be diary text).
 */
final class Fields {
    private static final int MAX_NAME_SHOWN = 40;

    private final Map<String, JsonValue> members;
    private final String prefix;
    private final List<HttpError.FieldProblem> problems;
    private final Set<String> known = new LinkedHashSet<>();

    Fields(JsonValue.Obj object) {
        this(object, "", new ArrayList<>());
    }

    private Fields(JsonValue.Obj object, String prefix, List<HttpError.FieldProblem> problems) {
        this.members = object.members();
        this.prefix = prefix;
        this.problems = problems;
    }

    /** The members of a nested object, reported as {@code name.member}; problems go to the same list. */
    Fields nested(String name, JsonValue.Obj object) {
        return new Fields(object, prefix + name + ".", problems);
    }

    void problem(String field, String message) {
        problems.add(new HttpError.FieldProblem(prefix + field, message));
    }

    boolean given(String name) {
        known.add(name);
        JsonValue v = members.get(name);
        return v != null && !(v instanceof JsonValue.Null);
    }

    JsonValue raw(String name) {
        known.add(name);
        return members.get(name);
    }

    /** Names the members not read (or {@linkplain #ignore ignored}) as unknown. */
    Fields noOthers() {
        for (String name : members.keySet()) {
            if (!known.contains(name)) {
                problem(printable(name), "unknown field; expected one of " + String.join(", ", known));
            }
        }
        return this;
    }

    /** Members accepted and not used (read-only ones a client may send back). */
    void ignore(String... names) {
        known.addAll(List.of(names));
    }

    /** Throws the 400 when anything was wrong. */
    void check() {
        if (!problems.isEmpty()) {
            String first = problems.get(0).field() + " " + problems.get(0).message();
            throw new HttpError.BadRequest(problems.size() == 1 ? first
                    : first + " (and " + (problems.size() - 1) + " more)", problems);
        }
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    String text(String name, boolean required, int maxLength) {
        if (!given(name)) {
            missing(name, required);
            return null;
        }
        if (!(members.get(name) instanceof JsonValue.Text t)) {
            problem(name, "must be text, not " + members.get(name).kind());
            return null;
        }
        String s = t.value();
        if (s.codePointCount(0, s.length()) > maxLength) {
            problem(name, "must be at most " + maxLength + " characters");
            return null;
        }
        return s;
    }

    /** Text that must be one of {@code choices}. */
    String choice(String name, Collection<String> choices) {
        String s = text(name, false, 100);
        if (s != null && !choices.contains(s)) {
            problem(name, "must be one of " + String.join(", ", choices));
            return null;
        }
        return s;
    }

    Integer integer(String name, boolean required, long min, long max) {
        BigDecimal n = number(name, required, min, max, true);
        return n == null ? null : n.intValueExact();
    }

    Double decimal(String name, long min, long max) {
        BigDecimal n = number(name, false, min, max, false);
        return n == null ? null : n.doubleValue();
    }

    Boolean bool(String name) {
        if (!given(name)) {
            return null;
        }
        if (!(members.get(name) instanceof JsonValue.Bool b)) {
            problem(name, "must be true or false, not " + members.get(name).kind());
            return null;
        }
        return b.value();
    }

    private BigDecimal number(String name, boolean required, long min, long max, boolean whole) {
        String what = (whole ? "a whole number" : "a number") + " from " + min + " to " + max;
        if (!given(name)) {
            missing(name, required);
            return null;
        }
        if (!(members.get(name) instanceof JsonValue.Num n)) {
            problem(name, "must be " + what + ", not " + members.get(name).kind());
            return null;
        }
        BigDecimal v = n.value();
        boolean isWhole = v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
        if ((whole && !isWhole) || v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(name, "must be " + what);
            return null;
        }
        return v;
    }

    private void missing(String name, boolean required) {
        if (required) {
            problem(name, "is missing");
        }
    }

    /** A name from a request, safe to repeat: control and invisible characters escaped, long ones cut. */
    static String printable(String s) {
        if (s.isEmpty()) {
            return "\"\""; // a field named by the empty string: say so, not nothing
        }
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            if (count++ == MAX_NAME_SHOWN) {
                return sb.append("...").toString();
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean unsafe = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
            if (unsafe) {
                for (char c : Character.toChars(cp)) {
                    sb.append(String.format("\\u%04X", (int) c));
                }
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }
}
