package org.crampwise.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an assessment as the contract's JSON. Field order is fixed and no map is iterated, so the
 * same assessment always gives the same bytes.
 */
public final class AssessmentJson {
    private static final JsonFactory JSON = new JsonFactory();
    /**
     * Texts written again and again (the knowledge base's words, ids, field names) kept with their
     * JSON bytes ready: escaping long texts byte by byte was most of the time of writing. Bounded,
     * so that answers said back with the person's numbers cannot grow it without end.
     */
    private static final ConcurrentHashMap<String, SerializedString> TEXTS = new ConcurrentHashMap<>();
    private static final int MAX_TEXTS = 8192;

    private AssessmentJson() {
    }

    public static byte[] write(Assessment a, boolean pretty) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            if (pretty) {
                DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
                g.setPrettyPrinter(pp);
            }
            write(g, a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pretty) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    public static void write(JsonGenerator g, Assessment a) throws IOException {
        g.writeStartObject();
        triage(g, a.triage());
        g.writeArrayFieldStart("causes");
        for (Assessment.CauseResult c : a.causes()) {
            g.writeStartObject();
            field(g, "id", c.id());
            field(g, "name", c.name());
            field(g, "likelihood", c.likelihood().id());
            g.writeNumberField("score", c.score());
            strings(g, "supporting", c.supporting());
            strings(g, "opposing", c.opposing());
            strings(g, "sources", c.sources());
            field(g, "summary", c.summary());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("advice");
        advice(g, "relief", a.advice().relief());
        advice(g, "prevention", a.advice().prevention());
        advice(g, "avoid", a.advice().avoid());
        g.writeEndObject();
        field(g, "disclaimer", a.disclaimer());
        g.writeObjectFieldStart("knowledgeBase");
        field(g, "version", a.knowledgeBaseVersion());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void triage(JsonGenerator g, Assessment.Triage t) throws IOException {
        g.writeObjectFieldStart("triage");
        field(g, "level", t.level().id());
        g.writeBooleanField("complete", t.complete());
        field(g, "headline", t.headline());
        field(g, "action", t.action());
        g.writeArrayFieldStart("reasons");
        for (Assessment.Reason r : t.reasons()) {
            g.writeStartObject();
            field(g, "rule", r.rule());
            g.writeNumberField("number", r.number());
            field(g, "level", r.level().id());
            strings(g, "findings", r.findings());
            strings(g, "sources", r.sources());
            field(g, "headline", r.headline());
            field(g, "explanation", r.explanation());
            strings(g, "answers", r.answers());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "unansweredSafetyQuestions", t.unansweredSafetyQuestions());
        g.writeEndObject();
    }

    private static void advice(JsonGenerator g, String name, List<Assessment.AdviceGiven> items) throws IOException {
        g.writeArrayFieldStart(name);
        for (Assessment.AdviceGiven a : items) {
            g.writeStartObject();
            field(g, "id", a.id());
            field(g, "text", a.text());
            if (a.why() != null) {
                field(g, "why", a.why());
            }
            strings(g, "sources", a.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static SerializedString cached(String s) {
        SerializedString ss = TEXTS.get(s);
        if (ss == null && TEXTS.size() < MAX_TEXTS) {
            ss = TEXTS.computeIfAbsent(s, SerializedString::new);
        }
        return ss;
    }

    private static void text(JsonGenerator g, String value) throws IOException {
        SerializedString ss = value == null ? null : cached(value);
        if (ss != null) {
            g.writeString(ss);
        } else if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
        SerializedString n = cached(name);
        if (n != null) {
            g.writeFieldName(n);
        } else {
            g.writeFieldName(name);
        }
        text(g, value);
    }

    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            text(g, v);
        }
        g.writeEndArray();
    }
}
