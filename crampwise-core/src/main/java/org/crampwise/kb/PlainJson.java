package org.crampwise.kb;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Plain values (Map, List, Boolean, Number, String, null) written as JSON: the trees of the
 * compiled knowledge base, and evidence as plain maps.
 */
public final class PlainJson {
    private PlainJson() {
    }

    public static void write(JsonGenerator g, Object o) throws IOException {
        if (o instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (o instanceof List<?> l) {
            g.writeStartArray();
            for (Object x : l) {
                write(g, x);
            }
            g.writeEndArray();
        } else if (o instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (o instanceof Integer || o instanceof Long) {
            g.writeNumber(((Number) o).longValue());
        } else if (o instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (o == null) {
            g.writeNull();
        } else {
            // Dates and other scalars the YAML may hold are kept as text, as the loader reads them.
            g.writeString(String.valueOf(o));
        }
    }
}
