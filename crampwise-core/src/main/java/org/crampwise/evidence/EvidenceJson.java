package org.crampwise.evidence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.PlainJson;
import org.crampwise.kb.Printable;

/**
 * The evidence JSON of shared/contract/README.md, read strictly: anything not exactly right is
 * rejected as a whole with a message naming the field. Nothing is guessed.
 */
public final class EvidenceJson {
    /** The largest body accepted, in bytes. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final JsonFactory JSON = new JsonFactory();

    private final KnowledgeBase kb;

    public EvidenceJson(KnowledgeBase kb) {
        this.kb = kb;
    }

    public Evidence read(byte[] body) throws InvalidEvidenceException {
        if (body.length > MAX_BYTES) {
            throw new InvalidEvidenceException("input", "is larger than 64 KiB (" + body.length + " bytes)");
        }
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw new InvalidEvidenceException("input", "is empty; expected a JSON object with \"findings\"");
        }
        try (JsonParser p = JSON.createParser(body)) {
            Evidence e = readRoot(p);
            if (p.nextToken() != null) {
                throw new InvalidEvidenceException("input", "has more after the end of the JSON object");
            }
            return e;
        } catch (JsonParseException | StreamConstraintsException ex) {
            throw malformed(ex);
        } catch (IOException ex) {
            throw new InvalidEvidenceException("input", "cannot be read: " + ex.getMessage());
        }
    }

    private static InvalidEvidenceException malformed(Exception ex) {
        String msg = ex instanceof JsonParseException ? ((JsonParseException) ex).getOriginalMessage() : ex.getMessage();
        String where = "";
        if (ex instanceof JsonParseException && ((JsonParseException) ex).getLocation() != null) {
            var loc = ((JsonParseException) ex).getLocation();
            where = " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        }
        String firstLine = msg == null ? "" : msg.split("\\R", 2)[0];
        return new InvalidEvidenceException("input", "is not valid JSON" + where + ": " + Printable.clean(firstLine));
    }

    private Evidence readRoot(JsonParser p) throws IOException, InvalidEvidenceException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw EvidenceReader.notAnObject();
        }
        EvidenceReader reader = new EvidenceReader(kb);
        boolean sawFindings = false;
        boolean sawSkipped = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("findings") && !sawFindings) {
                sawFindings = true;
                readFindings(p, t, reader);
            } else if (field.equals("skipped") && !sawSkipped) {
                sawSkipped = true;
                readSkipped(p, t, reader);
            } else if (field.equals("findings") || field.equals("skipped")) {
                throw new InvalidEvidenceException(field, "appears twice");
            } else {
                throw EvidenceReader.unknownField(field);
            }
        }
        if (!sawFindings) {
            throw EvidenceReader.findingsMissing();
        }
        return reader.evidence();
    }

    /** Read as it streams, so the first problem in the text is the one reported. */
    private static void readFindings(JsonParser p, JsonToken t, EvidenceReader reader)
            throws IOException, InvalidEvidenceException {
        if (t != JsonToken.START_OBJECT) {
            throw EvidenceReader.findingsNotAnObject();
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            Finding f = reader.finding(p.currentName());
            reader.answer(f, value(p.nextToken(), p));
        }
    }

    private static void readSkipped(JsonParser p, JsonToken t, EvidenceReader reader)
            throws IOException, InvalidEvidenceException {
        if (t != JsonToken.START_ARRAY) {
            throw EvidenceReader.skippedNotAList();
        }
        int i = 0;
        for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken(), i++) {
            reader.skipped(i, value(item, p));
        }
    }

    /**
     * The value at the parser as a plain value ({@link EvidenceMap}): an object or a list is only
     * named (an empty Map or List; its contents are never needed), a number keeps its text.
     */
    private static Object value(JsonToken t, JsonParser p) throws IOException {
        switch (t) {
            case START_OBJECT: return Map.of();
            case START_ARRAY: return List.of();
            case VALUE_STRING: return p.getText();
            case VALUE_TRUE: return Boolean.TRUE;
            case VALUE_FALSE: return Boolean.FALSE;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return new Written(p.getText(), p.getValueAsDouble());
            default: return null;
        }
    }

    /** A JSON number as written, so that a message quotes it as the person wrote it (1e3, not 1000.0). */
    private static final class Written extends Number {
        private final String text;
        private final double value;

        Written(String text, double value) {
            this.text = text;
            this.value = value;
        }

        @Override public int intValue() { return (int) value; }
        @Override public long longValue() { return (long) value; }
        @Override public float floatValue() { return (float) value; }
        @Override public double doubleValue() { return value; }
        @Override public String toString() { return text; }
    }

    /** Writes evidence back as contract JSON ({@link EvidenceMap#write}), findings in knowledge-base order. */
    public String write(Evidence e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            PlainJson.write(g, new EvidenceMap(kb).write(e));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
