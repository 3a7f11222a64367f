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
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.crampwise.condition.FindingType;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

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
            throw new InvalidEvidenceException("input", "must be a JSON object with \"findings\"");
        }
        double[] values = new double[kb.findings().size()];
        java.util.Arrays.fill(values, Double.NaN);
        BitSet skipped = new BitSet();
        boolean sawFindings = false;
        boolean sawSkipped = false;
        Set<String> skippedIds = Set.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("findings") && !sawFindings) {
                sawFindings = true;
                readFindings(p, t, values);
            } else if (field.equals("skipped") && !sawSkipped) {
                sawSkipped = true;
                skippedIds = readSkipped(p, t);
            } else if (field.equals("findings") || field.equals("skipped")) {
                throw new InvalidEvidenceException(field, "appears twice");
            } else {
                throw new InvalidEvidenceException(Printable.clean(field),
                        "unknown field; expected \"findings\" and optionally \"skipped\"");
            }
        }
        if (!sawFindings) {
            throw new InvalidEvidenceException("findings", "is missing");
        }
        for (String id : skippedIds) {
            Finding f = kb.finding(id);
            if (!Double.isNaN(values[f.index()])) {
                throw new InvalidEvidenceException("skipped", "'" + id + "' is also answered in findings");
            }
            skipped.set(f.index());
        }
        return Evidence.of(values, skipped);
    }

    private void readFindings(JsonParser p, JsonToken t, double[] values) throws IOException, InvalidEvidenceException {
        if (t != JsonToken.START_OBJECT) {
            throw new InvalidEvidenceException("findings", "must be an object of finding ids to answers");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String id = p.currentName();
            Finding f = kb.finding(id);
            if (f == null) {
                throw new InvalidEvidenceException("findings." + Printable.clean(id), "unknown finding");
            }
            if (!Double.isNaN(values[f.index()])) {
                throw new InvalidEvidenceException("findings." + id, "appears twice");
            }
            values[f.index()] = value(f, p.nextToken(), p, "findings." + id);
        }
    }

    private static double value(Finding f, JsonToken t, JsonParser p, String field)
            throws IOException, InvalidEvidenceException {
        if (f.type() == FindingType.BOOL) {
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return t == JsonToken.VALUE_TRUE ? 1 : 0;
            }
            throw new InvalidEvidenceException(field, "must be true or false, got " + describe(t, p));
        }
        if (f.type() == FindingType.NUMBER) {
            String range = "a number from " + Finding.formatNumber(f.min()) + " to " + Finding.formatNumber(f.max());
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw new InvalidEvidenceException(field, "must be " + range + ", got " + describe(t, p));
            }
            double v = p.getValueAsDouble() + 0.0; // -0.0 is 0
            if (!(v >= f.min() && v <= f.max())) {
                throw new InvalidEvidenceException(field, "must be " + range + ", got " + Printable.clean(p.getText()));
            }
            return v;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw new InvalidEvidenceException(field, "must be one of " + optionList(f) + ", got " + describe(t, p));
        }
        int i = f.optionIndex(p.getText());
        if (i < 0) {
            throw new InvalidEvidenceException(field, "must be one of " + optionList(f) + ", got \""
                    + Printable.clean(p.getText()) + "\"");
        }
        return i;
    }

    private Set<String> readSkipped(JsonParser p, JsonToken t) throws IOException, InvalidEvidenceException {
        if (t != JsonToken.START_ARRAY) {
            throw new InvalidEvidenceException("skipped", "must be a list of finding ids");
        }
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken(), i++) {
            String field = "skipped[" + i + "]";
            if (item != JsonToken.VALUE_STRING) {
                throw new InvalidEvidenceException(field, "must be a finding id, got " + describe(item, p));
            }
            if (kb.finding(p.getText()) == null) {
                throw new InvalidEvidenceException(field, "unknown finding '" + Printable.clean(p.getText()) + "'");
            }
            ids.add(p.getText());
        }
        return ids;
    }

    private static String optionList(Finding f) {
        return f.options().stream().map(o -> "\"" + o.value() + "\"").reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String describe(JsonToken t, JsonParser p) throws IOException {
        switch (t) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "a list";
            case VALUE_STRING: return "the text \"" + Printable.clean(p.getText()) + "\"";
            case VALUE_NULL: return "null";
            default: return Printable.clean(p.getText());
        }
    }

    /** Writes evidence back as contract JSON, findings in knowledge-base order. */
    public String write(Evidence e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("findings");
            for (Finding f : kb.findings()) {
                if (!e.isKnown(f)) {
                    continue;
                }
                double v = e.value(f.index());
                g.writeFieldName(f.id());
                switch (f.type()) {
                    case BOOL: g.writeBoolean(v != 0); break;
                    case CHOICE: g.writeString(f.options().get((int) v).value()); break;
                    default: writeNumber(g, v);
                }
            }
            g.writeEndObject();
            g.writeArrayFieldStart("skipped");
            for (Finding f : kb.findings()) {
                if (e.isSkipped(f)) {
                    g.writeString(f.id());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static void writeNumber(JsonGenerator g, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(v);
        }
    }
}
