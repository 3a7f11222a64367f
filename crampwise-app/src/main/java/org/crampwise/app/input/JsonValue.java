package org.crampwise.app.input;

import java.util.List;
import java.util.Map;

/**
 * A value given to be checked, read whole (request bodies are at most 64 KiB; a CSV record is
 * one line) so that every field can be checked and every problem reported at once.
 */
public sealed interface JsonValue permits JsonValue.Text, JsonValue.Num, JsonValue.Bool, JsonValue.Null,
        JsonValue.Obj, JsonValue.Arr {

    /** What the value is, for messages: "text", "a number" ... never the value itself. */
    String kind();

    record Text(String value) implements JsonValue {
        @Override public String kind() { return "text"; }
    }

    /** A number as written: {@code integral} when it had no fraction or exponent. */
    record Num(java.math.BigDecimal value, boolean integral) implements JsonValue {
        @Override public String kind() { return "a number"; }
    }

    record Bool(boolean value) implements JsonValue {
        @Override public String kind() { return value ? "true" : "false"; }
    }

    record Null() implements JsonValue {
        @Override public String kind() { return "null"; }
    }

    /** Members in the order written. */
    record Obj(Map<String, JsonValue> members) implements JsonValue {
        @Override public String kind() { return "an object"; }
    }

    record Arr(List<JsonValue> items) implements JsonValue {
        @Override public String kind() { return "a list"; }
    }
}
