package org.crampwise.app.diary.io;

import org.crampwise.app.diary.DayLog;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.Episode;
import org.crampwise.app.diary.EpisodeContext;
import org.crampwise.app.diary.EpisodeFindings;
import org.crampwise.app.diary.Starts;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a diary CSV ({@link DiaryCsv}) and stores it: every record is checked first, and bad ones
 * are reported by line number with the reason. A file is stored all or nothing, in one
 * transaction, unless bad records are to be skipped.
 */
public final class DiaryImport {

    /** Called now and then while reading: records read so far. */
    @FunctionalInterface
    public interface Progress {
        void read(int records);

        Progress NONE = records -> { };
    }

    /** A record that cannot be imported, and why. */
    public record BadRow(int line, String reason) {}

    /**
     * What was read, and what was stored.
     *
     * @param stored false when bad records stopped the whole file (nothing was stored)
     */
    public record Result(int episodes, int days, List<BadRow> bad, boolean stored) {
        public Result {
            bad = List.copyOf(bad);
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

    public DiaryImport(Diary diary) {
        this.diary = Objects.requireNonNull(diary, "diary");
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
        if (store && (!p.episodes.isEmpty() || !p.days.isEmpty())) {
            diary.addAll(accountId, p.episodes, p.days);
        }
        return new Result(p.episodes.size(), p.days.size(), p.bad, store);
    }

    record Parsed(List<Episode> episodes, List<DayLog> days, List<BadRow> bad) {}

    static Parsed parse(Reader csv, Progress progress) throws IOException, FormatException {
        CsvReader reader = new CsvReader(csv);
        List<Episode> episodes = new ArrayList<>();
        List<DayLog> days = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        Map<LocalDate, Integer> dayLines = new HashMap<>();
        Map<String, ZoneId> zones = new HashMap<>(); // most rows share one or two zones
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
                    bad.add(new BadRow(r.line(), "expected " + at.length + " cells, found " + r.cells().size()));
                    continue;
                }
                String[] cells = new String[DiaryCsv.COLUMNS.size()];
                for (int i = 0; i < at.length; i++) {
                    cells[at[i]] = r.cells().get(i);
                }
                try {
                    String kind = cells[0];
                    if (DiaryCsv.EPISODE.equals(kind)) {
                        episodes.add(episode(cells, zones));
                    } else if (DiaryCsv.DAY.equals(kind)) {
                        DayLog d = day(cells);
                        Integer before = dayLines.putIfAbsent(d.date(), r.line());
                        if (before != null) {
                            throw new IllegalArgumentException("the date " + d.date() + " is already on line " + before);
                        }
                        days.add(d);
                    } else {
                        throw new IllegalArgumentException("kind must be episode or day, not " + shown(kind));
                    }
                } catch (IllegalArgumentException | DateTimeException e) {
                    bad.add(new BadRow(r.line(), e.getMessage()));
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

    private static Episode episode(String[] c, Map<String, ZoneId> zones) {
        onlyFilled(c, "episode", 1, 11);
        String start = required(c, 1);
        OffsetDateTime at;
        try {
            at = Starts.parse(start);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("start must be a date and time with its offset, like"
                    + " 2026-11-26T03:10:00+01:00, not " + shown(start));
        }
        ZoneId zone;
        try {
            zone = zones.computeIfAbsent(required(c, 2), ZoneId::of);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("zone must be a time zone like Europe/Amsterdam, not " + shown(c[2]));
        }
        String context = c[7];
        EpisodeContext ctx = null;
        if (context != null) {
            try {
                ctx = EpisodeContext.ofCode(context);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("context must be one of "
                        + Arrays.stream(EpisodeContext.values()).map(EpisodeContext::code).toList() + ", not " + shown(context));
            }
        }
        Map<String, Object> findings;
        try {
            findings = EpisodeFindings.fromJson(c[10]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("findings must be a JSON object of true/false, numbers and text");
        }
        Integer minutes = integer(c, 3);
        if (minutes == null) {
            throw new IllegalArgumentException("duration_minutes is missing");
        }
        return new Episode(at, zone, minutes, c[4], c[5], integer(c, 6), ctx, c[8], c[9], findings);
    }

    private static DayLog day(String[] c) {
        onlyFilled(c, "day", 11, c.length);
        String date = required(c, 11);
        LocalDate d;
        try {
            d = LocalDate.parse(date);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date must be like 2026-11-26, not " + shown(date));
        }
        String tags = c[20];
        return new DayLog(d, integer(c, 12), integer(c, 13), number(c, 14), number(c, 15), integer(c, 16),
                bool(c, 17), bool(c, 18), integer(c, 19), tags == null ? List.of() : Arrays.asList(tags.split(",")));
    }

    /** The other kind's cells must be empty: a filled one is a record put in the wrong columns. */
    private static void onlyFilled(String[] c, String kind, int from, int to) {
        for (int i = 1; i < c.length; i++) {
            if ((i < from || i >= to) && c[i] != null) {
                throw new IllegalArgumentException(DiaryCsv.COLUMNS.get(i) + " is not a column of " + kind + " records");
            }
        }
    }

    private static String required(String[] c, int i) {
        if (c[i] == null || c[i].isBlank()) {
            throw new IllegalArgumentException(DiaryCsv.COLUMNS.get(i) + " is missing");
        }
        return c[i];
    }

    private static Integer integer(String[] c, int i) {
        if (c[i] == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(c[i].strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(DiaryCsv.COLUMNS.get(i) + " must be a whole number, 0 or more, not " + shown(c[i]));
        }
    }

    private static Double number(String[] c, int i) {
        if (c[i] == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(c[i].strip());
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(DiaryCsv.COLUMNS.get(i) + " must be a number, 0 or more, not " + shown(c[i]));
        }
    }

    private static Boolean bool(String[] c, int i) {
        if (c[i] == null) {
            return null;
        }
        return switch (c[i].strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(DiaryCsv.COLUMNS.get(i) + " must be true or false, not " + shown(c[i]));
        };
    }

    /** A cell as quoted in a message, cut short: the reason must not echo a whole line of diary text. */
    private static String shown(String value) {
        if (value == null) {
            return "nothing";
        }
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }
}
