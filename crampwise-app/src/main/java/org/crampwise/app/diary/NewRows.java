package org.crampwise.app.diary;

import org.crampwise.diary.DayLog;
import org.crampwise.diary.Episode;
import static org.crampwise.app.diary.DiaryRows.DAY_COLUMNS;
import static org.crampwise.app.diary.DiaryRows.INSERT_EPISODE;
import static org.crampwise.app.diary.DiaryRows.PUT_DAY;
import static org.crampwise.app.diary.DiaryRows.bindDay;
import static org.crampwise.app.diary.DiaryRows.bindEpisode;
import static org.crampwise.app.diary.DiaryRows.readDay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Many episodes and day logs stored at once (an import), in batches, inside the caller's
 * transaction; and the same, leaving out what the diary already has.
 *
 * <p>An episode is the same as one in the diary when its start instant (to the second), place,
 * leg and minutes are the same: two cramps cannot start in the same second in the same place.
 * The rest (pain, notes ...) may have been changed since, and a changed copy is not a new cramp.
 * There is no unique index for it: a diary may already hold such twins from before, and the API
 * may still store them.
 */
final class NewRows {
    /** Rows per executeBatch: large enough to amortise the JDBC round trips. */
    private static final int BATCH = 1000;

    private record Same(long startEpoch, String location, String side, int minutes) {
        static Same of(Episode e) {
            return new Same(e.start().toEpochSecond(), e.location(), e.side(), e.durationMinutes());
        }
    }

    private NewRows() {
    }

    static Diary.Added addNew(Connection c, long accountId, List<Episode> episodes, List<DayLog> days, String now)
            throws SQLException {
        Set<Same> stored = storedEpisodes(c, accountId);
        List<Episode> newEpisodes = new ArrayList<>();
        for (Episode e : episodes) {
            if (stored.add(Same.of(e))) { // a twin later in the same file is the same cramp too
                newEpisodes.add(e);
            }
        }
        Map<LocalDate, DayLog> noted = storedDays(c, accountId);
        List<DayLog> newDays = days.stream().filter(d -> !Objects.equals(noted.get(d.date()), d)).toList();
        insert(c, accountId, newEpisodes, newDays, now);
        return new Diary.Added(newEpisodes.size(), newDays.size(), episodes.size() - newEpisodes.size(),
                days.size() - newDays.size());
    }

    static void insert(Connection c, long accountId, List<Episode> episodes, List<DayLog> days, String now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT_EPISODE)) {
            int n = 0;
            for (Episode e : episodes) {
                s.setLong(1, accountId);
                s.setString(bindEpisode(s, 2, e), now);
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(PUT_DAY)) {
            int n = 0;
            for (DayLog d : days) {
                bindDay(s, accountId, d);
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    private static Set<Same> storedEpisodes(Connection c, long accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT start_epoch, location, side, duration_minutes FROM episode WHERE account_id = ?")) {
            s.setLong(1, accountId);
            try (ResultSet rs = s.executeQuery()) {
                Set<Same> out = new HashSet<>();
                while (rs.next()) {
                    out.add(new Same(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
                return out;
            }
        }
    }

    private static Map<LocalDate, DayLog> storedDays(Connection c, long accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + DAY_COLUMNS + " FROM day_log WHERE account_id = ?")) {
            s.setLong(1, accountId);
            try (ResultSet rs = s.executeQuery()) {
                Map<LocalDate, DayLog> out = new HashMap<>();
                while (rs.next()) {
                    DayLog d = readDay(rs);
                    out.put(d.date(), d);
                }
                return out;
            }
        }
    }
}
