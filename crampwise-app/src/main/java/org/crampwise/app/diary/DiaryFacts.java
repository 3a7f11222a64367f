package org.crampwise.app.diary;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crampwise.app.storage.Database;
import org.crampwise.diary.DayFactors;
import org.crampwise.kb.KnowledgeBase;

/**
 * What a diary report needs of an account's diary, read in one connection with two queries, each
 * returning ONE row: SQLite builds a JSON array of the rows in C, and it is read here with a
 * streaming parser. Reading 5,000 episodes cell by cell through JDBC costs about 0.2 µs a cell
 * (~10 ms for a ten-year diary); one JSON text per query costs a third of that.
 *
 * <p>Only the columns the analysis uses are read; the interview answers are parsed only for the
 * recent episodes that escalation judges.
 */
final class DiaryFacts {
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * @param episodes the account's episodes dated up to today (on their own clocks)
     * @param recent   the contract findings of each episode from {@code recentFrom} to today
     * @param days     the day logs up to today, fields by kb.yaml's names
     */
    record Facts(List<org.crampwise.diary.Episode> episodes, List<Map<String, Object>> recent,
                 List<DayFactors.NotedDay> days) {}

    private DiaryFacts() {
    }

    static Facts read(Database database, long accountId, LocalDate today, LocalDate recentFrom, KnowledgeBase kb) {
        return Transactions.read(database, "read a diary", c -> {
            // A date's text sorts like the date: every local start on or before today is below this.
            String afterToday = today.plusDays(1).toString();
            boolean sqlite = database.kind() == Database.Kind.SQLITE;
            String episodes = one(c, "SELECT " + array(sqlite, "start, duration_minutes, pain_score, context,"
                    + " location, side, findings", "start_epoch, id")
                    + " FROM episode WHERE account_id = ? AND start < ?", accountId, afterToday);
            String days = one(c, "SELECT " + array(sqlite, "date, fluids_glasses, exercise_level, hours_sitting,"
                    + " alcohol_units, caffeine_drinks, heavy_sweating, new_medicine, pregnancy_week, tags", "date")
                    + " FROM day_log WHERE account_id = ? AND date < ?", accountId, afterToday);
            try {
                List<org.crampwise.diary.Episode> eps = new ArrayList<>();
                List<Map<String, Object>> recent = new ArrayList<>();
                episodes(episodes, recentFrom, kb, eps, recent);
                return new Facts(eps, recent, days(days));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The aggregate that makes one JSON array of the rows, each an array of the columns: SQLite's
     * json_group_array, or PostgreSQL's json_agg (ordered like SQLite's walk of the index, and
     * "[]", not NULL, for no rows).
     */
    private static String array(boolean sqlite, String columns, String order) {
        return sqlite ? "json_group_array(json_array(" + columns + "))"
                : "COALESCE(json_agg(json_build_array(" + columns + ") ORDER BY " + order + "), '[]'::json)";
    }

    private static String one(Connection c, String sql, long accountId, String before) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, accountId);
            s.setString(2, before);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void episodes(String json, LocalDate recentFrom, KnowledgeBase kb,
                                 List<org.crampwise.diary.Episode> out, List<Map<String, Object>> recent)
            throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken(); // [
            while (p.nextToken() == JsonToken.START_ARRAY) {
                ZonedDateTime start = start(text(p));
                int minutes = integer(p);
                Integer pain = integer(p);
                String contextCode = text(p);
                String location = text(p);
                String side = text(p);
                String findings = text(p);
                p.nextToken(); // ]
                out.add(new org.crampwise.diary.Episode(start, minutes, pain, contextCode));
                if (!start.toLocalDate().isBefore(recentFrom)) {
                    EpisodeContext context = contextCode == null ? null : EpisodeContext.ofCode(contextCode);
                    Map<String, Object> evidence = EpisodeEvidence.of(EpisodeFindings.fromJson(findings), location, side,
                            pain, context, kb);
                    if (!evidence.isEmpty()) {
                        recent.add(evidence);
                    }
                }
            }
        }
    }

    private static List<DayFactors.NotedDay> days(String json) throws IOException {
        List<DayFactors.NotedDay> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken(); // [
            while (p.nextToken() == JsonToken.START_ARRAY) {
                LocalDate date = LocalDate.parse(text(p));
                Map<String, Object> fields = new HashMap<>(16);
                fields.put("fluidsGlasses", integer(p));
                fields.put("exerciseLevel", integer(p));
                fields.put("hoursSitting", number(p));
                fields.put("alcoholUnits", number(p));
                fields.put("caffeineDrinks", integer(p));
                Integer sweating = integer(p);
                fields.put("heavySweating", sweating == null ? null : sweating != 0);
                Integer medicine = integer(p);
                fields.put("newMedicine", medicine == null ? null : medicine != 0);
                fields.put("pregnancyWeek", integer(p));
                String tags = text(p);
                p.nextToken(); // ]
                out.add(new DayFactors.NotedDay(date, fields, tags == null ? List.of() : Arrays.asList(tags.split(","))));
            }
        }
        return out;
    }

    /** A start as stored, on its own clock ({@link Starts}). */
    static ZonedDateTime start(String s) {
        return Starts.parse(s).toZonedDateTime();
    }

    private static String text(JsonParser p) throws IOException {
        return p.nextToken() == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static Integer integer(JsonParser p) throws IOException {
        return p.nextToken() == JsonToken.VALUE_NULL ? null : p.getIntValue();
    }

    private static Double number(JsonParser p) throws IOException {
        return p.nextToken() == JsonToken.VALUE_NULL ? null : p.getDoubleValue();
    }
}
