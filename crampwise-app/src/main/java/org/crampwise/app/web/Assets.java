package org.crampwise.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Static files with their content hash in the name (crampwise.3f2a1c9b.css), so they can be
 * cached for a year and a new version is never mistaken for an old one.
 */
public final class Assets {
    /** The files under resources/assets that pages use. */
    static final List<String> FILES = List.of("crampwise.css", "bodymap.css", "crampwise.js", "favicon.svg");
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml");

    private final Map<String, String> urlOf = new HashMap<>();
    private final Map<String, byte[]> bodyOfUrl = new HashMap<>();

    public Assets() {
        for (String name : FILES) {
            byte[] body = resource("/assets/" + name);
            int dot = name.lastIndexOf('.');
            String url = "/assets/" + name.substring(0, dot) + "." + fingerprint(body) + name.substring(dot);
            urlOf.put(name, url);
            bodyOfUrl.put(url, body);
        }
    }

    /** The fingerprinted address of an asset. */
    public String url(String name) {
        String url = urlOf.get(name);
        if (url == null) {
            throw new IllegalArgumentException("no asset " + name);
        }
        return url;
    }

    /** Browsers and tools that ask for /favicon.ico by habit get the icon too (no error in the console). */
    public void favicon(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType(TYPES.get("svg"));
        ctx.result(bodyOfUrl.get(url("favicon.svg")));
    }

    public void serve(Context ctx) {
        byte[] body = bodyOfUrl.get(ctx.path());
        if (body == null) {
            throw new HttpError.NotFound("no such file");
        }
        String ext = ctx.path().substring(ctx.path().lastIndexOf('.') + 1);
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.contentType(TYPES.getOrDefault(ext, "application/octet-stream"));
        ctx.result(body);
    }

    /** A file of the jar; its absence is a broken build, not a request to refuse. */
    public static byte[] resource(String path) {
        try (InputStream in = Assets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a file's SHA-256, for its name: a changed file gets a new name. */
    public static String fingerprint(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
