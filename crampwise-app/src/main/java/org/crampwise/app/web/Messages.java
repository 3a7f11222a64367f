package org.crampwise.app.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.crampwise.kb.Audience;
import org.crampwise.kb.Region;

/**
 * The words of the pages, from message bundles ({@code messages.properties}; another language is
 * a new {@code messages_xx.properties} and a test, no code), for one audience: its language picks
 * the bundle, its region fills {emergency}, {urgent}, {gp} and the other placeholders. Arguments
 * are formatted by ICU's MessageFormat in the audience's language, so plurals
 * ({@code {0,plural,one{# day} other{# days}}}) and numbers (2.5, 2,5) follow the language.
 */
public final class Messages {
    private final ResourceBundle bundle;
    private final Region region;
    private final Locale locale;

    public Messages(Audience audience) {
        this.bundle = ResourceBundle.getBundle("org.crampwise.app.web.messages", audience.language(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.region = audience.region();
        this.locale = audience.language();
    }

    /** Words with only these two numbers (for tests of texts that name no service). */
    public Messages(Locale locale, String emergency, String urgent) {
        this(new Audience(new Region("", "", emergency, urgent, Map.of("emergency", emergency, "urgent", urgent),
                List.of(), List.of(), null), locale));
    }

    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' in the bundle of " + language(), e);
        }
        text = region.fill(text);
        // The bundle writes apostrophes as they are read ("don't"): doubled, they stay literal.
        return args.length == 0 ? text
                : new MessageFormat(text.replace("'", "''"), ULocale.forLocale(locale)).format(args);
    }

    /** The language tag of these words ("en", "es"): the page's {@code <html lang>}. */
    public String language() {
        String lang = bundle.getLocale().getLanguage();
        return lang.isEmpty() ? "en" : lang;
    }

    /** The audience's language, for dates and numbers formatted outside a message. */
    public Locale locale() {
        return locale;
    }

    /** A date or time pattern of the bundle ({@code date.day}: "EEE d MMM uuuu"), in this language. */
    public DateTimeFormatter dates(String key) {
        return DateTimeFormatter.ofPattern(get(key), locale);
    }

    /** A decimal number with exactly {@code digits} places, written the language's way (2.50, 2,50). */
    public String decimal(double value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(ULocale.forLocale(locale));
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        f.setGroupingUsed(false);
        return f.format(value);
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
