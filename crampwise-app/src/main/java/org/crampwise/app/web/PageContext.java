package org.crampwise.app.web;

/**
 * What every page's layout needs: the words, the asset addresses, the CSRF token for its forms
 * and the configured phone numbers.
 */
public record PageContext(Messages messages, Assets assets, String csrfToken, String path) {

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
