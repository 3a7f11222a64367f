package org.crampwise.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an assessment as the contract's JSON. Field order is fixed and no map is iterated, so
 * the same assessment always gives the same bytes. A cause's summary (static text) is left to
 * GET /api/v1/causes, so that the assessment stays small and quick to send.
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
    private static final SerializedString F_SCORE = new SerializedString("score");
    private static final SerializedString F_ACTION = new SerializedString("action");
    private static final SerializedString F_DISCLAIMER = new SerializedString("disclaimer");
    private static final SerializedString F_EXPLANATION = new SerializedString("explanation");
    private static final SerializedString F_HEADLINE = new SerializedString("headline");
    private static final SerializedString F_ID = new SerializedString("id");
    private static final SerializedString F_LANGUAGE = new SerializedString("language");
    private static final SerializedString F_LEVEL = new SerializedString("level");
    private static final SerializedString F_LIKELIHOOD = new SerializedString("likelihood");
    private static final SerializedString F_NAME = new SerializedString("name");
    private static final SerializedString F_REGION = new SerializedString("region");
    private static final SerializedString F_RULE = new SerializedString("rule");
    private static final SerializedString F_TEXT = new SerializedString("text");
    private static final SerializedString F_VERSION = new SerializedString("version");
    private static final SerializedString F_WHY = new SerializedString("why");

    private AssessmentJson() {
    }

    public static byte[] write(Assessment a, boolean pretty) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            write(a, pretty, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes straight to a stream (a server's response), without a copy in between. */
    public static void write(Assessment a, boolean pretty, OutputStream out) throws IOException {
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
        }
        if (pretty) {
            out.write('\n');
        }
    }

    public static void write(JsonGenerator g, Assessment a) throws IOException {
        g.writeStartObject();
        triage(g, a.triage());
        g.writeArrayFieldStart("causes");
        for (Assessment.CauseResult c : a.causes()) {
            g.writeStartObject();
            field(g, F_ID, c.id());
            field(g, F_NAME, c.name());
            field(g, F_LIKELIHOOD, c.likelihood().id());
            g.writeFieldName(F_SCORE);
            g.writeNumber(hundredths(c.score()));
            strings(g, "supporting", c.supporting());
            strings(g, "opposing", c.opposing());
            strings(g, "sources", c.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("advice");
        advice(g, "relief", a.advice().relief());
        advice(g, "prevention", a.advice().prevention());
        advice(g, "avoid", a.advice().avoid());
        g.writeEndObject();
        field(g, F_DISCLAIMER, a.disclaimer());
        g.writeObjectFieldStart("knowledgeBase");
        field(g, F_VERSION, a.knowledgeBaseVersion());
        g.writeEndObject();
        field(g, F_REGION, a.region());
        field(g, F_LANGUAGE, a.language());
        g.writeEndObject();
    }

    private static void triage(JsonGenerator g, Assessment.Triage t) throws IOException {
        g.writeObjectFieldStart("triage");
        field(g, F_LEVEL, t.level().id());
        g.writeBooleanField("complete", t.complete());
        field(g, F_HEADLINE, t.headline());
        field(g, F_ACTION, t.action());
        g.writeArrayFieldStart("reasons");
        for (Assessment.Reason r : t.reasons()) {
            g.writeStartObject();
            field(g, F_RULE, r.rule());
            g.writeNumberField("number", r.number());
            field(g, F_LEVEL, r.level().id());
            strings(g, "findings", r.findings());
            strings(g, "sources", r.sources());
            field(g, F_HEADLINE, r.headline());
            field(g, F_EXPLANATION, r.explanation());
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
            field(g, F_ID, a.id());
            field(g, F_TEXT, a.text());
            if (a.why() != null) {
                field(g, F_WHY, a.why());
            }
            strings(g, "sources", a.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * A score (already rounded to hundredths) as Double.toString writes it, without its cost:
     * formatting 18 doubles was a large part of writing an assessment.
     */
    static String hundredths(double score) {
        long cents = Math.round(score * 100);
        long abs = Math.abs(cents);
        StringBuilder sb = new StringBuilder(8);
        if (cents < 0) {
            sb.append('-');
        }
        sb.append(abs / 100).append('.');
        long frac = abs % 100;
        if (frac == 0) {
            sb.append('0');
        } else if (frac % 10 == 0) {
            sb.append(frac / 10);
        } else {
            sb.append(frac < 10 ? "0" : "").append(frac);
        }
        return sb.toString();
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

    private static void field(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
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
