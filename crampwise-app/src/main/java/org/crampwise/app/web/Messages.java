package org.crampwise.app.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the pages, from message bundles ({@code messages.properties}; another language is
 * a new {@code messages_xx.properties}, no code). {emergency} and {urgent} are the configured numbers.
 */
public final class Messages {
    private final ResourceBundle bundle;
    private final String emergency;
    private final String urgent;

    public Messages(Locale locale, String emergency, String urgent) {
        this.bundle = ResourceBundle.getBundle("org.crampwise.app.web.messages", locale);
        this.emergency = emergency;
        this.urgent = urgent;
    }

    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "'", e);
        }
        text = text.replace("{emergency}", emergency).replace("{urgent}", urgent);
        return args.length == 0 ? text : new MessageFormat(text.replace("'", "''"), bundle.getLocale()).format(args);
    }

    public String language() {
        String lang = bundle.getLocale().getLanguage();
        return lang.isEmpty() ? "en" : lang;
    }

    public String emergencyNumber() {
        return emergency;
    }

    public String urgentNumber() {
        return urgent;
    }
}
