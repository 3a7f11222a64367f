package org.crampwise.kb;

import java.util.Locale;

/** The five triage levels of shared/contract/triage.md, least urgent first. */
public enum Level {
    SELF_CARE, SEE_DOCTOR, URGENT, EMERGENCY_DEPARTMENT, CALL_EMERGENCY;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }

    /** The level with this contract id, or null. */
    public static Level fromId(String id) {
        for (Level l : values()) {
            if (l.id().equals(id)) {
                return l;
            }
        }
        return null;
    }
}
