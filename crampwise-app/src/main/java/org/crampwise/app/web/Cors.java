package org.crampwise.app.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cross-origin requests to the API, FHIR and the OpenAPI document: refused (403) unless their
 * {@code Origin} is one the operator allowed ({@code --allowed-origins}, or {@code *} for any).
 * An allowed one gets the CORS headers, and its preflight a 204. Same-origin requests (an
 * {@code Origin} with this server's own host and port) and requests without one are untouched;
 * the pages have their CSRF tokens.
 */
public final class Cors {
    /** How an origin is written in the setting: a scheme and a host, with a port when not the default. */
    static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?|\\*");
    private static final String METHODS = "GET, POST, PUT, DELETE";
    private static final String HEADERS = "Authorization, Content-Type, If-None-Match, X-Request-Id";
    private static final String EXPOSED = "ETag, Link, Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, "
            + "RateLimit-Reset, RateLimit, RateLimit-Policy, X-Request-Id, WWW-Authenticate";

    private final List<String> allowed;

    public Cors(List<String> allowed) {
        this.allowed = allowed.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
    }

    /** True when the request was a preflight, answered here: nothing else is to run. */
    public boolean apply(Context ctx) {
        String origin = ctx.header("Origin");
        String path = ctx.path();
        if (origin == null || !(path.startsWith("/api/") || path.startsWith("/fhir/") || path.equals("/openapi.json"))
                || sameOrigin(origin, ctx.header("Host"))) {
            return false;
        }
        if (!allowed.contains("*") && !allowed.contains(origin.toLowerCase(Locale.ROOT))) {
            throw new HttpError.Forbidden("requests from the origin " + (ORIGIN.matcher(origin).matches() ? origin : "given")
                    + " are not allowed here; the operator can allow it with --allowed-origins");
        }
        ctx.header("Access-Control-Allow-Origin", allowed.contains("*") ? "*" : origin);
        ctx.header("Vary", "Origin");
        ctx.header("Access-Control-Expose-Headers", EXPOSED);
        if (ctx.method().name().equals("OPTIONS") && ctx.header("Access-Control-Request-Method") != null) {
            ctx.header("Access-Control-Allow-Methods", METHODS);
            ctx.header("Access-Control-Allow-Headers", HEADERS);
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
            return true;
        }
        return false;
    }

    private static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        int scheme = origin.indexOf("://");
        return scheme > 0 && origin.substring(scheme + 3).equalsIgnoreCase(host);
    }
}
