package org.crampwise.app.diary;

import org.crampwise.diary.Episode;
import org.crampwise.app.storage.Transactions;
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
import java.util.List;
import java.util.Map;
import org.crampwise.app.storage.Database;
import org.crampwise.diary.DayFactors;
import org.crampwise.diary.Summary;
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
     * @param answers  the contract findings of each episode from {@code recentFrom} to today, with its start
     * @param lastCheck the newest episode up to today saved with a check's answers; null when none
     * @param days     the day logs up to today, fields by kb.yaml's names
     */
    record Facts(List<Episode> episodes, List<Summary.Answers> answers, Summary.Answers lastCheck,
                 List<DayFactors.NotedDay> days) {

        /** The findings of each recent episode, as escalation judges them. */
        List<Map<String, Object>> recent() {
            return answers.stream().map(Summary.Answers::findings).toList();
        }
    }

    /*
     * The columns, and their mapping to records, of every other read ({@link DiaryRows}): one per
     * table. The free texts (what helped, notes: up to 4,500 characters a row) are nothing to
     * insights or summaries, so they are not fetched: NULL in their places.
     */
    private static final String EPISODE_VALUES = DiaryRows.EPISODE_COLUMNS.replace(" helped, notes,", " NULL, NULL,");
    private static final String DAY_VALUES = DiaryRows.DAY_COLUMNS;
    /*
     * Up to today: an episode's local date is the first 10 characters of its start, and a date's
     * text sorts like the date (same length, digits and hyphens; PostgreSQL compares byte-wise
     * with COLLATE "C" so no locale can reorder them).
     */
    private static final String[] SQLITE = {
        "SELECT json_group_array(json_array(" + EPISODE_VALUES + ")) FROM episode"
                + " WHERE account_id = ? AND substr(start, 1, 10) <= ?",
        "SELECT json_group_array(json_array(" + DAY_VALUES + ")) FROM day_log WHERE account_id = ? AND date <= ?"};
    private static final String[] POSTGRESQL = {
        "SELECT CAST(coalesce(json_agg(json_build_array(" + EPISODE_VALUES + ")), '[]') AS TEXT) FROM episode"
                + " WHERE account_id = ? AND substr(start, 1, 10) COLLATE \"C\" <= ?",
        "SELECT CAST(coalesce(json_agg(json_build_array(" + DAY_VALUES + ")), '[]') AS TEXT) FROM day_log"
                + " WHERE account_id = ? AND date COLLATE \"C\" <= ?"};

    private DiaryFacts() {
    }

    static Facts read(Database database, long accountId, LocalDate today, LocalDate recentFrom, KnowledgeBase kb) {
        return Transactions.read(database, "read a diary", c -> {
            String[] sql = database.kind() == Database.Kind.POSTGRESQL ? POSTGRESQL : SQLITE;
            String episodes = one(c, sql[0], accountId, today.toString());
            String days = one(c, sql[1], accountId, today.toString());
            try {
                List<Episode> eps = new ArrayList<>();
                List<Summary.Answers> recent = new ArrayList<>();
                Summary.Answers[] last = new Summary.Answers[1];
                episodes(episodes, recentFrom, kb, eps, recent, last);
                return new Facts(eps, recent, last[0], days(days));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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
                                 List<Episode> out, List<Summary.Answers> recent,
                                 Summary.Answers[] last) throws IOException, SQLException {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken(); // [
            while (p.nextToken() == JsonToken.START_ARRAY) {
                Episode e = DiaryRows.readEpisode(RowCells.of(p)).episode();
                p.nextToken(); // ]
                out.add(e);
                ZonedDateTime start = e.start().toZonedDateTime();
                boolean isRecent = !start.toLocalDate().isBefore(recentFrom);
                // No answers: typed in by hand, not saved from a check.
                boolean checked = !e.findings().isEmpty();
                boolean newer = checked && (last[0] == null || start.isAfter(last[0].start()));
                if (isRecent || newer) {
                    Map<String, Object> evidence = EpisodeEvidence.of(e, kb);
                    Summary.Answers answers = new Summary.Answers(start, evidence);
                    if (isRecent && !evidence.isEmpty()) {
                        recent.add(answers);
                    }
                    if (newer && !evidence.isEmpty()) {
                        last[0] = answers;
                    }
                }
            }
        }
    }

    private static List<DayFactors.NotedDay> days(String json) throws IOException, SQLException {
        List<DayFactors.NotedDay> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken(); // [
            while (p.nextToken() == JsonToken.START_ARRAY) {
                out.add(DiaryRows.readDay(RowCells.of(p)).noted());
                p.nextToken(); // ]
            }
        }
        return out;
    }

    /** A start as stored, on its own clock ({@link Starts}). */
    static ZonedDateTime start(String s) {
        return Starts.parse(s).toZonedDateTime();
    }
}
