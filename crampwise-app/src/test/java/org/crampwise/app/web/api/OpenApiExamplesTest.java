package org.crampwise.app.web.api;

import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every request body and every response of the OpenAPI document has an example, and each one is valid by its schema. */
@WithServer
class OpenApiExamplesTest {
    @Served
    static ApiServer server;
    static OpenApiSpec spec;

    @BeforeAll
    static void start() {
        spec = OpenApiSpec.of(server);
    }

    /** JSON pointers of every media type object of a request body or response, each operation's own. */
    private static List<String> mediaTypes() {
        List<String> out = new ArrayList<>();
        spec.operations().forEach((path, methods) -> {
            for (String m : methods) {
                String op = "/paths/" + OpenApiSpec.escape(path) + "/" + m;
                if (!spec.doc.at(op + "/requestBody").isMissingNode()) {
                    String body = spec.resolve(op + "/requestBody") + "/content";
                    spec.doc.at(body).fieldNames().forEachRemaining(t -> out.add(body + "/" + OpenApiSpec.escape(t)));
                }
                spec.doc.at(op + "/responses").fieldNames().forEachRemaining(code -> {
                    String response = spec.resolve(op + "/responses/" + code) + "/content";
                    spec.doc.at(response).fieldNames().forEachRemaining(t -> out.add(response + "/"
                            + OpenApiSpec.escape(t)));
                });
            }
        });
        return out.stream().distinct().toList();
    }

    @Test
    void every_request_body_and_response_has_an_example() {
        List<String> without = mediaTypes().stream()
                .filter(p -> !spec.doc.at(p).has("example") && !spec.doc.at(p).has("examples")).toList();
        assertThat(without).isEmpty();
    }

    @Test
    void every_example_is_valid_by_its_schema() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String p : mediaTypes()) {
            if (!p.endsWith("json") || spec.doc.at(p + "/schema").isMissingNode()) {
                continue;
            }
            List<JsonNode> examples = new ArrayList<>();
            if (spec.doc.at(p).has("example")) {
                examples.add(spec.doc.at(p + "/example"));
            }
            spec.doc.at(p + "/examples").forEach(e -> examples.add(e.path("value")));
            for (JsonNode e : examples) {
                problems.addAll(spec.messages(p, p + "/schema", e.toString()));
                checked++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(20);
    }
}
