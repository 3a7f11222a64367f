package org.crampwise.engine.impact;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;

/**
 * A vignette or scenario file of shared/contract/README.md ({@code id}, {@code title},
 * {@code evidence}, {@code expect}), read only as far as a comparison needs: the evidence is kept
 * as JSON text, so that each knowledge base reads it with its own rules and may reject it.
 *
 * @param source   where the case came from, for the reader (a file path)
 * @param evidence the evidence object as JSON text, or null when the file has none
 * @param problem  why the file itself cannot be used (not JSON, no evidence), or null
 * @param expected the {@code expect.triage} level id as written, or null
 */
public record ImpactCase(String id, String title, String source, String evidence, String problem, String expected) {
    private static final JsonFactory JSON = new JsonFactory();

    /** Reads a case file; never throws: a file that cannot be used carries its {@link #problem()}. */
    public static ImpactCase parse(String source, String fallbackId, byte[] json) {
        Fields f = new Fields();
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new ImpactCase(fallbackId, "", source, null, "case file: must be a JSON object", null);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                f.read(p.currentName(), p);
            }
        } catch (JsonParseException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            String msg = String.valueOf(e.getOriginalMessage()).split("\\R", 2)[0];
            return new ImpactCase(orElse(f.id, fallbackId), orElse(f.title, ""), source, null,
                    "case file: not valid JSON" + where + ": " + msg, null);
        } catch (IOException e) {
            return new ImpactCase(fallbackId, "", source, null, "case file: cannot be read: " + e.getMessage(), null);
        }
        String problem = f.evidence == null ? "evidence: is missing" : null;
        return new ImpactCase(orElse(f.id, fallbackId), orElse(f.title, ""), source, f.evidence, problem, f.expected);
    }

    private static String orElse(String s, String other) {
        return s == null || s.isBlank() ? other : s;
    }

    /** The fields of one case file as they are read. */
    private static final class Fields {
        String id;
        String title;
        String evidence;
        String expected;

        void read(String name, JsonParser p) throws IOException {
            JsonToken t = p.nextToken();
            switch (name) {
                case "id" -> id = t == JsonToken.VALUE_STRING ? p.getText() : null;
                case "title" -> title = t == JsonToken.VALUE_STRING ? p.getText() : null;
                case "evidence" -> evidence = copy(p);
                case "expect" -> readExpect(p, t);
                default -> p.skipChildren();
            }
        }

        private void readExpect(JsonParser p, JsonToken t) throws IOException {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("triage") && v == JsonToken.VALUE_STRING) {
                    expected = p.getText();
                } else {
                    p.skipChildren();
                }
            }
        }

        /** The evidence token for token, duplicates and all, for the evidence reader to judge. */
        private static String copy(JsonParser p) throws IOException {
            StringWriter out = new StringWriter();
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.copyCurrentStructure(p);
            }
            return out.toString();
        }
    }
}
