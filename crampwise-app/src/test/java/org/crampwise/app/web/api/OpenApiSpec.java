package org.crampwise.app.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The server's own OpenAPI document (GET /openapi.json), and validation of real responses
 * against it with a JSON Schema 2020-12 validator in the OpenAPI 3.1 dialect: for a response,
 * the schema its operation documents for its status (or {@code default}) and content type.
 */
final class OpenApiSpec {
    /** Where the document is said to live, so that its {@code #/components/...} references resolve. */
    static final String BASE = "https://crampwise.test/openapi.json";
    static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    static final ObjectMapper MAPPER = new ObjectMapper();

    final JsonNode doc;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).locale(Locale.UK).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    OpenApiSpec(String json) {
        this.doc = parse(json);
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b
                .metaSchema(OpenApi31.getInstance())
                .defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                .schemaLoaders(l -> l.schemas(Map.of(BASE, json))));
    }

    static OpenApiSpec of(ApiServer server) {
        HttpResponse<String> r = server.get("/openapi.json");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET /openapi.json gave " + r.statusCode() + ": " + r.body());
        }
        return new OpenApiSpec(r.body());
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage() + "\n" + json, e);
        }
    }

    /** Documented path template to its methods (lower case), in document order. */
    Map<String, Set<String>> operations() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").properties().iterator();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            Set<String> methods = new LinkedHashSet<>();
            for (String m : METHODS) {
                if (p.getValue().has(m)) {
                    methods.add(m);
                }
            }
            out.put(p.getKey(), methods);
        }
        return out;
    }

    /** The documented path template that a real path matches. */
    Optional<String> templateOf(String path) {
        // A path written out wins over a template that also matches it (OpenAPI's rule):
        // /fhir/Questionnaire/$next-question before /fhir/Questionnaire/{id}.
        if (operations().containsKey(path)) {
            return Optional.of(path);
        }
        for (String template : operations().keySet()) {
            String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex)) {
                return Optional.of(template);
            }
        }
        return Optional.empty();
    }

    /**
     * What is wrong with a real response, by the document: an empty list when it is as
     * documented. A path the document does not have must answer with a problem document.
     */
    List<String> check(String method, String path, HttpResponse<String> response) {
        int status = response.statusCode();
        String type = ApiServer.mediaType(response);
        String what = method + " " + path + " -> " + status + " " + type;
        Optional<String> template = templateOf(path);
        if (template.isEmpty() || !doc.path("paths").path(template.get()).has(method.toLowerCase(Locale.ROOT))) {
            if (status < 400) {
                return List.of(what + ": the operation is not in the document");
            }
            // An address or method the document does not have: an error in the form of its part.
            boolean fhir = path.equals("/fhir") || path.startsWith("/fhir/");
            String errorType = fhir ? ApiServer.FHIR : ApiServer.PROBLEM;
            if (!type.equals(errorType)) {
                return List.of(what + ": an undocumented operation must answer with " + errorType);
            }
            return messages(what, fhir ? "/components/schemas/OperationOutcome" : "/components/schemas/Problem",
                    response.body());
        }
        String op = "/paths/" + escape(template.get()) + "/" + method.toLowerCase(Locale.ROOT);
        JsonNode responses = doc.at(op + "/responses");
        String code = responses.has(Integer.toString(status)) ? Integer.toString(status) : "default";
        if (!responses.has(code)) {
            return List.of(what + ": the status is not documented (and there is no default)");
        }
        String pointer = resolve(op + "/responses/" + escape(code));
        JsonNode content = doc.at(pointer + "/content");
        if (type.isEmpty() && response.body().isEmpty() && content.isMissingNode()) {
            return List.of(); // no content (204), none documented
        }
        if (!content.has(type)) {
            return List.of(what + ": the content type is not documented for " + code + " (documented: "
                    + names(content) + ")");
        }
        String schema = pointer + "/content/" + escape(type) + "/schema";
        if (!type.endsWith("json")) {
            return List.of();
        }
        return messages(what, schema, response.body());
    }

    /** What is wrong with a JSON text, by the schema at this JSON pointer of the document. */
    List<String> messages(String what, String schemaPointer, String json) {
        if (doc.at(schemaPointer).isMissingNode()) {
            return List.of(what + ": no schema at " + schemaPointer);
        }
        JsonNode body;
        try {
            body = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of(what + ": not JSON: " + e.getOriginalMessage());
        }
        Set<ValidationMessage> found = schema(schemaPointer).validate(body);
        List<String> out = new ArrayList<>();
        for (ValidationMessage m : found) {
            out.add(what + ": " + m.getInstanceLocation() + ": " + m.getMessage() + " (schema "
                    + m.getEvaluationPath() + ")");
        }
        return out;
    }

    JsonSchema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> factory.getSchema(SchemaLocation.of(BASE + "#" + fragment(p)),
                config));
    }

    /** Follows a {@code $ref} to a reusable object (a response, a request body), as OpenAPI does. */
    String resolve(String pointer) {
        JsonNode node = doc.at(pointer);
        for (int i = 0; node.has("$ref") && i < 10; i++) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only local references are used: " + ref);
            }
            pointer = ref.substring(1);
            node = doc.at(pointer);
        }
        return pointer;
    }

    /** A JSON pointer token: {@code ~} is {@code ~0}, {@code /} is {@code ~1}. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON pointer as a URI fragment. */
    private static String fragment(String pointer) {
        return pointer.replace("{", "%7B").replace("}", "%7D");
    }

    private static String names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return String.join(", ", out);
    }
}
