package org.crampwise.app.diary;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.crampwise.kb.PlainJson;

/**
 * The interview answers kept with an episode, as a flat JSON object ({@code {"location": "calf",
 * "one_leg_swollen": true, "age_years": 45}}). Only true/false, numbers and text are allowed: the
 * values of contract findings. Keys are kept sorted so the same answers give the same text.
 */
public final class EpisodeFindings {
    private static final JsonFactory JSON = new JsonFactory();

    private EpisodeFindings() {
    }

    public static String toJson(Map<String, Object> findings) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            PlainJson.write(g, findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The answers from stored text; empty for NULL. The text was written by {@link #toJson}. */
    public static Map<String, Object> fromJson(String json) {
        if (json == null) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("stored findings are not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName();
                JsonToken t = p.nextToken();
                out.put(id, switch (t) {
                    case VALUE_TRUE, VALUE_FALSE -> p.getBooleanValue();
                    case VALUE_NUMBER_INT -> p.getLongValue();
                    case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                    case VALUE_STRING -> p.getText();
                    default -> throw new IllegalStateException("stored finding " + id + " has a value of kind " + t);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(new TreeMap<>(out)); // sorted, as an episode keeps them
    }
}
