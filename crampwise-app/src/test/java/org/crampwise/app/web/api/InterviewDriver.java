package org.crampwise.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives the interview through POST /api/v1/interview/next, answering as the person whose
 * findings are given: a group question's items they have are ticked as they said, every other
 * item is left unticked (false); a single question they did not answer goes into "skipped"
 * ("I don't know").
 */
final class InterviewDriver {
    static final int MAX_STEPS = 80;

    /** One request and its answer. */
    record Exchange(String request, HttpResponse<String> response) {
        JsonNode step() {
            return OpenApiSpec.parse(response.body());
        }
    }

    private InterviewDriver() {
    }

    /** Every exchange, the last one the step that says stop (or the first that is not a 200). */
    static List<Exchange> run(ApiServer server, JsonNode personFindings) {
        ObjectNode evidence = OpenApiSpec.MAPPER.createObjectNode();
        ObjectNode findings = evidence.putObject("findings");
        ArrayNode skipped = evidence.putArray("skipped");
        List<Exchange> out = new ArrayList<>();
        for (int i = 0; i < MAX_STEPS; i++) {
            String request = evidence.toString();
            HttpResponse<String> r = server.postJson("/api/v1/interview/next", request);
            Exchange x = new Exchange(request, r);
            out.add(x);
            if (r.statusCode() != 200) {
                return out;
            }
            JsonNode step = x.step();
            if (step.path("shouldStop").asBoolean(false)) {
                return out;
            }
            JsonNode q = step.get("question");
            if ("group".equals(q.path("type").asText())) {
                for (JsonNode item : q.get("items")) {
                    String id = item.get("finding").asText();
                    findings.set(id, personFindings.has(id) ? personFindings.get(id)
                            : OpenApiSpec.MAPPER.getNodeFactory().booleanNode(false));
                }
            } else {
                String id = q.get("finding").asText();
                if (personFindings.has(id)) {
                    findings.set(id, personFindings.get(id));
                } else {
                    skipped.add(id);
                }
            }
        }
        throw new AssertionError("the interview did not stop within " + MAX_STEPS + " steps; last evidence: "
                + evidence);
    }
}
