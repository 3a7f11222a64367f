package org.crampwise.app.web.api;

import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.crampwise.app.web.api.ApiServer.Route;
import org.crampwise.interview.Step;
import org.crampwise.kb.AdviceItem;
import org.crampwise.kb.Cause;
import org.crampwise.kb.Finding;
import org.crampwise.kb.Level;
import org.crampwise.kb.Rule;
import org.crampwise.kb.Screen;
import org.crampwise.kb.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document at /openapi.json: complete, true to the running server and its knowledge base. */
@WithServer
class OpenApiDocumentTest {
    /** Routes here are for machines, and every one must be in the document. */
    static final List<String> API_PREFIXES = List.of("/api/", "/health", "/ready", "/metrics", "/openapi.json", "/fhir");

    @Served
    static ApiServer server;
    static OpenApiSpec spec;

    @BeforeAll
    static void start() {
        spec = OpenApiSpec.of(server);
    }

    static boolean isApi(String path) {
        return API_PREFIXES.stream().anyMatch(path::startsWith) || path.equals("/api-docs");
    }

    @Test
    void the_document_is_openapi_3_1_and_names_the_versions_the_server_runs() {
        assertThat(spec.doc.path("openapi").asText()).matches("3\\.1\\.\\d+");
        JsonNode version = OpenApiSpec.parse(server.get("/api/v1/version").body());
        assertThat(spec.doc.at("/info/version").asText()).isEqualTo(version.path("version").asText()).isNotBlank();
        assertThat(spec.doc.at("/info/x-knowledge-base-version").asText())
                .isEqualTo(version.at("/knowledgeBase/version").asText()).isEqualTo(ApiServer.KB.version());
    }

    @Test
    void the_document_is_served_as_json_with_the_site_s_security_headers() {
        HttpResponse<String> r = server.get("/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(ApiServer.mediaType(r)).isEqualTo("application/json");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
                .contains("style-src 'self'").doesNotContain("unsafe-inline");
        assertThat(r.body()).doesNotContain("x-crampwise-fill");
    }

    @Test
    void every_route_the_server_registers_for_machines_is_described_in_the_document() {
        List<Route> routes = server.routes();
        assertThat(routes).as("the routes Javalin lists").extracting(Route::path)
                .contains("/api/v1/assessments", "/health", "/openapi.json", "/api-docs");
        Map<String, Set<String>> documented = spec.operations();
        List<String> missing = new ArrayList<>();
        for (Route r : routes) {
            if (isApi(r.path())) {
                Set<String> methods = documented.get(r.template());
                if (methods == null || !methods.contains(r.method().toLowerCase(Locale.ROOT))) {
                    missing.add(r.method() + " " + r.template());
                }
            }
        }
        assertThat(missing).as("routes the server registers that /openapi.json does not describe").isEmpty();
    }

    @Test
    void every_operation_in_the_document_is_a_route_the_server_registers() {
        Set<String> registered = server.routes().stream().map(r -> r.method().toLowerCase(Locale.ROOT) + " "
                + r.template()).collect(Collectors.toSet());
        List<String> extra = new ArrayList<>();
        spec.operations().forEach((path, methods) -> methods.forEach(m -> {
            if (!registered.contains(m + " " + path)) {
                extra.add(m + " " + path);
            }
        }));
        assertThat(extra).as("operations in the document that the server does not have").isEmpty();
    }

    @Test
    void every_documented_operation_answers_as_documented() {
        List<String> problems = new ArrayList<>();
        spec.operations().forEach((template, methods) -> {
            for (String method : methods) {
                JsonNode op = spec.doc.path("paths").path(template).path(method);
                if (DiaryApiDocumentTest.needsAnAccount(op)) {
                    continue; // walked in order, signed in, by DiaryApiDocumentTest
                }
                String path = withExampleParameters(template, op);
                String body = null;
                String type = null;
                if (op.has("requestBody")) {
                    String rb = spec.resolve("/paths/" + OpenApiSpec.escape(template) + "/" + method + "/requestBody");
                    Iterator<Map.Entry<String, JsonNode>> content = spec.doc.at(rb + "/content").properties().iterator();
                    Map.Entry<String, JsonNode> first = content.next();
                    type = first.getKey();
                    body = example(first.getValue()).toString();
                }
                HttpResponse<String> r = server.send(method.toUpperCase(Locale.ROOT), path, type, body);
                if (r.statusCode() / 100 != 2) {
                    problems.add(method + " " + path + " -> " + r.statusCode() + ": " + r.body());
                }
                problems.addAll(spec.check(method, path, r));
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void the_evidence_schema_has_a_property_per_finding_typed_as_the_knowledge_base_says() {
        JsonNode findings = spec.doc.at("/components/schemas/Findings");
        assertThat(findings.path("additionalProperties").asBoolean(true)).isFalse();
        JsonNode props = findings.path("properties");
        assertThat(names(props)).containsExactlyElementsOf(ApiServer.KB.findings().stream().map(Finding::id).toList());
        for (Finding f : ApiServer.KB.findings()) {
            JsonNode p = props.get(f.id());
            switch (f.type()) {
                case BOOL -> assertThat(p.path("type").asText()).as(f.id()).isEqualTo("boolean");
                case NUMBER -> {
                    assertThat(p.path("type").asText()).as(f.id()).isEqualTo("number");
                    assertThat(p.path("minimum").asDouble()).as(f.id()).isEqualTo(f.min());
                    assertThat(p.path("maximum").asDouble()).as(f.id()).isEqualTo(f.max());
                }
                case CHOICE -> {
                    assertThat(p.path("type").asText()).as(f.id()).isEqualTo("string");
                    assertThat(texts(p.path("enum"))).as(f.id())
                            .containsExactlyElementsOf(f.options().stream().map(Finding.Option::value).toList());
                }
            }
        }
        JsonNode evidence = spec.doc.at("/components/schemas/Evidence");
        assertThat(evidence.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(texts(evidence.path("required"))).containsExactly("findings");
        assertThat(evidence.at("/properties/skipped/type").asText()).isEqualTo("array");
        assertThat(evidence.at("/properties/skipped/items/$ref").asText()).isEqualTo("#/components/schemas/FindingId");
    }

    @Test
    void the_id_enums_are_the_ids_of_the_knowledge_base_and_the_engine() {
        var kb = ApiServer.KB;
        assertThat(enumOf("FindingId")).containsExactlyElementsOf(kb.findings().stream().map(Finding::id).toList());
        assertThat(enumOf("CauseId")).containsExactlyElementsOf(kb.causes().stream().map(Cause::id).toList());
        assertThat(enumOf("RuleId")).containsExactlyElementsOf(kb.rules().stream().map(Rule::id).toList());
        assertThat(enumOf("SourceId")).containsExactlyElementsOf(kb.sources().stream().map(Source::id).toList());
        assertThat(enumOf("ScreenId")).containsExactlyElementsOf(kb.screens().stream().map(Screen::id).toList());
        assertThat(enumOf("AdviceId")).containsExactlyInAnyOrderElementsOf(
                kb.adviceItems().stream().map(AdviceItem::id).distinct().toList());
        assertThat(enumOf("Level")).containsExactly("call_emergency", "emergency_department", "urgent", "see_doctor",
                "self_care");
        assertThat(enumOf("Level")).hasSize(Level.values().length);
        assertThat(enumOf("StepReason")).hasSize(Step.Reason.values().length).contains("safety", "stop_settled");
    }

    @Test
    void every_reference_resolves_and_every_schema_compiles() {
        List<String> broken = new ArrayList<>();
        refs(spec.doc, "", broken);
        assertThat(broken).as("references to nothing").isEmpty();
        for (String name : names(spec.doc.at("/components/schemas"))) {
            spec.schema("/components/schemas/" + name).initializeValidators();
        }
    }

    @Test
    void the_document_s_own_examples_are_valid_by_its_schemas() {
        List<String> problems = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        examples(spec.doc, "", checked, problems);
        assertThat(checked).as("examples found").hasSizeGreaterThanOrEqualTo(4);
        assertThat(problems).isEmpty();
    }

    @Test
    void the_schemas_reject_what_the_contract_forbids_so_the_validation_has_teeth() {
        String evidence = "/components/schemas/Evidence";
        assertThat(spec.messages("ok", evidence, "{\"findings\": {\"age_years\": 34, \"side\": \"left\"}}")).isEmpty();
        assertThat(spec.messages("unknown id", evidence, "{\"findings\": {\"age_yrs\": 34}}")).isNotEmpty();
        assertThat(spec.messages("out of range", evidence, "{\"findings\": {\"age_years\": 121}}")).isNotEmpty();
        assertThat(spec.messages("not listed", evidence, "{\"findings\": {\"side\": \"middle\"}}")).isNotEmpty();
        assertThat(spec.messages("wrong type", evidence, "{\"findings\": {\"breathless\": \"yes\"}}")).isNotEmpty();
        assertThat(spec.messages("no findings", evidence, "{\"skipped\": []}")).isNotEmpty();
        assertThat(spec.messages("unknown skipped", evidence, "{\"findings\": {}, \"skipped\": [\"x\"]}")).isNotEmpty();
        assertThat(spec.messages("extra field", evidence, "{\"findings\": {}, \"more\": 1}")).isNotEmpty();

        JsonNode step = OpenApiSpec.parse(server.postJson("/api/v1/interview/next", "{\"findings\": {}}").body());
        String schema = "/components/schemas/InterviewStep";
        assertThat(spec.messages("a real step", schema, step.toString())).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) step).put("shouldStop", true);
        assertThat(spec.messages("stop with a question", schema, step.toString())).isNotEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) step.at("/assessment/triage")).put("level", "panic");
        assertThat(spec.messages("an unknown level", "/components/schemas/Assessment", step.get("assessment")
                .toString())).isNotEmpty();
        assertThat(spec.messages("a problem without status", "/components/schemas/Problem",
                "{\"type\": \"about:blank\", \"title\": \"x\", \"detail\": \"x\", \"instance\": \"/\", "
                        + "\"errors\": []}")).isNotEmpty();
    }

    /** Every media type object with a schema and examples, anywhere in the document. */
    private static void examples(JsonNode node, String pointer, List<String> checked, List<String> problems) {
        if (!node.isObject()) {
            return;
        }
        boolean mediaType = pointer.matches(".*/content/[^/]+") && node.has("schema");
        if (mediaType && node.has("example")) {
            checked.add(pointer);
            problems.addAll(spec.messages(pointer + "/example", pointer + "/schema", node.get("example").toString()));
        }
        if (mediaType && node.has("examples")) {
            node.get("examples").properties().forEach(e -> {
                checked.add(pointer + "/examples/" + e.getKey());
                problems.addAll(spec.messages(pointer + "/examples/" + e.getKey(), pointer + "/schema",
                        e.getValue().get("value").toString()));
            });
        }
        node.properties().forEach(e -> examples(e.getValue(), pointer + "/" + OpenApiSpec.escape(e.getKey()),
                checked, problems));
    }

    /** The path with each {parameter} replaced by its example. */
    private static String withExampleParameters(String template, JsonNode op) {
        String path = template;
        for (JsonNode p : op.path("parameters")) {
            JsonNode param = p.has("$ref") ? spec.doc.at(p.get("$ref").asText().substring(1)) : p;
            if ("path".equals(param.path("in").asText())) {
                JsonNode example = param.has("example") ? param.get("example") : param.at("/schema/example");
                path = path.replace("{" + param.path("name").asText() + "}", example.asText());
            }
        }
        assertThat(path).as("every path parameter of " + template + " needs an example").doesNotContain("{");
        return path;
    }

    /** The first example of a media type. */
    private static JsonNode example(JsonNode mediaType) {
        if (mediaType.has("example")) {
            return mediaType.get("example");
        }
        JsonNode examples = mediaType.path("examples");
        assertThat(examples.size()).as("a request body needs an example").isPositive();
        JsonNode first = examples.elements().next();
        return first.has("$ref") ? spec.doc.at(first.get("$ref").asText().substring(1)).get("value")
                : first.get("value");
    }

    private static void refs(JsonNode node, String where, List<String> broken) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                String r = ref.asText();
                if (!r.startsWith("#/") || spec.doc.at(r.substring(1)).isMissingNode()) {
                    broken.add(where + ": " + r);
                }
            }
            node.properties().forEach(e -> refs(e.getValue(), where + "/" + e.getKey(), broken));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refs(node.get(i), where + "/" + i, broken);
            }
        }
    }

    private static List<String> enumOf(String schema) {
        return texts(spec.doc.at("/components/schemas/" + schema + "/enum"));
    }

    static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
