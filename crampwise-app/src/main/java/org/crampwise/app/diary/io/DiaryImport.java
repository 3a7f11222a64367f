package org.crampwise.app.diary.io;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.crampwise.app.diary.DayChecks;
import org.crampwise.diary.DayLog;
import org.crampwise.app.diary.Diary;
import org.crampwise.diary.Episode;
import org.crampwise.app.diary.EpisodeChecks;
import org.crampwise.app.input.Fields;
import org.crampwise.kb.KnowledgeBase;

/**
 * Reads a diary CSV ({@link DiaryCsv}) and stores it. Every record is checked first, by the
 * API's own checks ({@link EpisodeChecks}, {@link DayChecks}: a record is accepted exactly when
 * the API would accept it), and every problem of every bad record is reported: its line, its
 * column and what is wrong and allowed. A file is stored all or nothing, in one transaction,
 * unless bad records are to be skipped.
 *
 * <p>Importing is idempotent ({@link Diary#addNew}): an episode already in the diary (the same
 * start instant, place, leg and minutes) is not added again, and a day already noted the same
 * way is left as it is; a day noted differently is replaced by the file's.
 */
public final class DiaryImport {

    /** Called now and then while reading: records read so far. */
    @FunctionalInterface
    public interface Progress {
        void read(int records);

        Progress NONE = records -> { };
    }

    /**
     * One problem of a record that cannot be imported.
     *
     * @param column the column (with the part of it: {@code tags[2]}); null when the record as a
     *               whole is wrong (its number of cells)
     * @param reason what is wrong and what is allowed, in the API's words
     */
    public record BadRow(int line, String column, String reason) {
        @Override
        public String toString() {
            return "line " + line + (column == null ? "" : ", " + column) + ": " + reason;
        }
    }

    /**
     * What was read, and what was stored.
     *
     * @param episodes  good episode records read
     * @param days      good day records read
     * @param added     what was stored, and what was already in the diary ({@code 0}s when nothing was)
     * @param bad       every problem of every bad record, by line
     * @param stored    false when bad records stopped the whole file (nothing was stored)
     */
    public record Result(int episodes, int days, Diary.Added added, List<BadRow> bad, boolean stored) {
        public Result {
            bad = List.copyOf(bad);
        }

        /** How many records are bad (a record may have several problems). */
        public int badRecords() {
            return (int) bad.stream().mapToInt(BadRow::line).distinct().count();
        }
    }

    /** The file cannot be read as a diary CSV at all (its header, or its quoting). */
    public static final class FormatException extends Exception {
        public FormatException(String message) {
            super(message);
        }
    }

    private static final int PROGRESS_EVERY = 1000;

    private final Diary diary;
    private final EpisodeChecks episodeChecks;
    private final Clock clock;

    public DiaryImport(Diary diary, KnowledgeBase kb, Clock clock) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.episodeChecks = new EpisodeChecks(kb);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports a CSV for an account.
     *
     * @param skipBad store the good records even when some are bad
     */
    public Result run(long accountId, Reader csv, boolean skipBad, Progress progress)
            throws IOException, FormatException {
        Parsed p = parse(csv, progress);
        boolean store = p.bad.isEmpty() || skipBad;
        Diary.Added added = store ? diary.addNew(accountId, p.episodes, p.days) : Diary.Added.NOTHING;
        return new Result(p.episodes.size(), p.days.size(), added, p.bad, store);
    }

    record Parsed(List<Episode> episodes, List<DayLog> days, List<BadRow> bad) {}

    Parsed parse(Reader csv, Progress progress) throws IOException, FormatException {
        CsvReader reader = new CsvReader(csv);
        Instant now = clock.instant();
        LocalDate latest = DayChecks.latest(now);
        List<Episode> episodes = new ArrayList<>();
        List<DayLog> days = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        Map<LocalDate, Integer> dayLines = new HashMap<>();
        try {
            CsvReader.Record header = reader.next();
            if (header == null) {
                throw new FormatException("the file is empty; the first line must name the columns: "
                        + String.join(",", DiaryCsv.COLUMNS));
            }
            int[] at = columns(header);
            int records = 0;
            for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
                if (++records % PROGRESS_EVERY == 0) {
                    progress.read(records);
                }
                if (r.cells().size() != at.length) {
                    bad.add(new BadRow(r.line(), null, "expected " + at.length + " cells, found " + r.cells().size()));
                    continue;
                }
                String[] cells = new String[DiaryCsv.COLUMNS.size()];
                for (int i = 0; i < at.length; i++) {
                    cells[at[i]] = r.cells().get(i);
                }
                String kind = cells[0] == null ? null : cells[0].strip().toLowerCase(Locale.ROOT);
                if (DiaryCsv.EPISODE.equals(kind)) {
                    Fields f = fieldsOf(cells, 1, DiaryCsv.DAY_FROM, "episode");
                    Episode e = episodeChecks.read(f, now);
                    add(bad, r.line(), f, e, episodes);
                } else if (DiaryCsv.DAY.equals(kind)) {
                    Fields f = fieldsOf(cells, DiaryCsv.DAY_FROM, cells.length, "day");
                    DayLog d = DayChecks.read(f, date(f), latest);
                    Integer before = d == null ? null : dayLines.putIfAbsent(d.date(), r.line());
                    if (before != null) {
                        f.problem("date", "is already on line " + before + "; a day is one record");
                    }
                    add(bad, r.line(), f, d, days);
                } else {
                    bad.add(new BadRow(r.line(), "kind", "must be " + DiaryCsv.EPISODE + " or " + DiaryCsv.DAY));
                }
            }
            if (records % PROGRESS_EVERY != 0) {
                progress.read(records); // the last few; a round number was reported in the loop
            }
        } catch (CsvReader.SyntaxException e) {
            throw new FormatException("line " + e.line + ": " + e.getMessage());
        }
        return new Parsed(episodes, days, bad);
    }

    /** The record's own cells as fields, each cell of the other kind of record a problem. */
    private static Fields fieldsOf(String[] cells, int from, int to, String kind) {
        Fields f = CsvCells.fields(cells, from, to);
        for (int i = 1; i < cells.length; i++) {
            if ((i < from || i >= to) && cells[i] != null) {
                f.problem(CsvCells.field(DiaryCsv.COLUMNS.get(i)), "is not a column of " + kind + " records; leave it empty");
            }
        }
        return f;
    }

    /** The day's date, or null after naming the problem. */
    private static LocalDate date(Fields f) {
        String text = f.text("date", true, 64);
        if (text == null) {
            return null;
        }
        LocalDate date = DayChecks.date(text.strip()).orElse(null);
        if (date == null) {
            f.problem("date", DayChecks.DATE_RULE);
        }
        return date;
    }

    private static <T> void add(List<BadRow> bad, int line, Fields f, T value, List<T> good) {
        if (!f.hasProblems() && value != null) {
            good.add(value);
            return;
        }
        f.problems().stream()
                .map(p -> new BadRow(line, CsvCells.column(p.field()), p.message()))
                .sorted(Comparator.comparingInt(b -> DiaryCsv.COLUMNS.indexOf(b.column().split("[.\\[]", 2)[0])))
                .forEach(bad::add); // in the order of the columns, as a person reads the line
    }

    /** For each cell of a record, its column in {@link DiaryCsv#COLUMNS}. */
    private static int[] columns(CsvReader.Record header) throws FormatException {
        int[] at = new int[header.cells().size()];
        boolean[] seen = new boolean[DiaryCsv.COLUMNS.size()];
        for (int i = 0; i < at.length; i++) {
            String name = header.cells().get(i) == null ? "" : header.cells().get(i).strip().toLowerCase(Locale.ROOT);
            at[i] = DiaryCsv.COLUMNS.indexOf(name);
            if (at[i] < 0) {
                throw new FormatException("line 1: unknown column " + shown(name) + "; the columns are "
                        + String.join(",", DiaryCsv.COLUMNS));
            }
            if (seen[at[i]]) {
                throw new FormatException("line 1: the column " + name + " is named twice");
            }
            seen[at[i]] = true;
        }
        if (!seen[0]) {
            throw new FormatException("line 1: the column kind is missing");
        }
        return at;
    }

    /** A cell as quoted in a message, cut short: the reason must not echo a whole line of diary text. */
    private static String shown(String value) {
        if (value == null) {
            return "nothing";
        }
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }
}
