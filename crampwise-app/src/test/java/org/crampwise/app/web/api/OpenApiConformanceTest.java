package org.crampwise.app.web.api;

import org.crampwise.app.web.Served;
import org.crampwise.app.web.WithServer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The OpenAPI document is honest both ways, for every JSON operation it lists: requests made from
 * its schemas (bodies, path and query parameters) are never refused as invalid (no 400 or 422),
 * and requests the schemas refuse (checked with the JSON Schema validator) are always refused
 * with a 400 or 422 problem document. Every answer is also checked against the document. The
 * few limits JSON Schema cannot say are listed by id in {@code x-crampwise-limits}: the valid
 * requests keep them ({@link #keepLimits}), and a limit this test does not know fails it.
 * FHIR operations (errors as OperationOutcomes) are left to the FHIR tests. Seeded:
 * {@code -Dcrampwise.openapi.seed=N}.
 */
@WithServer
class OpenApiConformanceTest {
    private static final long SEED = Long.getLong("crampwise.openapi.seed", 20261206L);
    private static final int PER_OPERATION = Integer.getInteger("crampwise.openapi.requests", 20);
    private static final Set<String> KNOWN_LIMITS = Set.of("start-not-after-tomorrow", "zone-has-start-offset",
            "date-not-after-tomorrow", "day-period", "episode-period", "summary-period", "cursor-from-server");

    @Served
    static ApiServer server;
    static OpenApiSpec spec;
    static DiaryClient owner;
    /** Tokens made before any sign-in fails (failures slow down sign-ins from this client). */
    static final java.util.Deque<String> ownerSessions = new java.util.ArrayDeque<>();
    static final java.util.Deque<DiaryClient> accountsToErase = new java.util.ArrayDeque<>();

    @BeforeAll
    static void start() {
        spec = OpenApiSpec.of(server);
        owner = DiaryClient.signedUp(server, "owner@example.org");
        for (int i = 0; i < PER_OPERATION * 2; i++) {
            DiaryClient again = new DiaryClient(server, owner.email, owner.password);
            assertThat(again.signIn().statusCode()).isEqualTo(201);
            ownerSessions.add(again.token);
            accountsToErase.add(DiaryClient.signedUp(server, "someone" + i + "@example.org"));
        }
    }

    /** One documented operation, with the JSON pointers of its parts. */
    record Operation(String method, String path, String pointer) {
        @Override
        public String toString() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        }
    }

    /** A request made from the document: path and query parameters, and a body (or none). */
    record Request(Map<String, String> pathParams, Map<String, String> query, JsonNode body) {
        String url(String template) {
            String url = template;
            for (Map.Entry<String, String> p : pathParams.entrySet()) {
                url = url.replace("{" + p.getKey() + "}", URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            }
            StringBuilder q = new StringBuilder();
            query.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return url + q;
        }
    }

    static List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        spec.operations().forEach((path, methods) -> {
            if (path.startsWith("/fhir/") || path.equals("/api-docs")) {
                return;
            }
            for (String m : methods) {
                out.add(new Operation(m, path, "/paths/" + OpenApiSpec.escape(path) + "/" + m));
            }
        });
        return out;
    }

    @TestFactory
    Stream<DynamicTest> a_request_valid_by_the_schemas_is_never_refused_as_invalid() {
        return operations().stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            SchemaValues values = new SchemaValues(spec.doc, SEED ^ op.toString().hashCode());
            for (int i = 0; i < PER_OPERATION; i++) {
                Request r = validRequest(op, values);
                HttpResponse<String> answer = send(op, r, true);
                String what = op + " " + r.url(op.path()) + " " + r.body() + " -> " + answer.statusCode() + " "
                        + answer.body();
                assertThat(answer.statusCode()).as(what).isNotIn(400, 422).isLessThan(500);
                assertThat(spec.check(op.method().toUpperCase(java.util.Locale.ROOT), r.url(op.path()).split("\\?")[0],
                        answer)).as(what).isEmpty();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> a_request_invalid_by_the_schemas_is_always_refused_with_a_problem_document() {
        return operations().stream().filter(op -> spoilable(op)).map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            SchemaValues values = new SchemaValues(spec.doc, SEED ^ ~op.toString().hashCode());
            for (int i = 0; i < PER_OPERATION; i++) {
                Request r = invalidRequest(op, values);
                HttpResponse<String> answer = send(op, r, false);
                String what = op + " " + r.url(op.path()) + " " + r.body() + " -> " + answer.statusCode() + " "
                        + answer.body();
                assertThat(answer.statusCode()).as(what).isIn(400, 422);
                assertThat(ApiServer.mediaType(answer)).as(what).isEqualTo(ApiServer.PROBLEM);
                assertThat(spec.check(op.method().toUpperCase(java.util.Locale.ROOT), r.url(op.path()).split("\\?")[0],
                        answer)).as(what).isEmpty();
            }
        }));
    }

    /** The documented parameters of an operation (its own and its path's), resolved: pointer by name. */
    private static Map<String, String> parameters(Operation op) {
        Map<String, String> out = new LinkedHashMap<>();
        String pathItem = op.pointer().substring(0, op.pointer().lastIndexOf('/'));
        for (String at : List.of(pathItem + "/parameters", op.pointer() + "/parameters")) {
            JsonNode list = spec.doc.at(at);
            for (int i = 0; i < list.size(); i++) {
                String p = spec.resolve(at + "/" + i);
                out.put(spec.doc.at(p).path("name").asText(), p);
            }
        }
        return out;
    }

    private static String bodySchema(Operation op) {
        if (spec.doc.at(op.pointer() + "/requestBody").isMissingNode()) {
            return null;
        }
        return spec.resolve(op.pointer() + "/requestBody") + "/content/application~1json/schema";
    }

    private static boolean spoilable(Operation op) {
        return bodySchema(op) != null || !spoilableParameters(op).isEmpty();
    }

    /** Parameters with a limit to break: any text at all is a valid episode id (a 404 when none has it). */
    private static List<String> spoilableParameters(Operation op) {
        List<String> out = new ArrayList<>();
        parameters(op).forEach((name, pointer) -> {
            JsonNode schema = spec.doc.at(spec.resolve(pointer + "/schema"));
            if (schema.has("enum") || schema.has("pattern") || schema.has("format") || schema.has("anyOf")) {
                out.add(name);
            }
        });
        return out;
    }

    private Request validRequest(Operation op, SchemaValues values) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Map<String, String> pathParams = new LinkedHashMap<>();
            Map<String, String> query = new LinkedHashMap<>();
            boolean valid = true;
            for (Map.Entry<String, String> p : parameters(op).entrySet()) {
                JsonNode param = spec.doc.at(p.getValue());
                boolean inPath = param.path("in").asText().equals("path");
                if (!inPath && !param.path("required").asBoolean() && values.random.nextBoolean()) {
                    continue;
                }
                JsonNode v = values.valid(param.path("schema"));
                (inPath ? pathParams : query).put(p.getKey(), v.asText());
            }
            String schema = bodySchema(op);
            JsonNode body = schema == null ? null : values.valid(spec.doc.at(schema));
            Request r = keepLimits(op, new Request(pathParams, query, body), values);
            for (Map.Entry<String, String> p : parameters(op).entrySet()) {
                String v = r.pathParams().containsKey(p.getKey()) ? r.pathParams().get(p.getKey()) : r.query().get(p.getKey());
                valid &= v == null || spec.messages("", p.getValue() + "/schema", DiaryClient.quote(v)).isEmpty();
            }
            valid &= body == null || spec.messages("", schema, r.body().toString()).isEmpty();
            if (valid) {
                return r;
            }
        }
        throw new IllegalStateException(op + ": no valid request made in 100 attempts: teach SchemaValues");
    }

    private Request invalidRequest(Operation op, SchemaValues values) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Request r = validRequest(op, values);
            String schema = bodySchema(op);
            Map<String, String> params = parameters(op);
            List<String> names = spoilableParameters(op);
            if (schema != null && (names.isEmpty() || values.random.nextInt(3) > 0)) {
                JsonNode spoiled = values.random.nextInt(15) == 0 ? JsonNodeFactory.instance.arrayNode()
                        : values.spoil(spec.doc.at(schema), r.body());
                if (!spec.messages("", schema, spoiled.toString()).isEmpty()) {
                    return new Request(r.pathParams(), r.query(), spoiled);
                }
                continue;
            }
            String name = names.get(values.random.nextInt(names.size()));
            String pointer = params.get(name);
            String bad = spoiledText(values);
            if (spec.messages("", pointer + "/schema", DiaryClient.quote(bad)).isEmpty()) {
                continue;
            }
            Map<String, String> pathParams = new LinkedHashMap<>(r.pathParams());
            Map<String, String> query = new LinkedHashMap<>(r.query());
            (spec.doc.at(pointer).path("in").asText().equals("path") ? pathParams : query).put(name, bad);
            return new Request(pathParams, query, r.body());
        }
        throw new IllegalStateException(op + ": no invalid request made in 200 attempts");
    }

    private static String spoiledText(SchemaValues values) {
        return switch (values.random.nextInt(6)) {
            case 0 -> "2025-13-45";
            case 1 -> "Mars/Olympus_Mons";
            case 2 -> "1800-01-01";
            case 3 -> "xml";
            case 4 -> "2025-11-20T10:00:00";
            default -> values.word(1 + values.random.nextInt(8)) + "!";
        };
    }

    /** Makes a request keep the limits its operation lists in {@code x-crampwise-limits}. */
    private Request keepLimits(Operation op, Request r, SchemaValues values) {
        List<String> limits = new ArrayList<>();
        String pathItem = op.pointer().substring(0, op.pointer().lastIndexOf('/'));
        List<JsonNode> holders = new ArrayList<>(List.of(spec.doc.at(op.pointer()), spec.doc.at(pathItem)));
        if (bodySchema(op) != null) {
            holders.add(values.resolve(spec.doc.at(bodySchema(op))));
        }
        holders.forEach(h -> h.path("x-crampwise-limits").forEach(l -> limits.add(l.path("id").asText())));
        Map<String, String> query = new LinkedHashMap<>(r.query());
        JsonNode body = r.body() == null ? null : r.body().deepCopy();
        for (String limit : limits) {
            assertThat(KNOWN_LIMITS).as(op + ": a limit this test does not know").contains(limit);
            switch (limit) {
                case "zone-has-start-offset" -> {
                    if (body instanceof com.fasterxml.jackson.databind.node.ObjectNode o && o.path("zone").isTextual()) {
                        ZoneId zone = ZoneId.of(o.get("zone").asText());
                        OffsetDateTime start = OffsetDateTime.parse(o.get("start").asText());
                        ZoneOffset there = zone.getRules().getOffset(start.toInstant());
                        o.put("start", start.withOffsetSameInstant(there).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                    }
                }
                case "day-period" -> {
                    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
                    LocalDate to = query.containsKey("to") ? LocalDate.parse(query.get("to")) : tomorrow;
                    if (query.containsKey("from")) {
                        query.put("from", to.minusDays(values.random.nextInt(366)).toString());
                    }
                }
                case "episode-period", "summary-period" -> {
                    if (query.containsKey("from") && query.containsKey("to")) {
                        LocalDate from = values.date();
                        query.put("from", from.toString());
                        query.put("to", from.plusDays(1 + values.random.nextInt(365)).toString());
                    }
                }
                case "cursor-from-server" -> query.remove("cursor"); // only the server makes them
                default -> {
                    // start-not-after-tomorrow, date-not-after-tomorrow: SchemaValues makes no future dates
                }
            }
        }
        return new Request(r.pathParams(), query, body);
    }

    private HttpResponse<String> send(Operation op, Request r, boolean valid) {
        String method = op.method().toUpperCase(java.util.Locale.ROOT);
        boolean bearer = !spec.doc.at(op.pointer() + "/security").isMissingNode()
                && spec.doc.at(op.pointer() + "/security").size() > 0;
        String token = null;
        String body = r.body() == null ? null : r.body().toString();
        if (bearer && op.path().equals("/api/v1/accounts/me")) {
            // Mostly the account's own password (erased), now and then the one made up (403).
            DiaryClient someone = accountsToErase.pop();
            token = someone.token;
            if (valid && r.body() instanceof com.fasterxml.jackson.databind.node.ObjectNode o && o.has("password")
                    && spec.messages("", bodySchema(op), o.deepCopy().put("password", someone.password).toString()).isEmpty()
                    && accountsToErase.size() % 4 != 0) {
                body = o.deepCopy().put("password", someone.password).toString();
            }
        } else if (bearer) {
            token = op.path().equals("/api/v1/sessions/current") && op.method().equals("delete") ? ownerSessions.pop()
                    : owner.token;
        }
        return server.send(method, r.url(op.path()), body == null ? null : ApiServer.JSON, body, token);
    }
}
