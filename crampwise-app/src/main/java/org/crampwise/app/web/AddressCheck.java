package org.crampwise.app.web;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * An address whose %-escapes are broken ({@code %u002e}, {@code %Z1}) is a 400 before any route
 * reads it: Javalin would otherwise fail while decoding a path parameter, a server error for the
 * client's mistake.
 */
public final class AddressCheck {
    private AddressCheck() {
    }

    public static void apply(Context ctx) {
        String path = ctx.path();
        if (path.indexOf('%') < 0) {
            return; // nearly every request: nothing to decode
        }
        try {
            URLDecoder.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new HttpError.BadRequest("the address has a broken %-escape");
        }
    }
}
