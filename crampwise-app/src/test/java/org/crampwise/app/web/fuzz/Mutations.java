package org.crampwise.app.web.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Ways to spoil a request: each returns the new body, or says how it spoiled it. */
final class Mutations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Ids and numbers for paths and queries: traversal, NUL, huge, negative, odd Unicode, injection. */
    static final List<String> ODD_IDS = List.of("../", "..%2F..%2Fetc%2Fpasswd", "%00", "%2e%2e", "%2e%2e%2f",
            "99999999999999999999999", "-1", "0", "1e9", "0x10", "%F0%9F%98%80", "%ZZ", "x".repeat(3000),
            "'%20OR%201=1--", "%20", "1;jsessionid=x", "%C0%AF", "%E2%80%AE", "NaN", "-9223372036854775809",
            "..", "%u002e", "%EF%BF%BF", "null", "[]", "2025-02-30", "2025-13-01", "+1");

    static final List<String> ODD_NUMBERS = List.of("1e400", "-1", "-2147483649", "9223372036854775808", "1e-400",
            "-0", "123456789012345678901234567890", "0.0000001", "2147483648", "-1e308", "1.5", "7E+2");

    static final List<String> ODD_TEXTS = List.of("\u0000", "\ud83d\ude00", "\u202e\u202d", "\u0301\u0301\u0301",
            "Ω≈ç√∫", "\uFEFF", "\uFFFF", "\t\r\n", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd",
            "%00", "\u00A0", "\u200B", "\u0000".repeat(50), "ᚠᛇᚻ", "𝕏𝕐", "a".repeat(5000));

    static final List<String> JUNK = List.of("", "null", "[]", "\"text\"", "{}", "{,}", "{\"a\":1,}", "NaN", "{}{}",
            "{\"findings\": null}", "{\"findings\": {}}}", "[{}]", "true", "0", "{\"\": \"\"}", "\u0000",
            "{\"findings\": {\"age_years\": 45}", "{'findings': {}}", "{\"resourceType\": 1}");

    static final List<String> WRONG_JSON_TYPES = List.of("text/plain", "application/xml",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/jsonx",
            "json", "text/html; charset=utf-8", "application/octet-stream", "*/*");

    static final List<String> WRONG_FORM_TYPES = List.of("application/json", "text/plain", "application/xml",
            "multipart/form-data; boundary=x", "application/octet-stream");

    private Mutations() {
    }

    static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** A proper prefix: never a whole JSON document. */
    static byte[] truncate(Random r, byte[] body) {
        return java.util.Arrays.copyOf(body, body.length <= 1 ? 0 : r.nextInt(body.length - 1) + 1);
    }

    /** The first field holding arrays nested thousands deep, closed or not. */
    static byte[] deeplyNested(Random r, byte[] valid) {
        String key = firstKey(valid);
        int depth = 500 + r.nextInt(30_000);
        boolean closed = r.nextBoolean();
        String nested = (r.nextBoolean() ? "[" : "[{\"a\":").repeat(depth / (r.nextBoolean() ? 1 : 7));
        return ("{\"" + key + "\": " + nested + (closed ? "]".repeat(Math.min(depth, 1000)) : "") + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** One field (at any depth) given a value of another type. */
    static byte[] wrongType(Random r, byte[] valid) {
        return replaceValue(r, valid, () -> switch (r.nextInt(6)) {
            case 0 -> NODES.textNode("yes");
            case 1 -> NODES.numberNode(r.nextInt(100));
            case 2 -> NODES.arrayNode().add(1).add("two");
            case 3 -> NODES.objectNode().put("x", 1);
            case 4 -> NODES.nullNode();
            default -> NODES.booleanNode(r.nextBoolean());
        });
    }

    /** One field given a huge, negative, tiny or odd number. */
    static byte[] oddNumber(Random r, byte[] valid) {
        String marker = "\"__NUMBER__\"";
        byte[] withMarker = replaceValue(r, valid, () -> NODES.textNode("__NUMBER__"));
        return new String(withMarker, StandardCharsets.UTF_8).replace(marker, pick(r, ODD_NUMBERS))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Odd Unicode in a field's value, or as a field name. */
    static byte[] oddUnicode(Random r, byte[] valid) {
        String text = pick(r, ODD_TEXTS);
        if (r.nextInt(4) == 0) {
            JsonNode tree = tree(valid);
            if (tree instanceof ObjectNode o) {
                o.put(text, 1);
                return bytes(o);
            }
        }
        return replaceValue(r, valid, () -> NODES.textNode(text));
    }

    /** Bytes that are not UTF-8 inside the body. */
    static byte[] invalidUtf8(Random r, byte[] body) {
        byte[][] bad = {{(byte) 0xff, (byte) 0xfe}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}};
        int at = body.length == 0 ? 0 : r.nextInt(body.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(body, 0, at);
        out.writeBytes(bad[r.nextInt(bad.length)]);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    /** A few bytes set to random values. */
    static byte[] flipBytes(Random r, byte[] body) {
        byte[] out = body.clone();
        for (int i = 0, n = 1 + r.nextInt(5); i < n && out.length > 0; i++) {
            out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        }
        return out;
    }

    /** The first field given twice, with another value the second time. */
    static byte[] duplicateKey(byte[] valid) {
        String s = new String(valid, StandardCharsets.UTF_8);
        String key = firstKey(valid);
        return s.replaceFirst("\\{", "{\"" + key + "\": \"again\", ").getBytes(StandardCharsets.UTF_8);
    }

    /** About {@code size} bytes: the valid body padded with spaces, or filler. */
    static byte[] huge(Random r, byte[] valid, int size) {
        if (r.nextBoolean()) {
            byte[] out = new byte[size];
            java.util.Arrays.fill(out, (byte) ' ');
            System.arraycopy(valid, 0, out, 0, Math.min(valid.length, size));
            return out;
        }
        byte[] out = new byte[size];
        java.util.Arrays.fill(out, (byte) (r.nextBoolean() ? 'a' : '['));
        return out;
    }

    /** Form fields spoiled: odd values, bad escapes, a field many times. */
    static byte[] spoilForm(Random r, byte[] valid) {
        String s = new String(valid, StandardCharsets.UTF_8);
        return (switch (r.nextInt(6)) {
            case 0 -> s.replaceAll("=[^&]*", "=" + java.net.URLEncoder.encode(pick(r, ODD_TEXTS), StandardCharsets.UTF_8));
            case 1 -> s + "&%ZZ=%G1&=&&=x";
            case 2 -> s.replaceAll("=[^&]*", "=" + pick(r, ODD_NUMBERS));
            case 3 -> (s + "&").repeat(200);
            case 4 -> s + "&findings=" + "x,".repeat(500) + "&change=" + pick(r, ODD_NUMBERS);
            default -> s.replace("=", "[]=");
        }).getBytes(StandardCharsets.UTF_8);
    }

    private static String firstKey(byte[] valid) {
        JsonNode tree = tree(valid);
        return tree != null && tree.fieldNames().hasNext() ? tree.fieldNames().next() : "findings";
    }

    /** Replaces the value of a random field (objects' fields and array items, at any depth). */
    private static byte[] replaceValue(Random r, byte[] valid, java.util.function.Supplier<JsonNode> value) {
        JsonNode tree = tree(valid);
        if (tree == null) {
            return valid;
        }
        List<Runnable> places = new ArrayList<>();
        collect(tree, value, places);
        if (places.isEmpty()) {
            return valid;
        }
        places.get(r.nextInt(places.size())).run();
        return bytes(tree);
    }

    private static void collect(JsonNode node, java.util.function.Supplier<JsonNode> value, List<Runnable> places) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                places.add(() -> o.set(name, value.get()));
                collect(o.get(name), value, places);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                int at = i;
                places.add(() -> a.set(at, value.get()));
                collect(a.get(i), value, places);
            }
        }
    }

    private static JsonNode tree(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static byte[] bytes(JsonNode tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
