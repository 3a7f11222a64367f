package org.crampwise.engine.impact;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.crampwise.kb.KnowledgeBase;

/**
 * Evidence without the findings a knowledge base does not know: what an older release would have
 * been told, since its interview never asked them. Anything else is passed on as written, for the
 * evidence reader to judge; evidence of an unexpected shape is returned unchanged.
 */
final class UnknownFindings {
    private static final JsonFactory JSON = new JsonFactory();

    /** The evidence as JSON text, and the finding ids taken out of it. */
    record Stripped(String evidence, List<String> dropped) {
    }

    private UnknownFindings() {
    }

    static Stripped strip(KnowledgeBase kb, String evidence) {
        List<String> dropped = new ArrayList<>();
        StringWriter out = new StringWriter();
        try (JsonParser p = JSON.createParser(evidence); JsonGenerator g = JSON.createGenerator(out)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Stripped(evidence, List.of());
            }
            g.writeStartObject();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                g.writeFieldName(field);
                if (field.equals("findings") && t == JsonToken.START_OBJECT) {
                    findings(kb, p, g, dropped);
                } else if (field.equals("skipped") && t == JsonToken.START_ARRAY) {
                    skipped(kb, p, g, dropped);
                } else {
                    g.copyCurrentStructure(p);
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            return new Stripped(evidence, List.of()); // not JSON: the evidence reader says why
        }
        return new Stripped(dropped.isEmpty() ? evidence : out.toString(), List.copyOf(dropped));
    }

    private static void findings(KnowledgeBase kb, JsonParser p, JsonGenerator g, List<String> dropped)
            throws IOException {
        g.writeStartObject();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String id = p.currentName();
            p.nextToken();
            if (kb.finding(id) == null) {
                dropped.add(id);
                p.skipChildren();
            } else {
                g.writeFieldName(id);
                g.copyCurrentStructure(p);
            }
        }
        g.writeEndObject();
    }

    private static void skipped(KnowledgeBase kb, JsonParser p, JsonGenerator g, List<String> dropped)
            throws IOException {
        g.writeStartArray();
        for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == JsonToken.VALUE_STRING && kb.finding(p.getText()) == null) {
                dropped.add(p.getText());
            } else {
                g.copyCurrentStructure(p);
            }
        }
        g.writeEndArray();
    }
}
