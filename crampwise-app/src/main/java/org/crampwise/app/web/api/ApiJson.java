package org.crampwise.app.web.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.crampwise.condition.FindingType;
import org.crampwise.engine.AssessmentJson;
import org.crampwise.interview.Question;
import org.crampwise.interview.Step;
import org.crampwise.kb.AdviceItem;
import org.crampwise.kb.Cause;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Source;

/** The API's JSON, written with a streaming generator in a fixed order. */
public final class ApiJson {
    private static final JsonFactory JSON = new JsonFactory();

    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private ApiJson() {
    }

    public static byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {"question": {...} | null, "shouldStop": bool, "reason": "...", "assessment": {...}} */
    static void step(JsonGenerator g, Step step) throws IOException {
        g.writeStartObject();
        g.writeFieldName("question");
        if (step.question() == null) {
            g.writeNull();
        } else {
            question(g, step.question());
        }
        g.writeBooleanField("shouldStop", step.shouldStop());
        g.writeStringField("reason", step.reason().name().toLowerCase(java.util.Locale.ROOT));
        g.writeFieldName("assessment");
        AssessmentJson.write(g, step.assessment());
        g.writeEndObject();
    }

    static void question(JsonGenerator g, Question q) throws IOException {
        g.writeStartObject();
        if (q instanceof Question.Group group) {
            g.writeStringField("id", group.id());
            g.writeStringField("type", "group");
            g.writeStringField("text", group.text());
            g.writeStringField("help", group.help());
            g.writeArrayFieldStart("items");
            for (Finding f : group.items()) {
                g.writeStartObject();
                g.writeStringField("finding", f.id());
                g.writeStringField("text", f.shortText());
                g.writeEndObject();
            }
            g.writeEndArray();
        } else {
            Finding f = q.findings().get(0);
            g.writeStringField("finding", f.id());
            g.writeStringField("type", f.type().id());
            g.writeStringField("text", f.question());
            g.writeStringField("help", f.help());
            answers(g, f);
        }
        g.writeEndObject();
    }

    /** The answers a finding takes: options for a choice, the range for a number. */
    private static void answers(JsonGenerator g, Finding f) throws IOException {
        if (f.type() == FindingType.CHOICE) {
            g.writeArrayFieldStart("options");
            for (Finding.Option o : f.options()) {
                g.writeStartObject();
                g.writeStringField("value", o.value());
                g.writeStringField("label", o.label());
                g.writeEndObject();
            }
            g.writeEndArray();
        } else if (f.type() == FindingType.NUMBER) {
            g.writeNumberField("min", f.min());
            g.writeNumberField("max", f.max());
            if (f.unit() != null) {
                g.writeStringField("unit", f.unit());
            }
        }
    }

    static void findings(JsonGenerator g, KnowledgeBase kb) throws IOException {
        g.writeStartArray();
        for (Finding f : kb.findings()) {
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("type", f.type().id());
            g.writeStringField("category", f.category());
            g.writeBooleanField("safety", f.safety());
            g.writeStringField("question", f.question());
            g.writeStringField("help", f.help());
            if (f.shortText() != null) {
                g.writeStringField("short", f.shortText());
            }
            answers(g, f);
            if (f.askIf() != null) {
                g.writeStringField("askIf", f.askIf().toString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void causes(JsonGenerator g, KnowledgeBase kb) throws IOException {
        g.writeStartArray();
        for (Cause c : kb.causes()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("name", c.name());
            g.writeStringField("kind", c.kind());
            g.writeStringField("summary", c.summary());
            strings(g, "sources", c.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void advice(JsonGenerator g, KnowledgeBase kb) throws IOException {
        g.writeStartArray();
        for (AdviceItem a : kb.adviceItems()) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("kind", a.kind().id());
            g.writeStringField("text", kb.fill(a.text()));
            strings(g, "sources", a.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void sources(JsonGenerator g, KnowledgeBase kb) throws IOException {
        g.writeStartArray();
        for (Source s : kb.sources()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("title", s.title());
            g.writeStringField("publisher", s.publisher());
            g.writeStringField("url", s.url());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
