package org.crampwise.app.diary.io;

import org.crampwise.diary.DayLog;
import org.crampwise.app.diary.Diary;
import org.crampwise.diary.Episode;
import org.crampwise.app.diary.EpisodeFindings;
import org.crampwise.app.diary.StoredEpisode;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * An episode and a day log as JSON objects, with the API's field names; absent optional values
 * are null. One writer for the JSON API and the JSON export, so the two always agree.
 */
public final class DiaryRecordJson {
    private DiaryRecordJson() {
    }

    public static void episode(JsonGenerator g, StoredEpisode stored) throws IOException {
        Episode e = stored.episode();
        g.writeStartObject();
        g.writeNumberField("id", stored.id());
        g.writeStringField("start", Diary.START.format(e.start()));
        g.writeStringField("zone", e.zone().getId());
        g.writeNumberField("durationMinutes", e.durationMinutes());
        g.writeStringField("location", e.location());
        g.writeStringField("side", e.side());
        integer(g, "painScore", e.painScore());
        g.writeStringField("context", e.context() == null ? null : e.context().code());
        g.writeStringField("helped", e.helped());
        g.writeStringField("notes", e.notes());
        g.writeFieldName("findings");
        g.writeRawValue(EpisodeFindings.toJson(e.findings())); // compact, keys sorted, as stored
        g.writeStringField("createdAt", stored.createdAt().toString());
        g.writeEndObject();
    }

    public static void day(JsonGenerator g, DayLog d) throws IOException {
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

    private static void integer(JsonGenerator g, String name, Integer v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }

    private static void decimal(JsonGenerator g, String name, Double v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumber(v.longValue()); // 2.0 as 2
        } else {
            g.writeNumber(v);
        }
    }

    private static void bool(JsonGenerator g, String name, Boolean v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeBoolean(v);
        }
    }
}
