package org.crampwise.app.web;

import org.crampwise.kb.Region;

/**
 * What every page's layout needs: the words (of the request's region), the asset addresses, the
 * CSRF token for its forms, and a region the browser's language suggests (or null).
 */
public record PageContext(Messages messages, Assets assets, String csrfToken, String path, Region suggested) {

    public PageContext(Messages messages, Assets assets, String csrfToken, String path) {
        this(messages, assets, csrfToken, path, null);
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
