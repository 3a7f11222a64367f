package org.crampwise.app.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Double-submit CSRF protection: a random token in a cookie that only this site can read, and the
 * same token in every form. A form posted from another site cannot know it.
 */
public final class Csrf {
    static final String COOKIE = "cw_csrf";
    public static final String FIELD = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean secureCookies;

    public Csrf(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    /** The token for this visitor, set as a cookie when they have none yet. */
    public String token(Context ctx) {
        String existing = ctx.cookie(COOKIE);
        if (existing != null && existing.matches("[A-Za-z0-9_-]{43}")) {
            return existing;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.cookie(new Cookie(COOKIE, token, "/", -1, secureCookies, true, null, SameSite.STRICT));
        return token;
    }

    /** Refuses a state-changing request whose form does not carry the visitor's token. */
    public void check(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        String field = ctx.formParam(FIELD);
        if (cookie == null || field == null
                || !MessageDigest.isEqual(cookie.getBytes(), field.getBytes())) {
            throw new HttpError.Forbidden("the form's security token is missing or wrong");
        }
    }
}
