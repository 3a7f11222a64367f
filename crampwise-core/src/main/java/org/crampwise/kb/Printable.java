package org.crampwise.kb;

/**
 * Makes text from a request safe to repeat in a one-line message: invisible, control and
 * direction-changing characters are shown as {@code \}{@code uXXXX}, and long text is cut short.
 */
public final class Printable {
    private static final int MAX_CODE_POINTS = 40;

    private Printable() {
    }

    public static String clean(String s) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            if (count == MAX_CODE_POINTS) {
                return sb.append("...").toString();
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            count++;
            if (unsafe(cp)) {
                // A lone surrogate or any other unsafe code point, escaped per UTF-16 unit.
                for (char c : Character.toChars(cp)) {
                    sb.append(String.format("\\u%04X", (int) c));
                }
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /**
     * A value from a request as a message says what it got: null, an object (a Map), a list (a
     * Collection), the text "..." (a String), or as it was written ({@code toString()}).
     */
    public static String describe(Object raw) {
        if (raw == null) {
            return "null";
        }
        if (raw instanceof java.util.Map) {
            return "an object";
        }
        if (raw instanceof java.util.Collection) {
            return "a list";
        }
        if (raw instanceof String s) {
            return "the text \"" + clean(s) + "\"";
        }
        return clean(raw.toString());
    }

    private static boolean unsafe(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
                return true;
            default:
                return false;
        }
    }
}
