package org.crampwise.app.web.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.crampwise.app.web.HttpError;
import org.crampwise.evidence.EvidenceJson;

/** Reads a JSON request body (API and FHIR): the right content type, never more than 64 KiB read. */
public final class JsonBody {
    private JsonBody() {
    }

    public static byte[] read(Context ctx, String... acceptedTypes) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].trim().toLowerCase();
        boolean ok = false;
        for (String accepted : acceptedTypes) {
            ok |= type.equals(accepted);
        }
        if (!ok) {
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
            byte[] body = in.readNBytes(EvidenceJson.MAX_BYTES + 1);
            if (body.length > EvidenceJson.MAX_BYTES) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                throw new HttpError.PayloadTooLarge("the body is larger than 64 KiB");
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drain(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // the client went away or sent more than Jetty allows: the 413 stands either way
        }
    }
}
