package org.crampwise.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Values made from a JSON Schema of the OpenAPI document: {@link #valid} an instance the schema
 * accepts (most of the time: the caller checks it with the validator and asks again), {@link
 * #spoil} one changed so that the schema refuses it (again checked by the caller). Seeded, so a
 * failure replays. Dates are from 1970 to today, so that every time zone has a whole-minute
 * offset then and nothing is in the future.
 */
final class SchemaValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String WORD_CHARS = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.éü";

    private final JsonNode doc;
    final Random random;

    SchemaValues(JsonNode doc, long seed) {
        this.doc = doc;
        this.random = new Random(seed);
    }

    JsonNode resolve(JsonNode schema) {
        for (int i = 0; schema.has("$ref") && i < 20; i++) {
            schema = doc.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    /** An instance of the schema. */
    JsonNode valid(JsonNode schema) {
        schema = resolve(schema);
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            if (schema.has(choice)) {
                JsonNode branches = schema.get(choice);
                JsonNode branch = resolve(branches.get(random.nextInt(branches.size())));
                if (branch.path("type").asText().equals("null") && random.nextInt(4) > 0) {
                    branch = resolve(branches.get(0)); // mostly a value rather than null
                }
                if (schema.has("properties") || schema.has("type")) {
                    return merged(schema, branch);
                }
                return valid(branch);
            }
        }
        String type = type(schema);
        switch (type) {
            case "null": return NODES.nullNode();
            case "boolean": return NODES.booleanNode(random.nextBoolean());
            case "integer": return NODES.numberNode(integer(schema));
            case "number": return NODES.numberNode(number(schema));
            case "string": return NODES.textNode(string(schema));
            case "array": return array(schema);
            case "object": return object(schema);
            default: return NODES.textNode("x");
        }
    }

    /** An object with the shared properties of a schema and those of the branch it chose. */
    private JsonNode merged(JsonNode schema, JsonNode branch) {
        ObjectNode both = ((ObjectNode) schema.deepCopy());
        both.remove("anyOf");
        both.remove("oneOf");
        ObjectNode props = both.has("properties") ? (ObjectNode) both.get("properties") : both.putObject("properties");
        branch.path("properties").properties().forEach(e -> props.set(e.getKey(), e.getValue()));
        ArrayNode required = both.has("required") ? (ArrayNode) both.get("required") : both.putArray("required");
        branch.path("required").forEach(required::add);
        return valid(both);
    }

    private String type(JsonNode schema) {
        JsonNode t = schema.get("type");
        if (t == null) {
            return schema.has("properties") ? "object" : schema.has("items") ? "array" : "none";
        }
        if (t.isArray()) {
            List<String> types = new ArrayList<>();
            t.forEach(x -> types.add(x.asText()));
            if (types.size() > 1 && types.contains("null") && random.nextInt(4) > 0) {
                types.remove("null");
            }
            return types.get(random.nextInt(types.size()));
        }
        return t.asText();
    }

    private long integer(JsonNode s) {
        long min = s.has("minimum") ? s.get("minimum").asLong() : -1000;
        long max = s.has("maximum") ? s.get("maximum").asLong() : 1000;
        switch (random.nextInt(4)) {
            case 0: return min;
            case 1: return max;
            default: return min + (long) (random.nextDouble() * (max - min + 1));
        }
    }

    private BigDecimal number(JsonNode s) {
        double min = s.has("minimum") ? s.get("minimum").asDouble() : -1000;
        double max = s.has("maximum") ? s.get("maximum").asDouble() : 1000;
        if (random.nextInt(3) == 0) {
            return BigDecimal.valueOf(integer(s));
        }
        return BigDecimal.valueOf(min + random.nextDouble() * (max - min)).setScale(2, java.math.RoundingMode.DOWN)
                .max(BigDecimal.valueOf(min));
    }

    private ArrayNode array(JsonNode s) {
        int min = s.path("minItems").asInt(0);
        int max = Math.min(s.path("maxItems").asInt(Integer.MAX_VALUE), min + 4);
        int n = min + random.nextInt(max - min + 1);
        ArrayNode a = NODES.arrayNode();
        for (int i = 0; i < n; i++) {
            a.add(valid(s.path("items")));
        }
        return a;
    }

    private ObjectNode object(JsonNode s) {
        ObjectNode o = NODES.objectNode();
        List<String> required = new ArrayList<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> props = s.path("properties").properties().iterator();
        int optionalOdds = s.path("properties").size() > 20 ? 8 : 2; // a few of many findings
        while (props.hasNext()) {
            Map.Entry<String, JsonNode> p = props.next();
            JsonNode ps = resolve(p.getValue());
            boolean describedOnly = !ps.has("type") && !ps.has("enum") && !ps.has("const") && !ps.has("anyOf")
                    && !ps.has("oneOf") && !ps.has("properties");
            if (required.contains(p.getKey()) || (!describedOnly && random.nextInt(optionalOdds) == 0)) {
                o.set(p.getKey(), valid(ps));
            }
        }
        return o;
    }

    private String string(JsonNode s) {
        String format = s.path("format").asText("");
        if (format.equals("date")) {
            return date().toString();
        }
        if (format.equals("date-time")) {
            return dateTime();
        }
        if (s.has("pattern")) {
            return matching(s);
        }
        int min = s.path("minLength").asInt(0);
        int max = Math.min(s.path("maxLength").asInt(40), Math.max(min, 40));
        return word(min + random.nextInt(max - min + 1));
    }

    LocalDate date() {
        long today = LocalDate.now(ZoneOffset.UTC).toEpochDay();
        return LocalDate.ofEpochDay(random.nextLong(today + 1));
    }

    String dateTime() {
        Instant at = Instant.ofEpochSecond(random.nextLong(Instant.now().getEpochSecond()));
        ZoneOffset offset = ZoneOffset.ofHoursMinutes(random.nextInt(25) - 12, 0);
        return at.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** A string the pattern accepts: from the document's examples, or tried at random. */
    private String matching(JsonNode s) {
        Pattern p = Pattern.compile(s.get("pattern").asText());
        int min = s.path("minLength").asInt(0);
        int max = s.path("maxLength").asInt(40);
        JsonNode examples = s.path("examples");
        if (examples.size() > 0) { // a text only the server makes, such as a cursor
            String example = examples.get(random.nextInt(examples.size())).asText();
            if (p.matcher(example).find()) {
                return example;
            }
        }
        for (int i = 0; i < 200; i++) {
            String candidate = switch (i % 3) {
                case 0 -> email();
                case 1 -> offset();
                default -> word(Math.max(min, 1) + random.nextInt(Math.max(1, Math.min(max, 30) - min)));
            };
            if (p.matcher(candidate).find() && candidate.length() >= min && candidate.length() <= max) {
                return candidate;
            }
        }
        throw new IllegalStateException("no value made for the pattern " + p + ": teach SchemaValues one");
    }

    private String offset() {
        return random.nextInt(10) == 0 ? "Z" : ZoneOffset.ofHoursMinutes(random.nextInt(35) - 17, 0).getId()
                .replace("Z", "+00:00");
    }

    private String email() {
        return word(1 + random.nextInt(10)).replace(" ", "") + "x@example" + random.nextInt(1000) + ".org";
    }

    String word(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(WORD_CHARS.charAt(random.nextInt(WORD_CHARS.length())));
        }
        return b.toString();
    }

    /**
     * The instance changed in one place so that (most of the time) the schema refuses it: a
     * wrong type, a number out of range, a string too long or not matching, a value not listed,
     * a required property removed, an unknown one added.
     */
    JsonNode spoil(JsonNode schema, JsonNode value) {
        schema = resolve(schema);
        if (value instanceof ObjectNode o && random.nextInt(3) > 0 && schema.has("properties")) {
            ObjectNode copy = o.deepCopy();
            List<String> names = new ArrayList<>();
            schema.get("properties").fieldNames().forEachRemaining(names::add);
            switch (random.nextInt(4)) {
                case 0 -> {
                    copy.put("unexpected" + random.nextInt(100), "x");
                    return copy;
                }
                case 1 -> {
                    if (schema.has("required") && !schema.get("required").isEmpty()) {
                        copy.remove(schema.get("required").get(random.nextInt(schema.get("required").size())).asText());
                        return copy;
                    }
                }
                default -> {
                    String name = names.get(random.nextInt(names.size()));
                    JsonNode inner = copy.has(name) ? copy.get(name) : valid(schema.get("properties").get(name));
                    copy.set(name, spoil(schema.get("properties").get(name), inner));
                    return copy;
                }
            }
        }
        return spoiledScalar(schema);
    }

    private JsonNode spoiledScalar(JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("anyOf")) {
            s = resolve(s.get("anyOf").get(0));
        }
        if (s.has("minimum") && random.nextBoolean()) {
            return NODES.numberNode(s.get("minimum").asLong() - 1 - random.nextInt(100));
        }
        if (s.has("maximum") && random.nextBoolean()) {
            return NODES.numberNode(s.get("maximum").asLong() + 1 + random.nextInt(100));
        }
        if (s.has("maxLength") && random.nextBoolean()) {
            return NODES.textNode(word(s.get("maxLength").asInt() + 1 + random.nextInt(5)));
        }
        return switch (random.nextInt(5)) {
            case 0 -> NODES.textNode("not-" + word(3).strip() + "!");
            case 1 -> NODES.numberNode(1e6 + random.nextInt(1000));
            case 2 -> NODES.booleanNode(true);
            case 3 -> NODES.objectNode().put("x", 1);
            default -> NODES.arrayNode().add("x");
        };
    }
}
