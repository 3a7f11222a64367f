package org.crampwise.kb;

import java.util.Locale;

/**
 * Who is reading: their region (numbers and services) and their language. Made once at the edge
 * (a page's cookie, an API's query, the command line's option) and carried to every text, so no
 * text falls back on a default of the machine.
 */
public record Audience(Region region, Locale language) {
    public Audience {
        if (region == null || language == null) {
            throw new IllegalArgumentException("an audience needs a region and a language");
        }
    }

    /** "GB-ENG/en": what is made once per audience is kept under this. */
    public String key() {
        return region.id() + "/" + language.toLanguageTag();
    }
}
