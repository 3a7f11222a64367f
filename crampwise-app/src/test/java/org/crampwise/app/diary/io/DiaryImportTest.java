package org.crampwise.app.diary.io;

import org.crampwise.app.storage.Opened;
import org.crampwise.app.storage.OnEveryDatabase;
import org.crampwise.app.account.TestPasswords;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.account.Passwords;
import org.crampwise.diary.DayLog;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.DiaryDatabase;
import org.crampwise.app.diary.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crampwise.app.storage.Database;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Runs on SQLite and on PostgreSQL. */
@OnEveryDatabase
class DiaryImportTest {
    private static final String HEADER = String.join(",", DiaryCsv.COLUMNS) + "\n";
    private static final String GOOD_EPISODE = "episode,2026-11-26T03:10:00+01:00,Europe/Amsterdam,3,calf,left,6,in_bed,,,,,,,,,,,,,\n";
    private static final String GOOD_DAY = "day,,,,,,,,,,,2026-11-26,5,2,,,,,,,\n";

    @Parameter
    Database.Kind kind;
    @Opened
    Database db;
    private Diary diary;
    private DiaryImport importer;
    private long ann;

    @BeforeEach
    void open() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:30:00Z"));
        ann = new Accounts(db, TestPasswords.cheap(), clock).register("ann@example.org", "correct horse battery staple");
        diary = new Diary(db, clock);
        importer = new DiaryImport(diary, KnowledgeBaseLoader.builtIn(), clock);
    }

    private DiaryImport.Result run(String csv, boolean skipBad) throws Exception {
        return importer.run(ann, new StringReader(csv), skipBad, DiaryImport.Progress.NONE);
    }

    private long rows() throws Exception {
        return DiaryDatabase.count(db, "SELECT (SELECT COUNT(*) FROM episode) + (SELECT COUNT(*) FROM day_log)");
    }

    @Test
    void every_problem_of_every_bad_record_is_reported_by_line_and_column_and_nothing_is_stored() throws Exception {
        String csv = HEADER
                + GOOD_EPISODE                                                                          // line 2
                + "episode,2026-11-26T03:10:00,Europe/Amsterdam,3,,,,,,,,,,,,,,,,,\n"                   // 3: no offset
                + "episode,2026-11-26T03:10:00+01:00,Europe/Amsterdam,3,,,11,,,,,,,,,,,,,,\n"           // 4: pain 11
                + "episode,2026-11-26T03:10:00+01:00,Europe/Amsterdam,3,,,,,\"two\nlines\",,,,,,,,,,,,\n" // 5-6: fine
                + "episode,2026-11-26T03:10:00+01:00,Mars/Olympus,3,,,,,,,,,,,,,,,,,\n"                // 7: zone
                + "day,,,,,,,,,,,2026-11-26,5,4,,,,,,,\n"                                               // 8: level 4
                + GOOD_DAY                                                                              // 9
                + "day,,,,,,,,,,,2026-11-26,1,,,,,,,,\n"                                                // 10: twice
                + "week,,,,,,,,,,,,,,,,,,,,\n"                                                          // 11: kind
                + "day,,,,,,,,,,,2026-11-27,x,,,,,maybe,,,\n"                                           // 12: two
                + "day,,,,,,,,,,,2026-11-28\n"                                                          // 13: cells
                + "episode,2026-11-26T03:10:00+01:00,Europe/Amsterdam,3,,,,,,,,2026-11-26,,,,,,,,,\n"  // 14: mixed
                + "episode,2026-11-26T03:10:00+01:00,Europe/Amsterdam,3,knee,,,lying,,,{oops,,,,,,,,,,\n"; // 15: three
        DiaryImport.Result r = run(csv, false);
        assertThat(r.stored()).isFalse();
        assertThat(rows()).isZero();
        assertThat(r.bad()).containsExactly(
                new DiaryImport.BadRow(3, "start", "needs a UTC offset, such as 2026-11-26T03:10:00+01:00"),
                new DiaryImport.BadRow(4, "pain_score", "must be a whole number from 0 to 10"),
                new DiaryImport.BadRow(7, "zone", "must be a time-zone id, such as Europe/London, or an offset such as +01:00"),
                new DiaryImport.BadRow(8, "exercise_level", "must be a whole number from 0 to 3"),
                new DiaryImport.BadRow(10, "date", "is already on line 9; a day is one record"),
                new DiaryImport.BadRow(11, "kind", "must be episode or day"),
                new DiaryImport.BadRow(12, "fluids_glasses", "must be a whole number from 0 to 100"),
                new DiaryImport.BadRow(12, "heavy_sweating", "must be true or false"),
                new DiaryImport.BadRow(13, null, "expected 21 cells, found 12"),
                new DiaryImport.BadRow(14, "date", "is not a column of episode records; leave it empty"),
                new DiaryImport.BadRow(15, "location", "must be one of inner_thigh, groin, front_thigh, back_thigh, calf, foot"),
                new DiaryImport.BadRow(15, "context", "must be one of during_exercise, after_exercise, sitting, standing, in_bed"),
                new DiaryImport.BadRow(15, "findings", CsvCells.FINDINGS_RULE));
        assertThat(r.badRecords()).isEqualTo(10);
    }

    @Test
    void importing_the_same_file_twice_adds_nothing() throws Exception {
        String csv = HEADER + GOOD_EPISODE
                + "episode,2026-11-27T22:00:00-05:00,America/New_York,0,,,,,,,,,,,,,,,,,\n"
                + GOOD_DAY + "day,,,,,,,,,,,2026-11-27,,,,,,,,,\"a,b\"\n";
        DiaryImport.Result first = run(csv, false);
        assertThat(first.added()).isEqualTo(new Diary.Added(2, 2, 0, 0));
        long before = rows();
        List<DayLog> days = diary.allDays(ann);

        DiaryImport.Result again = run(csv, false);
        assertThat(again.stored()).isTrue();
        assertThat(again.added()).isEqualTo(new Diary.Added(0, 0, 2, 2));
        assertThat(rows()).isEqualTo(before).isEqualTo(4);
        assertThat(diary.allDays(ann)).isEqualTo(days);
    }

    @Test
    void an_episode_is_the_same_by_start_instant_place_leg_and_minutes_and_a_changed_day_replaces_the_old() throws Exception {
        run(HEADER + GOOD_EPISODE + GOOD_DAY, false);
        DiaryImport.Result r = run(HEADER
                // the same instant written in UTC, other pain and notes: the same cramp
                + "episode,2026-11-26T02:10:00Z,Z,3,calf,left,2,,,later note,,,,,,,,,,,\n"
                // the same start on the other leg, and the same cramp twice in this file: one more
                + "episode,2026-11-26T03:10:00+01:00,Europe/Amsterdam,3,calf,right,6,in_bed,,,,,,,,,,,,,\n"
                + "episode,2026-11-26T03:10:00+01:00,Europe/Amsterdam,3,calf,right,6,in_bed,,,,,,,,,,,,,\n"
                + "day,,,,,,,,,,,2026-11-26,6,2,,,,,,,\n", false);
        assertThat(r.bad()).isEmpty();
        assertThat(r.added()).isEqualTo(new Diary.Added(1, 1, 2, 0));
        assertThat(diary.allEpisodes(ann)).extracting(e -> e.episode().side()).containsExactly("left", "right");
        assertThat(diary.day(ann, LocalDate.of(2026, 11, 26)).orElseThrow().fluidsGlasses()).isEqualTo(6);
    }

    @Test
    void skipping_bad_records_stores_the_good_ones_and_still_lists_the_bad() throws Exception {
        String csv = HEADER + GOOD_EPISODE + "episode,,Europe/Amsterdam,3,,,,,,,,,,,,,,,,,\n" + GOOD_DAY;
        DiaryImport.Result r = run(csv, true);
        assertThat(r.stored()).isTrue();
        assertThat(r.episodes()).isEqualTo(1);
        assertThat(r.days()).isEqualTo(1);
        assertThat(r.bad()).containsExactly(new DiaryImport.BadRow(3, "start", "is missing"));
        assertThat(diary.allEpisodes(ann)).hasSize(1);
        assertThat(diary.day(ann, LocalDate.of(2026, 11, 26)).orElseThrow().exerciseLevel()).isEqualTo(2);
    }

    @Test
    void columns_may_come_in_any_order_and_missing_columns_are_not_given() throws Exception {
        DiaryImport.Result r = run("date,kind,tags\n2026-11-26,day,\"a,b\"\n", false);
        assertThat(r.bad()).isEmpty();
        assertThat(diary.allDays(ann)).containsExactly(new DayLog(LocalDate.of(2026, 11, 26), null, null, null, null,
                null, null, null, null, List.of("a", "b")));
    }

    @Test
    void an_unknown_column_an_empty_file_or_an_open_quote_rejects_the_whole_file() {
        assertThatThrownBy(() -> run("kind,start,colour\n", false)).isInstanceOf(DiaryImport.FormatException.class)
                .hasMessageStartingWith("line 1: unknown column 'colour'; the columns are kind,start,");
        assertThatThrownBy(() -> run("", false)).isInstanceOf(DiaryImport.FormatException.class)
                .hasMessageStartingWith("the file is empty");
        assertThatThrownBy(() -> run("start,zone\n", false)).hasMessage("line 1: the column kind is missing");
        assertThatThrownBy(() -> run(HEADER + GOOD_DAY + "day,\"oops\n", false))
                .hasMessage("line 3: a quoted cell is not closed");
    }

    @Test
    void progress_is_reported_as_records_are_read() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 2500; i++) {
            // 2500 different cramps (one a second): the same one twice would be stored once
            csv.append(GOOD_EPISODE.replace("03:10:00", String.format("03:%02d:%02d", i / 60, i % 60)));
        }
        List<Integer> seen = new ArrayList<>();
        DiaryImport.Result r = importer.run(ann, new StringReader(csv.toString()), false, seen::add);
        assertThat(seen).containsExactly(1000, 2000, 2500);
        assertThat(r.episodes()).isEqualTo(2500);
        assertThat(diary.allEpisodes(ann)).hasSize(2500);
    }

    @Test
    void a_failure_while_storing_leaves_nothing_behind() throws Exception {
        try (var c = db.connection(); var s = c.createStatement()) {
            // A rule that fails the second day log: the episodes before it must be rolled back.
            s.execute(switch (kind) {
                case SQLITE -> "CREATE TRIGGER no_28th BEFORE INSERT ON day_log WHEN NEW.date = '2026-11-28'"
                        + " BEGIN SELECT RAISE(ABORT, 'no'); END";
                case POSTGRESQL -> "ALTER TABLE day_log ADD CONSTRAINT no_28th CHECK (date <> '2026-11-28')";
            });
        }
        DiaryImport failing = importer;
        String csv = HEADER + GOOD_EPISODE + GOOD_DAY + "day,,,,,,,,,,,2026-11-28,5,2,,,,,,,\n";
        assertThatThrownBy(() -> failing.run(ann, new StringReader(csv), false, DiaryImport.Progress.NONE))
                .isInstanceOf(IllegalStateException.class);
        assertThat(rows()).isZero();
    }
}
