package org.crampwise.app.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.crampwise.kb.Audience;
import org.crampwise.kb.Region;

/**
 * The words of the pages, from message bundles ({@code messages.properties}; another language is
 * a new {@code messages_xx.properties} and a test, no code), for one audience: its language picks
 * the bundle, its region fills {emergency}, {urgent}, {gp} and the other placeholders.
 */
public final class Messages {
    private final ResourceBundle bundle;
    private final Region region;

    public Messages(Audience audience) {
        this.bundle = ResourceBundle.getBundle("org.crampwise.app.web.messages", audience.language(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.region = audience.region();
    }

    /** Words with only these two numbers (for tests of texts that name no service). */
    public Messages(java.util.Locale locale, String emergency, String urgent) {
        this(new Audience(new Region("", "", emergency, urgent, Map.of("emergency", emergency, "urgent", urgent),
                List.of(), List.of(), null), locale));
    }

    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "'", e);
        }
        text = region.fill(text);
        return args.length == 0 ? text : new MessageFormat(text.replace("'", "''"), bundle.getLocale()).format(args);
    }

    public String language() {
        String lang = bundle.getLocale().getLanguage();
        return lang.isEmpty() ? "en" : lang;
    }

    /** The region these words are for. */
    public Region region() {
        return region;
    }

    public String emergencyNumber() {
        return region.emergencyNumber();
    }

    public String urgentNumber() {
        return region.urgentNumber();
    }
}
