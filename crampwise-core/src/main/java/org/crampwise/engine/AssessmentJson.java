package org.crampwise.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes an assessment as the contract's JSON. Field order is fixed and no map is iterated, so the
 * same assessment always gives the same bytes.
 */
public final class AssessmentJson {
    private static final JsonFactory JSON = new JsonFactory();

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
            g.writeStringField("id", c.id());
            g.writeStringField("name", c.name());
            g.writeStringField("likelihood", c.likelihood().id());
            g.writeNumberField("score", c.score());
            strings(g, "supporting", c.supporting());
            strings(g, "opposing", c.opposing());
            strings(g, "sources", c.sources());
            g.writeStringField("summary", c.summary());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("advice");
        advice(g, "relief", a.advice().relief());
        advice(g, "prevention", a.advice().prevention());
        advice(g, "avoid", a.advice().avoid());
        g.writeEndObject();
        g.writeStringField("disclaimer", a.disclaimer());
        g.writeObjectFieldStart("knowledgeBase");
        g.writeStringField("version", a.knowledgeBaseVersion());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void triage(JsonGenerator g, Assessment.Triage t) throws IOException {
        g.writeObjectFieldStart("triage");
        g.writeStringField("level", t.level().id());
        g.writeBooleanField("complete", t.complete());
        g.writeStringField("headline", t.headline());
        g.writeStringField("action", t.action());
        g.writeArrayFieldStart("reasons");
        for (Assessment.Reason r : t.reasons()) {
            g.writeStartObject();
            g.writeStringField("rule", r.rule());
            g.writeNumberField("number", r.number());
            g.writeStringField("level", r.level().id());
            strings(g, "findings", r.findings());
            strings(g, "sources", r.sources());
            g.writeStringField("headline", r.headline());
            g.writeStringField("explanation", r.explanation());
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
            g.writeStringField("id", a.id());
            g.writeStringField("text", a.text());
            if (a.why() != null) {
                g.writeStringField("why", a.why());
            }
            strings(g, "sources", a.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
