package org.crampwise.app.web;

import java.util.List;
import org.crampwise.kb.Region;

/**
 * What every page's layout needs: the words (of the request's region and language), the asset
 * addresses, the CSRF token for its forms, a region the browser's language suggests (or null),
 * the links to the page in the other languages, and the language of the knowledge base's sources
 * (their titles stay in it, marked with {@code lang} on a page in another language).
 */
public record PageContext(Messages messages, Assets assets, String csrfToken, String path, Region suggested,
                          List<LanguageLink> languages, String sourceLang) {

    public PageContext(Messages messages, Assets assets, String csrfToken, String path) {
        this(messages, assets, csrfToken, path, null, List.of(), messages.language());
    }

    /**
     * The way to this page in another language: {@code name} is that language's own name for
     * itself ("Español"), {@code tag} its BCP 47 tag for {@code lang} and {@code hreflang}.
     */
    public record LanguageLink(String tag, String name, String href) {
    }

    /** The region whose numbers the page gives. */
    public Region region() {
        return messages.region();
    }

    public String t(String key, Object... args) {
        return messages.get(key, args);
    }

    public String lang() {
        return messages.language();
    }

    public String css() {
        return assets.url("crampwise.css");
    }

    public String bodyMapCss() {
        return assets.url("bodymap.css");
    }

    public String favicon() {
        return assets.url("favicon.svg");
    }

    public String js() {
        return assets.url("crampwise.js");
    }

    public String emergencyNumber() {
        return messages.emergencyNumber();
    }

    public String urgentNumber() {
        return messages.urgentNumber();
    }
}
