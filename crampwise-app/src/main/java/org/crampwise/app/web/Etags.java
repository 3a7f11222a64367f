package org.crampwise.app.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.crampwise.kb.KnowledgeBase;

/**
 * Strong entity tags for the reference documents (the knowledge base lists, the OpenAPI document,
 * the FHIR Questionnaire): a client that sends back the tag in {@code If-None-Match} gets a 304
 * with no body. The tag is a hash of the bytes, so every server of one release gives the same.
 */
public final class Etags {
    private Etags() {
    }

    /**
     * The tag of one audience's body, a quoted, shortened SHA-256: the same bytes for two regions
     * or languages (a list with no words of either) still get two tags, as they are two
     * representations of one address.
     */
    public static String of(KnowledgeBase kb, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((kb.region().id() + "|" + kb.language().toLanguageTag()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            byte[] hash = digest.digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sets {@code ETag} (and {@code Cache-Control: no-cache}: use it, but ask first); true after
     * answering 304 when {@code If-None-Match} names the tag (or is {@code *}), and the caller
     * then sends nothing.
     */
    public static boolean notModified(Context ctx, String etag) {
        ctx.header("ETag", etag);
        // The body depends on the language (lang, else the cw_lang cookie, else Accept-Language)
        // and the region (region, else the cw_region cookie): a cache keeps one per pair.
        ctx.res().addHeader("Vary", "Accept-Language, Cookie");
        ctx.header("Cache-Control", "no-cache");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                ctx.status(304);
                return true;
            }
        }
        return false;
    }

    /** Sends the body with its tag, or the 304. */
    public static void send(Context ctx, String contentType, byte[] body, String etag) {
        if (notModified(ctx, etag)) {
            return;
        }
        ctx.contentType(contentType);
        ctx.result(body);
    }

}
