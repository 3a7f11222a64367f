package org.crampwise.app.web.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crampwise.interview.Step;
import org.crampwise.kb.AdviceItem;
import org.crampwise.kb.Cause;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Level;
import org.crampwise.kb.Rule;
import org.crampwise.kb.Screen;
import org.crampwise.kb.Source;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenAPI 3.1 document of the API: written by hand in {@code /openapi/crampwise.yaml}, with
 * the knowledge base's ids and the findings' answer types filled in from the knowledge base the
 * server runs (nodes marked {@code x-crampwise-fill}), so it never drifts from them. Built once,
 * at startup, as JSON bytes.
 */
final class OpenApiDocument {
    static final String RESOURCE = "/openapi/crampwise.yaml";
    static final String FILL = "x-crampwise-fill";
    /** {@code options:ID}: an enum of the options of the choice finding ID. */
    static final String OPTIONS = "options:";

    private OpenApiDocument() {
    }

    /** The document as JSON. A marker it does not know, or a malformed file, fails at startup. */
    static byte[] json(KnowledgeBase kb, String appVersion) {
        Map<String, Object> doc = load();
        Map<String, Object> info = map(doc.get("info"), "info");
        info.put("version", appVersion);
        info.put("x-knowledge-base-version", kb.version());
        fill(doc, kb, "");
        new OpenApiExamples(kb).fill(doc, "");
        return write(doc);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + RESOURCE);
            }
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return map(root, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String where) {
        if (!(o instanceof Map)) {
            throw new IllegalStateException(RESOURCE + ": " + where + " must be a mapping");
        }
        return (Map<String, Object>) o;
    }

    /** Replaces every {@code x-crampwise-fill} marker, depth first. */
    @SuppressWarnings("unchecked")
    private static void fill(Object node, KnowledgeBase kb, String where) {
        if (node instanceof Map) {
            Map<Object, Object> m = (Map<Object, Object>) node;
            Object marker = m.remove(FILL);
            if (marker != null) {
                apply(m, String.valueOf(marker), kb, where);
            }
            for (Map.Entry<Object, Object> e : m.entrySet()) {
                fill(e.getValue(), kb, where + "/" + e.getKey());
            }
        } else if (node instanceof List) {
            List<Object> l = (List<Object>) node;
            for (int i = 0; i < l.size(); i++) {
                fill(l.get(i), kb, where + "/" + i);
            }
        }
    }

    private static void apply(Map<Object, Object> schema, String what, KnowledgeBase kb, String where) {
        if (what.startsWith(OPTIONS)) {
            // The choices of one finding, such as a diary episode's location and side.
            Finding f = kb.finding(what.substring(OPTIONS.length()));
            if (f == null || f.options().isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": " + where + ": no choice finding '"
                        + what.substring(OPTIONS.length()) + "'");
            }
            schema.put("enum", f.options().stream().map(Finding.Option::value).toList());
            return;
        }
        switch (what) {
            case "finding-properties":
                schema.put("properties", findingProperties(kb));
                return;
            case "finding-ids":
                schema.put("enum", ids(kb.findings().stream().map(Finding::id).toList()));
                return;
            case "finding-categories":
                schema.put("enum", ids(kb.findings().stream().map(Finding::category).toList()));
                return;
            case "level-ids":
                List<String> levels = new ArrayList<>();
                for (Level l : Level.values()) {
                    levels.add(0, l.id()); // most urgent first, as triage.md lists them
                }
                schema.put("enum", levels);
                return;
            case "rule-ids":
                schema.put("enum", ids(kb.rules().stream().map(Rule::id).toList()));
                return;
            case "cause-ids":
                schema.put("enum", ids(kb.causes().stream().map(Cause::id).toList()));
                return;
            case "cause-kinds":
                schema.put("enum", ids(kb.causes().stream().map(Cause::kind).toList()));
                return;
            case "advice-ids":
                schema.put("enum", ids(kb.adviceItems().stream().map(AdviceItem::id).toList()));
                return;
            case "source-ids":
                schema.put("enum", ids(kb.sources().stream().map(Source::id).toList()));
                return;
            case "screen-ids":
                schema.put("enum", ids(kb.screens().stream().map(Screen::id).toList()));
                return;
            case "language-tags":
                schema.put("enum", kb.languages().stream().map(Locale::toLanguageTag).toList());
                return;
            case "step-reasons":
                List<String> reasons = new ArrayList<>();
                for (Step.Reason r : Step.Reason.values()) {
                    reasons.add(r.name().toLowerCase(Locale.ROOT));
                }
                schema.put("enum", reasons);
                return;
            default:
                if (!OpenApiLimits.apply(schema, what, kb)) {
                    throw new IllegalStateException(RESOURCE + ": " + where + ": unknown " + FILL + " '" + what + "'");
                }
        }
    }

    /** Distinct, in first-seen order. */
    private static List<String> ids(List<String> values) {
        Set<String> seen = new LinkedHashSet<>(values);
        return new ArrayList<>(seen);
    }

    /** One property per finding: a boolean, a number in its range, or one of its options. */
    private static Map<String, Object> findingProperties(KnowledgeBase kb) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (Finding f : kb.findings()) {
            Map<String, Object> p = new LinkedHashMap<>();
            String description = f.question() + (f.safety() ? " (a safety question)" : "");
            switch (f.type()) {
                case BOOL:
                    p.put("type", "boolean");
                    break;
                case NUMBER:
                    p.put("type", "number");
                    p.put("minimum", number(f.min()));
                    p.put("maximum", number(f.max()));
                    if (f.unit() != null) {
                        description += " In " + f.unit() + ".";
                    }
                    break;
                default:
                    p.put("type", "string");
                    List<String> values = new ArrayList<>();
                    StringBuilder labels = new StringBuilder();
                    for (Finding.Option o : f.options()) {
                        values.add(o.value());
                        labels.append(labels.length() == 0 ? " Options: " : "; ").append('`').append(o.value())
                                .append("` ").append(o.label());
                    }
                    p.put("enum", values);
                    description += labels + ".";
            }
            p.put("description", description);
            props.put(f.id(), p);
        }
        return props;
    }

    private static Number number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v;
        }
        return v;
    }

    private static byte[] write(Object doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            value(g, doc, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static void value(JsonGenerator g, Object v, String where) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<Object, Object> e : ((Map<Object, Object>) v).entrySet()) {
                // YAML reads an unquoted key such as 200 as a number: JSON keys are strings.
                String key = String.valueOf(e.getKey());
                g.writeFieldName(key);
                value(g, e.getValue(), where + "/" + key);
            }
            g.writeEndObject();
        } else if (v instanceof List) {
            g.writeStartArray();
            int i = 0;
            for (Object item : (List<Object>) v) {
                value(g, item, where + "/" + i++);
            }
            g.writeEndArray();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (v instanceof Double || v instanceof Float) {
            g.writeNumber(((Number) v).doubleValue());
        } else if (v instanceof BigDecimal b) {
            g.writeNumber(b);
        } else {
            // A date or a binary value: quote it in the YAML.
            throw new IllegalStateException(RESOURCE + ": " + where + ": cannot be JSON (" + v.getClass().getSimpleName()
                    + "); quote it");
        }
    }
}
