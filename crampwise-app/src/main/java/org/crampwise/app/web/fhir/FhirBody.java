package org.crampwise.app.web.fhir;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.crampwise.app.web.HttpError;
import org.crampwise.evidence.EvidenceJson;

/**
 * Reads a FHIR JSON request body: the right content type, never more than 64 KiB read. The same
 * checks and messages as the API's JsonBody, which is package-private to web.api (and not ours to
 * change): when it is made public, this can call it instead.
 */
final class FhirBody {
    static final String[] TYPES = {Fhir.CONTENT_TYPE, "application/json"};

    private FhirBody() {
    }

    static byte[] read(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        boolean ok = false;
        for (String accepted : TYPES) {
            ok |= type.equals(accepted);
        }
        if (!ok) {
            throw new HttpError.UnsupportedMediaType("send " + String.join(" or ", TYPES)
                    + (type.isEmpty() ? "" : ", not " + type));
        }
        if (ctx.contentLength() > EvidenceJson.MAX_BYTES) {
            throw new HttpError.PayloadTooLarge("the body is larger than 64 KiB");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(EvidenceJson.MAX_BYTES + 1);
            if (body.length > EvidenceJson.MAX_BYTES) {
                throw new HttpError.PayloadTooLarge("the body is larger than 64 KiB");
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
