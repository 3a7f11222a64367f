package org.crampwise.app.diary;

import org.crampwise.diary.DayLog;
import org.crampwise.diary.Episode;
import org.crampwise.app.storage.Transactions;
import static org.crampwise.app.diary.DiaryRows.DAY_COLUMNS;
import static org.crampwise.app.diary.DiaryRows.EPISODE_COLUMNS;
import static org.crampwise.app.diary.DiaryRows.INSERT_EPISODE;
import static org.crampwise.app.diary.DiaryRows.PUT_DAY;
import static org.crampwise.app.diary.DiaryRows.bindDay;
import static org.crampwise.app.diary.DiaryRows.bindEpisode;
import static org.crampwise.app.diary.DiaryRows.readDay;
import static org.crampwise.app.diary.DiaryRows.readEpisode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crampwise.app.storage.Database;

/**
 * The cramp diary of each account: episodes and day logs.
 *
 * <p>Every method takes the id of the signed-in account and every query is limited to that
 * account's rows: an id of another account's episode is treated exactly like an id that does
 * not exist (empty, or {@code false}). Every write is one transaction.
 *
 * <p>Episode starts are stored as text with their offset ({@code 2026-11-26T03:10:00+01:00}),
 * as entered, and beside it as UTC seconds ({@code start_epoch}, written with every insert and
 * change): queries by time compare those, with the index on (account_id, start_epoch), in SQL that
 * is the same on SQLite and PostgreSQL.
 */
public final class Diary {
    /** How an episode's start is written: to the second, with its offset. */
    public static final DateTimeFormatter START = DiaryRows.START;
    /** Asks for the id column by name: PostgreSQL would otherwise return every column. */
    public static final String[] GENERATED_ID = {"id"};

    private final Database database;
    private final Clock clock;

    public Diary(Database database) {
        this(database, Clock.systemUTC());
    }

    public Diary(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** For reads of the whole diary at once that are specific to one use ({@link DiaryFacts}). */
    Database database() {
        return database;
    }

    /** Records an episode for an account and returns its id. */
    public long addEpisode(long accountId, Episode episode) {
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        return Transactions.write(database, "add an episode", c -> insertEpisode(c, accountId, episode, now));
    }

    /**
     * Records an episode once per key: a send with a key the account already used stores nothing
     * and gives the id of the episode that the first send stored ({@code replayed}).
     */
    public IdempotencyKey.Outcome<Long> addEpisode(long accountId, Episode episode, IdempotencyKey key) {
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        return Transactions.write(database, "add an episode", c -> {
            var earlier = IdempotencyKeys.claim(c, accountId, key, "episode", now);
            if (earlier.isPresent()) {
                return new IdempotencyKey.Outcome<>(Long.parseLong(earlier.get().target()), true);
            }
            long id = insertEpisode(c, accountId, episode, now);
            IdempotencyKeys.settle(c, accountId, key, Long.toString(id));
            return new IdempotencyKey.Outcome<>(id, false);
        });
    }

    /** The account's latest episode by start, or empty (its zone is the person's; its place the usual one). */
    public Optional<StoredEpisode> latestEpisode(long accountId) {
        return Transactions.read(database, "read the latest episode", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + EPISODE_COLUMNS
                    + " FROM episode WHERE account_id = ? ORDER BY start_epoch DESC, id DESC LIMIT 1")) {
                s.setLong(1, accountId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(readEpisode(rs)) : Optional.empty();
                }
            }
        });
    }

    private static long insertEpisode(Connection c, long accountId, Episode episode, String now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT_EPISODE, GENERATED_ID)) {
            s.setLong(1, accountId);
            int i = bindEpisode(s, 2, episode);
            s.setString(i, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** An episode of the account, or empty when the account has no episode with that id. */
    public Optional<StoredEpisode> episode(long accountId, long episodeId) {
        return Transactions.read(database, "read an episode", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + EPISODE_COLUMNS + " FROM episode WHERE id = ? AND account_id = ?")) {
                s.setLong(1, episodeId);
                s.setLong(2, accountId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(readEpisode(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Replaces an episode of the account; false when the account has no episode with that id. */
    public boolean updateEpisode(long accountId, long episodeId, Episode episode) {
        return Transactions.write(database, "change an episode", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE episode SET start = ?, zone = ?, duration_minutes = ?, location = ?, side = ?,"
                            + " pain_score = ?, context = ?, helped = ?, notes = ?, findings = ?, start_epoch = ?"
                            + " WHERE id = ? AND account_id = ?")) {
                int i = bindEpisode(s, 1, episode);
                s.setLong(i++, episodeId);
                s.setLong(i, accountId);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Deletes an episode of the account; false when the account has no episode with that id. */
    public boolean deleteEpisode(long accountId, long episodeId) {
        return Transactions.write(database, "delete an episode", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM episode WHERE id = ? AND account_id = ?")) {
                s.setLong(1, episodeId);
                s.setLong(2, accountId);
                return s.executeUpdate() == 1;
            }
        });
    }

    /**
     * The account's episodes that started at or after {@code from} and before {@code to}, the
     * earliest first.
     */
    public List<StoredEpisode> episodesBetween(long accountId, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return List.of();
        }
        // Starts are whole seconds: start >= from  <=>  start >= ceil(from), likewise for to.
        long fromSecond = DiaryPaging.ceilSeconds(from);
        long toSecond = DiaryPaging.ceilSeconds(to);
        return Transactions.read(database, "list episodes", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + EPISODE_COLUMNS + " FROM episode WHERE account_id = ?"
                            + " AND start_epoch >= ? AND start_epoch < ?"
                            + " ORDER BY start_epoch, id")) {
                s.setLong(1, accountId);
                s.setLong(2, fromSecond);
                s.setLong(3, toSecond);
                try (ResultSet rs = s.executeQuery()) {
                    List<StoredEpisode> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(readEpisode(rs));
                    }
                    return out;
                }
            }
        });
    }

    /** Stores the log of a day for an account, replacing what was noted for that date before. */
    public void putDay(long accountId, DayLog day) {
        Transactions.write(database, "store a day log", c -> {
            try (PreparedStatement s = c.prepareStatement(PUT_DAY)) {
                bindDay(s, accountId, day);
                return s.executeUpdate();
            }
        });
    }

    /**
     * Stores the log of a day once per key: a send with a key the account already used changes
     * nothing ({@code true}: replayed), so an old retry never overwrites a later change of the day.
     */
    public boolean putDay(long accountId, DayLog day, IdempotencyKey key) {
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        return Transactions.write(database, "store a day log", c -> {
            if (IdempotencyKeys.claim(c, accountId, key, "day", now).isPresent()) {
                return true;
            }
            try (PreparedStatement s = c.prepareStatement(PUT_DAY)) {
                bindDay(s, accountId, day);
                s.executeUpdate();
            }
            IdempotencyKeys.settle(c, accountId, key, day.date().toString());
            return false;
        });
    }

    /** The log of a day of the account, or empty when nothing was noted for that date. */
    public Optional<DayLog> day(long accountId, LocalDate date) {
        List<DayLog> days = daysBetween(accountId, date, date);
        return days.isEmpty() ? Optional.empty() : Optional.of(days.get(0));
    }

    /** The account's day logs from {@code first} to {@code last} (both included), by date. */
    public List<DayLog> daysBetween(long accountId, LocalDate first, LocalDate last) {
        return Transactions.read(database, "read day logs", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + DAY_COLUMNS + " FROM day_log WHERE account_id = ? AND date >= ? AND date <= ? ORDER BY date")) {
                s.setLong(1, accountId);
                s.setString(2, first.toString());
                s.setString(3, last.toString());
                try (ResultSet rs = s.executeQuery()) {
                    List<DayLog> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(readDay(rs));
                    }
                    return out;
                }
            }
        });
    }

    /**
     * What an import stored, and what it left because the diary had it already.
     *
     * @param episodes     episodes added
     * @param days         day logs stored for dates with nothing noted, or noted differently (replaced)
     * @param sameEpisodes episodes not added: the diary (or the file, earlier) has one with the same
     *                     start instant, place, leg and minutes
     * @param sameDays     day logs not stored: the diary has that date noted the same way
     */
    public record Added(int episodes, int days, int sameEpisodes, int sameDays) {
        public static final Added NOTHING = new Added(0, 0, 0, 0);
    }

    /**
     * Records many episodes and day logs of an account in ONE transaction (an import): all of
     * them are stored, or none. Day logs replace what was noted for their dates, as {@link #putDay}.
     */
    public void addAll(long accountId, List<Episode> episodes, List<DayLog> days) {
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        Transactions.write(database, "import a diary", c -> {
            NewRows.insert(c, accountId, episodes, days, now);
            return null;
        });
    }

    /**
     * Like {@link #addAll}, but what the diary already has is left out ({@link Added}), in the
     * same transaction: storing the same records twice adds nothing.
     */
    public Added addNew(long accountId, List<Episode> episodes, List<DayLog> days) {
        if (episodes.isEmpty() && days.isEmpty()) {
            return Added.NOTHING;
        }
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        return Transactions.write(database, "import a diary", c -> NewRows.addNew(c, accountId, episodes, days, now));
    }

    /** Every episode of the account, the earliest first (an export, or insights over all of it). */
    public List<StoredEpisode> allEpisodes(long accountId) {
        return Transactions.read(database, "list episodes", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + EPISODE_COLUMNS + " FROM episode WHERE account_id = ? ORDER BY start_epoch, id")) {
                s.setLong(1, accountId);
                try (ResultSet rs = s.executeQuery()) {
                    List<StoredEpisode> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(readEpisode(rs));
                    }
                    return out;
                }
            }
        });
    }

    /** Every day log of the account, by date (an export). */
    public List<DayLog> allDays(long accountId) {
        return Transactions.read(database, "read day logs", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + DAY_COLUMNS
                    + " FROM day_log WHERE account_id = ? ORDER BY date")) {
                s.setLong(1, accountId);
                try (ResultSet rs = s.executeQuery()) {
                    List<DayLog> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(readDay(rs));
                    }
                    return out;
                }
            }
        });
    }
}
