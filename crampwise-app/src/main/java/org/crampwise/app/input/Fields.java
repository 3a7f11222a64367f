package org.crampwise.app.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the members of an object (a request body, or a CSV record), checking each: every problem
 * is collected and {@link #check} then reports them all at once ({@link Invalid}; a 400 from the
 * API), each naming its field. Absent and null members are both "not given". Messages never
 * repeat what was sent (it may be diary text).
 */
public final class Fields {
    private static final int MAX_NAME_SHOWN = 40;

    private final Map<String, JsonValue> members;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> known = new LinkedHashSet<>();
    private final boolean cells;

    /** The members of a JSON object: a value of the wrong type is named by its kind ("not text"). */
    public Fields(JsonValue.Obj object) {
        this(object, false);
    }

    private Fields(JsonValue.Obj object, boolean cells) {
        this.members = object.members();
        this.cells = cells;
    }

    /**
     * The cells of a CSV record by field name: every cell is text, so a value of the wrong type
     * is told what is allowed without "not text".
     */
    public static Fields ofCells(JsonValue.Obj cells) {
        return new Fields(cells, true);
    }

    public void problem(String field, String message) {
        problems.add(new Problem(field, message));
    }

    public boolean given(String name) {
        known.add(name);
        JsonValue v = members.get(name);
        return v != null && !(v instanceof JsonValue.Null);
    }

    public JsonValue raw(String name) {
        known.add(name);
        return members.get(name);
    }

    /** Names the members not read (or {@linkplain #ignore ignored}) as unknown. */
    public Fields noOthers() {
        for (String name : members.keySet()) {
            if (!known.contains(name)) {
                problem(printable(name), "unknown field; expected one of " + String.join(", ", known));
            }
        }
        return this;
    }

    /** Members accepted and not used (read-only ones a client may send back). */
    public void ignore(String... names) {
        known.addAll(List.of(names));
    }

    /** Throws {@link Invalid} (the API's 400) when anything was wrong. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
    }

    /** Every problem so far, in the order found. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public String text(String name, boolean required, int maxLength) {
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
    public String choice(String name, Collection<String> choices) {
        String s = text(name, false, 100);
        if (s != null && !choices.contains(s)) {
            problem(name, "must be one of " + String.join(", ", choices));
            return null;
        }
        return s;
    }

    public Integer integer(String name, boolean required, long min, long max) {
        BigDecimal n = number(name, required, min, max, true);
        return n == null ? null : n.intValueExact();
    }

    public Double decimal(String name, long min, long max) {
        BigDecimal n = number(name, false, min, max, false);
        return n == null ? null : n.doubleValue();
    }

    public Boolean bool(String name) {
        if (!given(name)) {
            return null;
        }
        if (!(members.get(name) instanceof JsonValue.Bool b)) {
            problem(name, "must be true or false" + kind(name));
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
            problem(name, "must be " + what + kind(name));
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

    /** ", not text": what was sent instead, for JSON; nothing for CSV cells (always text). */
    private String kind(String name) {
        return cells ? "" : ", not " + members.get(name).kind();
    }

    private void missing(String name, boolean required) {
        if (required) {
            problem(name, "is missing");
        }
    }

    /** A name from a request, safe to repeat: control and invisible characters escaped, long ones cut. */
    public static String printable(String s) {
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
