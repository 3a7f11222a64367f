package org.crampwise.diary;

import java.util.Locale;

/** What the person was doing when a cramp came; stored as the lower-case name. */
public enum EpisodeContext {
    DURING_EXERCISE,
    AFTER_EXERCISE,
    SITTING,
    STANDING,
    IN_BED;

    /** The value stored in the database ({@code in_bed}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EpisodeContext ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
