package org.crampwise.app.cli;

import org.crampwise.kb.Level;

/** Terminal styling: ANSI colour only on a terminal, and never when NO_COLOR is set. */
record Style(boolean colour) {

    static Style detect() {
        boolean tty = System.console() != null;
        boolean noColor = System.getenv("NO_COLOR") != null || "dumb".equals(System.getenv("TERM"));
        return new Style(tty && !noColor);
    }

    String bold(String s) {
        return wrap("1", s);
    }

    String dim(String s) {
        return wrap("2", s);
    }

    String warn(String s) {
        return wrap("33", s);
    }

    /** The level's banner colour; the words always say the level too, so colour is never the only cue. */
    String level(Level level, String s) {
        switch (level) {
            case CALL_EMERGENCY:
            case EMERGENCY_DEPARTMENT: return wrap("1;37;41", s);
            case URGENT: return wrap("1;30;43", s);
            case SEE_DOCTOR: return wrap("1;37;44", s);
            default: return wrap("1;37;42", s);
        }
    }

    private String wrap(String code, String s) {
        return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
