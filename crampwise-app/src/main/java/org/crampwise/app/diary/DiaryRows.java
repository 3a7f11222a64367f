package org.crampwise.app.diary;

import org.crampwise.diary.DayLog;
import org.crampwise.diary.Episode;
import org.crampwise.diary.EpisodeContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * How episodes and day logs map to the rows of {@code episode} and {@code day_log}: the SQL that
 * names the columns, and binding and reading them in that order (nullable numbers as SQL NULL,
 * yes/no as 0/1, tags as one comma-separated text). The same on SQLite and PostgreSQL.
 */
final class DiaryRows {
    static final DateTimeFormatter START = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    static final String EPISODE_COLUMNS = "id, start, zone, duration_minutes, location, side, pain_score,"
            + " context, helped, notes, findings, created_at";

    static final String INSERT_EPISODE = "INSERT INTO episode (account_id, start, zone, duration_minutes,"
            + " location, side, pain_score, context, helped, notes, findings, start_epoch, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String PUT_DAY = "INSERT INTO day_log (account_id, date, fluids_glasses, exercise_level,"
            + " hours_sitting, alcohol_units, caffeine_drinks, heavy_sweating, new_medicine, pregnancy_week, tags)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (account_id, date) DO UPDATE SET"
            + " fluids_glasses = excluded.fluids_glasses, exercise_level = excluded.exercise_level,"
            + " hours_sitting = excluded.hours_sitting, alcohol_units = excluded.alcohol_units,"
            + " caffeine_drinks = excluded.caffeine_drinks, heavy_sweating = excluded.heavy_sweating,"
            + " new_medicine = excluded.new_medicine, pregnancy_week = excluded.pregnancy_week,"
            + " tags = excluded.tags";
    static final String DAY_COLUMNS = "date, fluids_glasses, exercise_level, hours_sitting, alcohol_units,"
            + " caffeine_drinks, heavy_sweating, new_medicine, pregnancy_week, tags";

    private DiaryRows() {}

    /** A day log from a row of {@link #DAY_COLUMNS}, fetched by JDBC or as JSON. */
    static DayLog readDay(RowCells c) throws SQLException {
        LocalDate date = LocalDate.parse(c.text());
        Integer fluids = c.integer();
        Integer exercise = c.integer();
        Double sitting = c.number();
        Double alcohol = c.number();
        Integer caffeine = c.integer();
        Boolean sweating = yesNo(c.integer());
        Boolean medicine = yesNo(c.integer());
        Integer pregnancy = c.integer();
        String tags = c.text();
        return new DayLog(date, fluids, exercise, sitting, alcohol, caffeine, sweating, medicine, pregnancy,
                tags == null ? List.of() : Arrays.asList(tags.split(",")));
    }

    static DayLog readDay(ResultSet rs) throws SQLException {
        return readDay(RowCells.of(rs));
    }

    static void bindDay(PreparedStatement s, long accountId, DayLog day) throws SQLException {
        s.setLong(1, accountId);
        s.setString(2, day.date().toString());
        setInt(s, 3, day.fluidsGlasses());
        setInt(s, 4, day.exerciseLevel());
        setDouble(s, 5, day.hoursSitting());
        setDouble(s, 6, day.alcoholUnits());
        setInt(s, 7, day.caffeineDrinks());
        setInt(s, 8, day.heavySweating() == null ? null : day.heavySweating() ? 1 : 0);
        setInt(s, 9, day.newMedicine() == null ? null : day.newMedicine() ? 1 : 0);
        setInt(s, 10, day.pregnancyWeek());
        s.setString(11, day.tags().isEmpty() ? null : String.join(",", day.tags()));
    }

    static int bindEpisode(PreparedStatement s, int first, Episode e) throws SQLException {
        int i = first;
        s.setString(i++, START.format(e.start()));
        s.setString(i++, e.zone().getId());
        s.setInt(i++, e.durationMinutes());
        s.setString(i++, e.location());
        s.setString(i++, e.side());
        setInt(s, i++, e.painScore());
        s.setString(i++, e.context() == null ? null : e.context().code());
        s.setString(i++, e.helped());
        s.setString(i++, e.notes());
        s.setString(i++, e.findings().isEmpty() ? null : EpisodeFindings.toJson(e.findings()));
        s.setLong(i++, e.start().toEpochSecond());
        return i;
    }

    /** An episode from a row of {@link #EPISODE_COLUMNS}, fetched by JDBC or as JSON. */
    static StoredEpisode readEpisode(RowCells c) throws SQLException {
        long id = c.id();
        OffsetDateTime start = Starts.parse(c.text());
        ZoneId zone = ZoneId.of(c.text());
        int minutes = c.integer();
        String location = c.text();
        String side = c.text();
        Integer pain = c.integer();
        String context = c.text();
        String helped = c.text();
        String notes = c.text();
        String findings = c.text();
        Instant createdAt = Instant.parse(c.text());
        Episode e = new Episode(start, zone, minutes, location, side, pain,
                context == null ? null : EpisodeContext.ofCode(context), helped, notes, EpisodeFindings.fromJson(findings));
        return new StoredEpisode(id, e, createdAt);
    }

    static StoredEpisode readEpisode(ResultSet rs) throws SQLException {
        return readEpisode(RowCells.of(rs));
    }

    private static Boolean yesNo(Integer v) {
        return v == null ? null : v != 0;
    }

    private static void setInt(PreparedStatement s, int i, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, value);
        }
    }

    private static void setDouble(PreparedStatement s, int i, Double value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.DOUBLE);
        } else {
            s.setDouble(i, value);
        }
    }
}
