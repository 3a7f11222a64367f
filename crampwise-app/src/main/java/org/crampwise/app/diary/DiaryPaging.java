package org.crampwise.app.diary;

import static org.crampwise.app.diary.DiaryRows.DAY_COLUMNS;
import static org.crampwise.app.diary.DiaryRows.EPISODE_COLUMNS;
import static org.crampwise.app.diary.DiaryRows.readDay;
import static org.crampwise.app.diary.DiaryRows.readEpisode;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crampwise.app.storage.Database;
import org.crampwise.app.storage.Transactions;
import org.crampwise.diary.DayLog;

/**
 * The diary a page at a time, by keyset rather than by offset: a page starts just after the last
 * item of the one before (its start and id, or its date), so items added or deleted meanwhile
 * never make another item appear twice or be skipped.
 */
public final class DiaryPaging {
    /** Some items, and whether more follow them. */
    public record Page<T>(List<T> items, boolean more) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** Where a page of episodes (newest first) ends: the start (UTC seconds) and id of its last. */
    public record EpisodeKey(long startEpoch, long id) {
        public static EpisodeKey of(StoredEpisode e) {
            return new EpisodeKey(e.episode().start().toEpochSecond(), e.id());
        }
    }

    private final Database database;

    public DiaryPaging(Diary diary) {
        this.database = diary.database();
    }

    /**
     * Up to {@code limit} of the account's episodes that started from {@code from} up to (not
     * including) {@code to}, newest first (by start, then by id), after {@code after} when given.
     */
    public Page<StoredEpisode> episodes(long accountId, Instant from, Instant to, Optional<EpisodeKey> after,
                                        int limit) {
        if (!from.isBefore(to)) {
            return new Page<>(List.of(), false);
        }
        String sql = "SELECT " + EPISODE_COLUMNS + " FROM episode WHERE account_id = ?"
                + " AND start_epoch >= ? AND start_epoch < ?"
                + (after.isPresent() ? " AND (start_epoch < ? OR (start_epoch = ? AND id < ?))" : "")
                + " ORDER BY start_epoch DESC, id DESC LIMIT ?";
        return Transactions.read(database, "list episodes", c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                s.setLong(i++, accountId);
                s.setLong(i++, ceilSeconds(from));
                s.setLong(i++, ceilSeconds(to)); // starts are whole seconds
                if (after.isPresent()) {
                    s.setLong(i++, after.get().startEpoch());
                    s.setLong(i++, after.get().startEpoch());
                    s.setLong(i++, after.get().id());
                }
                s.setInt(i, limit + 1); // one more tells whether there is a next page
                List<StoredEpisode> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(readEpisode(rs));
                    }
                }
                return page(out, limit);
            }
        });
    }

    /**
     * Up to {@code limit} of the account's day logs from {@code first} to {@code last} (both
     * included), oldest first, after the date {@code after} when given.
     */
    public Page<DayLog> days(long accountId, LocalDate first, LocalDate last, Optional<LocalDate> after, int limit) {
        LocalDate start = after.isPresent() && !after.get().isBefore(first) ? after.get().plusDays(1) : first;
        return Transactions.read(database, "read day logs", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + DAY_COLUMNS + " FROM day_log"
                    + " WHERE account_id = ? AND date >= ? AND date <= ? ORDER BY date LIMIT ?")) {
                s.setLong(1, accountId);
                s.setString(2, start.toString());
                s.setString(3, last.toString());
                s.setInt(4, limit + 1);
                List<DayLog> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(readDay(rs));
                    }
                }
                return page(out, limit);
            }
        });
    }

    private static <T> Page<T> page(List<T> rows, int limit) {
        return rows.size() > limit ? new Page<>(rows.subList(0, limit), true) : new Page<>(rows, false);
    }

    /** The first whole second at or after {@code instant}: starts are whole seconds. */
    public static long ceilSeconds(Instant instant) {
        return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
    }
}
