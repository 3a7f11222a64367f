package org.crampwise.app.web.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.crampwise.app.web.HttpError;
import org.crampwise.evidence.EvidenceJson;

/** Reads a JSON request body (API and FHIR): the right content type, never more than 64 KiB read. */
public final class JsonBody {
    private JsonBody() {
    }

    public static byte[] read(Context ctx, String... acceptedTypes) {
        String header = ctx.contentType();
        boolean ok = false;
        for (String accepted : acceptedTypes) {
            ok |= isType(header, accepted);
        }
        if (!ok) {
            String type = header == null ? "" : header.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
            throw new HttpError.UnsupportedMediaType("send " + String.join(" or ", acceptedTypes)
                    + (type.isEmpty() ? "" : ", not " + type));
        }
        if (ctx.contentLength() > EvidenceJson.MAX_BYTES) {
            // Read the rest (Jetty bounds it at 1 MiB) before answering: a client still sending
            // would otherwise see a broken connection instead of the 413.
            drain(ctx);
            throw new HttpError.PayloadTooLarge("the body is larger than 64 KiB");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            // With a declared length (at most 64 KiB here) read exactly that: one pass, no extra
            // read to find the end.
            long declared = ctx.contentLength();
            byte[] body = in.readNBytes(declared >= 0 ? (int) declared : EvidenceJson.MAX_BYTES + 1);
            if (body.length > EvidenceJson.MAX_BYTES) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                throw new HttpError.PayloadTooLarge("the body is larger than 64 KiB");
            }
            return body;
        } catch (IOException e) {
            // The client stopped sending before the length it declared (or went quiet until the
            // idle timeout): its request is at fault, not the server.
            throw new HttpError.BadRequest("the body ended before its declared length",
                    java.util.List.of(new HttpError.FieldProblem("input", "the body ended before its declared length")));
        }
    }

    /** Whether a Content-Type header names this media type (any case, parameters allowed). */
    static boolean isType(String header, String type) {
        if (header == null) {
            return false;
        }
        String h = header.strip();
        if (!h.regionMatches(true, 0, type, 0, type.length())) {
            return false;
        }
        return h.length() == type.length() || h.charAt(type.length()) == ';' || h.charAt(type.length()) == ' ';
    }

    private static void drain(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // the client went away or sent more than Jetty allows: the 413 stands either way
        }
    }
}
