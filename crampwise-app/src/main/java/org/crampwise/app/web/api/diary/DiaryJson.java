package org.crampwise.app.web.api.diary;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.crampwise.app.diary.DayLog;
import org.crampwise.app.diary.Episode;
import org.crampwise.app.diary.StoredEpisode;

/** The diary API's JSON, written with a streaming generator; absent optional values are null. */
final class DiaryJson {
    static final String JSON = "application/json";
    /** Always with seconds and a numeric offset ({@code +00:00}, not {@code Z}): as the start was given. */
    static final java.time.format.DateTimeFormatter START =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final JsonFactory FACTORY = new JsonFactory();

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private DiaryJson() {
    }

    static byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JSON answer that no cache keeps: diary data is personal. */
    static void send(Context ctx, int status, Body body) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(JSON);
        ctx.result(bytes(body));
    }

    /** 204: no body, so no content type (Javalin sets text/plain on every response first). */
    static void noContent(Context ctx) {
        ctx.status(204);
        ctx.res().setContentType(null);
    }

    static void episode(JsonGenerator g, StoredEpisode stored) throws IOException {
        Episode e = stored.episode();
        g.writeStartObject();
        g.writeNumberField("id", stored.id());
        g.writeStringField("start", START.format(e.start()));
        g.writeStringField("zone", e.zone().getId());
        g.writeNumberField("durationMinutes", e.durationMinutes());
        g.writeStringField("location", e.location());
        g.writeStringField("side", e.side());
        integer(g, "painScore", e.painScore());
        g.writeStringField("context", e.context() == null ? null : e.context().code());
        g.writeStringField("helped", e.helped());
        g.writeStringField("notes", e.notes());
        g.writeObjectFieldStart("findings");
        for (Map.Entry<String, Object> f : e.findings().entrySet()) {
            g.writeFieldName(f.getKey());
            finding(g, f.getValue());
        }
        g.writeEndObject();
        g.writeStringField("createdAt", stored.createdAt().toString());
        g.writeEndObject();
    }

    /** A stored answer: Boolean, Long, Double or a choice's String (see Episode.findings). */
    private static void finding(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Long n) {
            g.writeNumber(n);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else {
            g.writeString(String.valueOf(value));
        }
    }

    static void day(JsonGenerator g, DayLog d) throws IOException {
        g.writeStartObject();
        g.writeStringField("date", d.date().toString());
        integer(g, "fluidsGlasses", d.fluidsGlasses());
        integer(g, "exerciseLevel", d.exerciseLevel());
        decimal(g, "hoursSitting", d.hoursSitting());
        decimal(g, "alcoholUnits", d.alcoholUnits());
        integer(g, "caffeineDrinks", d.caffeineDrinks());
        bool(g, "heavySweating", d.heavySweating());
        bool(g, "newMedicine", d.newMedicine());
        integer(g, "pregnancyWeek", d.pregnancyWeek());
        g.writeArrayFieldStart("tags");
        for (String t : d.tags()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void integer(JsonGenerator g, String name, Integer v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }

    static void decimal(JsonGenerator g, String name, Double v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumber(v.longValue()); // 2.0 as 2
        } else {
            g.writeNumber(v);
        }
    }

    static void bool(JsonGenerator g, String name, Boolean v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeBoolean(v);
        }
    }
}
