package org.crampwise.app.diary.io;

import org.crampwise.diary.DayLog;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.StoredEpisode;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.crampwise.app.fhir.Fhir;
import org.crampwise.kb.KnowledgeBase;

/**
 * Writes everything of an account's diary: CSV (the format {@link DiaryImport} reads back,
 * {@link DiaryCsv}), JSON, or FHIR R4 ({@link DiaryFhir}). Nothing about the account itself (no
 * e-mail address) is written.
 */
public final class DiaryExport {

    public enum Format {
        CSV("text/csv; charset=utf-8", "csv"),
        JSON("application/json", "json"),
        FHIR(Fhir.CONTENT_TYPE, "fhir.json");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        /** For a file name: {@code crampwise-diary.csv}. */
        public String extension() {
            return extension;
        }

        /** csv, json or fhir, in any case; null when it is none of them. */
        public static Format of(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name)) {
                    return f;
                }
            }
            return null;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final Diary diary;
    private final DiaryFhir fhir;

    public DiaryExport(Diary diary, KnowledgeBase kb) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.fhir = new DiaryFhir(kb);
    }

    /** Writes the account's whole diary to {@code out} (which is left open). */
    public void write(long accountId, Format format, OutputStream out) throws IOException {
        List<StoredEpisode> episodes = diary.allEpisodes(accountId);
        List<DayLog> days = diary.allDays(accountId);
        switch (format) {
            case CSV -> csv(episodes, days, out);
            case JSON -> json(episodes, days, out);
            case FHIR -> {
                out.write(Fhir.context().newJsonParser().setPrettyPrint(true)
                        .encodeResourceToString(fhir.bundle(episodes, days, new java.util.Date()))
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }

    static void csv(List<StoredEpisode> episodes, List<DayLog> days, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        DiaryCsv.header(w);
        for (StoredEpisode e : episodes) {
            DiaryCsv.episode(w, e.episode());
        }
        for (DayLog d : days) {
            DiaryCsv.day(w, d);
        }
        w.flush();
    }

    /**
     * {"episodes": [{"id", "start", "zone", "durationMinutes", "location", "side", "painScore",
     * "context", "helped", "notes", "findings": {...}, "createdAt"}], "days": [{"date",
     * "fluidsGlasses", "exerciseLevel", "hoursSitting", "alcoholUnits", "caffeineDrinks",
     * "heavySweating", "newMedicine", "pregnancyWeek", "tags": [...]}]}; a field not given is null.
     */
    static void json(List<StoredEpisode> episodes, List<DayLog> days, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("episodes");
            for (StoredEpisode s : episodes) {
                DiaryRecordJson.episode(g, s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("days");
            for (DayLog d : days) {
                DiaryRecordJson.day(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.flush();
    }
}
