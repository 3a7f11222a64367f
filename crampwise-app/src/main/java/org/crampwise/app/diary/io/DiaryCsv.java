package org.crampwise.app.diary.io;

import org.crampwise.diary.DayLog;
import org.crampwise.app.diary.Diary;
import org.crampwise.diary.Episode;
import org.crampwise.app.diary.EpisodeFindings;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The diary's CSV format, written by {@code crampwise diary export} and read back by
 * {@code crampwise diary import}: one file, a header line, then one record per episode or day log,
 * {@code kind} saying which. The columns are the API's fields in snake case; what each allows is
 * what the API's checks allow, listed in README.md (checked by {@code DiaryCsvColumnsTest}).
 * An empty cell means "not given"; a quoted empty cell ({@code ""}) is empty text. The other
 * kind's cells of a record stay empty. Numbers use a dot for decimals.
 */
final class DiaryCsv {
    static final List<String> COLUMNS = List.of("kind", "start", "zone", "duration_minutes", "location", "side",
            "pain_score", "context", "helped", "notes", "findings", "date", "fluids_glasses", "exercise_level",
            "hours_sitting", "alcohol_units", "caffeine_drinks", "heavy_sweating", "new_medicine", "pregnancy_week",
            "tags");
    static final String EPISODE = "episode";
    static final String DAY = "day";
    /** Day cells sit after the 11 episode columns (kind included). */
    static final int DAY_FROM = COLUMNS.indexOf("date");

    private DiaryCsv() {
    }

    static void header(Writer w) throws IOException {
        w.write(String.join(",", COLUMNS));
        w.write("\r\n");
    }

    static void episode(Writer w, Episode e) throws IOException {
        w.write(EPISODE);
        cell(w, Diary.START.format(e.start()));
        cell(w, e.zone().getId());
        cell(w, String.valueOf(e.durationMinutes()));
        cell(w, e.location());
        cell(w, e.side());
        cell(w, e.painScore() == null ? null : e.painScore().toString());
        cell(w, e.context() == null ? null : e.context().code());
        cell(w, e.helped());
        cell(w, e.notes());
        cell(w, e.findings().isEmpty() ? null : EpisodeFindings.toJson(e.findings()));
        for (int i = DAY_FROM; i < COLUMNS.size(); i++) {
            w.write(',');
        }
        w.write("\r\n");
    }

    static void day(Writer w, DayLog d) throws IOException {
        w.write(DAY);
        for (int i = 1; i < DAY_FROM; i++) {
            w.write(',');
        }
        cell(w, d.date().toString());
        cell(w, text(d.fluidsGlasses()));
        cell(w, text(d.exerciseLevel()));
        cell(w, text(d.hoursSitting()));
        cell(w, text(d.alcoholUnits()));
        cell(w, text(d.caffeineDrinks()));
        cell(w, text(d.heavySweating()));
        cell(w, text(d.newMedicine()));
        cell(w, text(d.pregnancyWeek()));
        cell(w, d.tags().isEmpty() ? null : String.join(",", d.tags()));
        w.write("\r\n");
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A comma, then the cell: nothing for null, quoted when empty or holding a comma, quote or line break. */
    private static void cell(Writer w, String value) throws IOException {
        w.write(',');
        if (value == null) {
            return;
        }
        boolean quote = value.isEmpty();
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            w.write(value);
            return;
        }
        w.write('"');
        w.write(value.replace("\"", "\"\""));
        w.write('"');
    }
}
