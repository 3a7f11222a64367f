package org.crampwise.app.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON text into {@link JsonValue}s: a JSON object, strictly (no duplicate members). */
public final class JsonTree {
    /** Diary bodies are flat; a deep nest is a mistake or an attack. */
    public static final int MAX_DEPTH = 8;
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(40).build())
            .build();

    private JsonTree() {
    }

    /** The text's top-level object; anything else is {@link Invalid}, naming "input". */
    public static JsonValue.Obj object(byte[] body) {
        if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw bad("is empty; expected a JSON object");
        }
        try (JsonParser p = JSON.createParser(body)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw bad("must be a JSON object");
            }
            JsonValue.Obj root = (JsonValue.Obj) value(p, first);
            if (p.nextToken() != null) {
                throw bad("has more after the end of the JSON object");
            }
            return root;
        } catch (JsonParseException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw bad("is not valid JSON" + where);
        } catch (StreamConstraintsException | NumberFormatException | ArithmeticException e) {
            throw bad("is nested too deeply or has a number too long");
        } catch (IOException e) {
            throw bad("cannot be read");
        }
    }

    private static JsonValue value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                for (JsonToken n = p.nextToken(); n == JsonToken.FIELD_NAME; n = p.nextToken()) {
                    String name = p.currentName();
                    JsonValue v = value(p, p.nextToken());
                    if (members.putIfAbsent(name, v) != null) {
                        throw new Invalid("a field appears twice",
                                List.of(new Problem(Fields.printable(name), "appears twice")));
                    }
                }
                return new JsonValue.Obj(members);
            }
            case START_ARRAY: {
                List<JsonValue> items = new ArrayList<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    items.add(value(p, n));
                }
                return new JsonValue.Arr(items);
            }
            case VALUE_STRING:
                return new JsonValue.Text(p.getText());
            case VALUE_NUMBER_INT:
                return new JsonValue.Num(p.getDecimalValue(), true);
            case VALUE_NUMBER_FLOAT:
                return new JsonValue.Num(p.getDecimalValue(), false);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new JsonValue.Bool(t == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return new JsonValue.Null();
            default:
                throw new JsonParseException(p, "unexpected " + t);
        }
    }

    private static Invalid bad(String reason) {
        return new Invalid("the body " + reason, List.of(new Problem("input", reason)));
    }
}
