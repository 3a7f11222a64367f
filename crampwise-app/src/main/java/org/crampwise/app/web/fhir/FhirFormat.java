package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * What a FHIR client asked for: FHIR's {@code _format} parameter first, else the Accept header.
 * {@code $assess} answers the Crampwise assessment JSON unless FHIR is asked for; every other
 * route answers FHIR JSON unless XML is.
 */
enum FhirFormat {
    /** The Crampwise assessment JSON (only {@code $assess}). */
    PLAIN_JSON("application/json"),
    JSON(Fhir.CONTENT_TYPE),
    XML(Fhir.XML_CONTENT_TYPE);

    private final String mediaType;

    FhirFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** FHIR JSON unless the client asked for XML. */
    static FhirFormat of(Context ctx) {
        FhirFormat f = negotiate(ctx.queryParam("_format"), ctx.header("Accept"), JSON);
        return f == PLAIN_JSON ? JSON : f;
    }

    /** Like {@link #of}, but plain JSON (the assessment) when the client asked for no FHIR format. */
    static FhirFormat orPlain(Context ctx) {
        return negotiate(ctx.queryParam("_format"), ctx.header("Accept"), PLAIN_JSON);
    }

    static FhirFormat negotiate(String format, String accept, FhirFormat otherwise) {
        if (format != null) {
            FhirFormat f = named(format.trim().toLowerCase(Locale.ROOT));
            return f == null ? otherwise : f;
        }
        if (accept == null) {
            return otherwise;
        }
        double[] q = new double[values().length];
        for (String part : accept.split(",")) {
            String[] params = part.split(";");
            FhirFormat f = mediaType(params[0].trim().toLowerCase(Locale.ROOT));
            if (f != null) {
                q[f.ordinal()] = Math.max(q[f.ordinal()], quality(params));
            }
        }
        // Named at all (and not refused with q=0), FHIR wins a tie with plain JSON, and JSON with XML.
        FhirFormat best = otherwise;
        double bestQ = 0;
        for (FhirFormat f : new FhirFormat[] {JSON, XML, PLAIN_JSON}) {
            if (q[f.ordinal()] > bestQ) {
                best = f;
                bestQ = q[f.ordinal()];
            }
        }
        return best;
    }

    /** The values of {@code _format} FHIR names (http://hl7.org/fhir/R4/http.html#mime-type). */
    private static FhirFormat named(String f) {
        switch (f) {
            case "json": return JSON;
            case "xml": case "text/xml": case "application/xml": return XML;
            default: return mediaType(f);
        }
    }

    private static FhirFormat mediaType(String type) {
        switch (type) {
            case Fhir.CONTENT_TYPE: case "application/json+fhir": return JSON;
            // Not plain application/xml in Accept: browsers list it, and would get XML for a page.
            case Fhir.XML_CONTENT_TYPE: case "application/xml+fhir": return XML;
            case "application/json": return PLAIN_JSON;
            default: return null;
        }
    }

    /** The q of a media range: 1 unless given; 0 when it cannot be read. */
    private static double quality(String[] params) {
        for (int i = 1; i < params.length; i++) {
            String p = params[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
