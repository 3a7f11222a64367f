package org.crampwise.app.web.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where to go after signing in. Only a path on this site is followed ("/diary"), never another
 * site ("//evil.example", "https://...", "/\evil"), so the sign-in page cannot be used to send
 * people elsewhere.
 */
final class Next {
    static final String DEFAULT = "/diary";

    private Next() {
    }

    static String safe(String next) {
        if (next == null || next.length() > 500 || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return DEFAULT;
        }
        return next;
    }

    /** The sign-in address that brings the person back to {@code next}. */
    static String signInFor(String next) {
        return "/account/sign-in" + query(next);
    }

    /** "?next=..." to carry the destination on to another account page; empty for the default. */
    static String query(String next) {
        String safe = safe(next);
        return safe.equals(DEFAULT) ? "" : "?next=" + URLEncoder.encode(safe, StandardCharsets.UTF_8);
    }
}
