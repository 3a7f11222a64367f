package org.crampwise.app.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.crampwise.engine.AssessmentJson;
import org.crampwise.engine.Engine;
import org.crampwise.evidence.Evidence;
import org.crampwise.evidence.EvidenceJson;
import org.crampwise.evidence.InvalidEvidenceException;
import org.crampwise.interview.Interview;
import org.crampwise.kb.KnowledgeBase;

/**
 * The examples of the answers that come from the knowledge base (an assessment, an interview
 * step, the findings...), made at startup by the server itself from the documented request
 * example, so they are real answers of the knowledge base it runs. A media type marked
 * {@code x-crampwise-example: NAME} gets {@code example}.
 */
final class OpenApiExamples {
    static final String MARKER = "x-crampwise-example";
    /** The request example the answers are for: the contract's inner-thigh cramp. */
    private static final String EVIDENCE = "{\"findings\": {\"age_years\": 34, \"sex\": \"female\","
            + " \"sudden_tightening\": true, \"location\": \"inner_thigh\", \"episode_minutes\": 2,"
            + " \"one_leg_swollen\": false}}";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final KnowledgeBase kb;
    private final Engine engine;

    OpenApiExamples(KnowledgeBase kb) {
        this.kb = kb;
        this.engine = new Engine(kb);
    }

    /** Replaces every marker, depth first. */
    @SuppressWarnings("unchecked")
    void fill(Object node, String where) {
        if (node instanceof Map) {
            Map<Object, Object> m = (Map<Object, Object>) node;
            Object name = m.remove(MARKER);
            if (name != null) {
                m.put("example", example(String.valueOf(name), where));
            }
            m.forEach((k, v) -> fill(v, where + "/" + k));
        } else if (node instanceof List) {
            ((List<Object>) node).forEach(v -> fill(v, where));
        }
    }

    private Object example(String name, String where) {
        Evidence evidence;
        try {
            evidence = new EvidenceJson(kb).read(EVIDENCE.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidEvidenceException e) {
            throw new IllegalStateException("the knowledge base no longer takes the documented example: " + e.getMessage(), e);
        }
        byte[] json = switch (name) {
            case "assessment" -> AssessmentJson.write(engine.assess(evidence), false);
            case "interview-step" -> ApiJson.bytes(g -> ApiJson.step(g, new Interview(engine).next(evidence)));
            case "findings" -> ApiJson.bytes(g -> ApiJson.findings(g, kb));
            case "causes" -> ApiJson.bytes(g -> ApiJson.causes(g, kb));
            case "advice" -> ApiJson.bytes(g -> ApiJson.advice(g, kb));
            case "sources" -> ApiJson.bytes(g -> ApiJson.sources(g, kb));
            default -> throw new IllegalStateException(OpenApiDocument.RESOURCE + ": " + where + ": unknown " + MARKER
                    + " '" + name + "'");
        };
        try {
            Object value = MAPPER.readValue(json, Object.class);
            // A list is cut to its first two items: an example, not the whole knowledge base.
            return value instanceof List<?> l && l.size() > 2 ? List.copyOf(l.subList(0, 2)) : value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
