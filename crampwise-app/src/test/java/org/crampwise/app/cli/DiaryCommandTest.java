package org.crampwise.app.cli;

import org.crampwise.app.account.TestPasswords;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.crampwise.app.account.Accounts;
import org.crampwise.diary.DayLog;
import org.crampwise.app.diary.Diary;
import org.crampwise.diary.Episode;
import org.crampwise.diary.EpisodeContext;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.storage.Database;
import org.crampwise.app.storage.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiaryCommandTest {
    private static final String HEADER = "kind,start,zone,duration_minutes,location,side,pain_score,context,helped,notes,"
            + "findings,date,fluids_glasses,exercise_level,hours_sitting,alcohol_units,caffeine_drinks,heavy_sweating,"
            + "new_medicine,pregnancy_week,tags\n";
    private static final String EPISODE = "episode,2026-11-26T03:10:00+01:00,Europe/Amsterdam,3,calf,left,6,in_bed,,,,,,,,,,,,,\n";
    private static final String DAY = "day,,,,,,,,,,,2026-11-26,5,2,,,,,,,\n";

    @TempDir
    Path dir;
    private Path data;
    private Diary diary;
    private long ann;
    private long bob;

    @BeforeEach
    void open() {
        data = dir.resolve("data");
        Database db = Database.open(data);
        Accounts accounts = new Accounts(db, TestPasswords.cheap());
        ann = accounts.register("ann@example.org", "correct horse battery staple");
        bob = accounts.register("bob@example.org", "correct horse battery staple");
        diary = new Diary(db);
    }

    private Path file(String text) throws Exception {
        Path f = dir.resolve("diary.csv");
        Files.writeString(f, text);
        return f;
    }

    private CommandLineRun importing(String text, String... more) throws Exception {
        String[] args = {"diary", "import", file(text).toString(), "--account", "Ann@Example.org", "--data-dir",
                data.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CommandLineRun.run("", all);
    }

    @Test
    void a_good_file_is_imported_and_counted() throws Exception {
        CommandLineRun r = importing(HEADER + EPISODE + DAY);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(String.format("Imported 1 episode and 1 day log.%n"));
        assertThat(diary.allEpisodes(ann)).hasSize(1);
        assertThat(diary.day(ann, LocalDate.of(2026, 11, 26))).isPresent();
    }

    @Test
    void bad_records_are_listed_by_line_and_nothing_is_imported() throws Exception {
        CommandLineRun r = importing(HEADER + EPISODE + "episode,2026-11-26T03:10:00+01:00,Europe/Amsterdam,3,,,12,,,,,,,,,,,,,,\n"
                + DAY + "day,,,,,,,,,,,2026-13-01,,,,,,,,,\n");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("diary.csv: line 3, pain_score: must be a whole number from 0 to 10")
                .contains("diary.csv: line 5, date: must be a date such as 2026-11-26, from 1900")
                .contains("2 bad records. Nothing was imported; fix them, or use --skip-bad to import the rest.");
        assertThat(diary.allEpisodes(ann)).isEmpty();
        assertThat(diary.allDays(ann)).isEmpty();
    }

    @Test
    void a_file_with_three_bad_records_reports_all_three_by_line_and_column_without_a_stack_trace() throws Exception {
        CommandLineRun r = importing(HEADER + EPISODE
                + "episode,2026-11-26T03:10:00+01:00,Europe/Amsterdam,3,knee,left,6,,,,,,,,,,,,,,\n"
                + "day,,,,,,,,,,,2026-11-26,5,7,,,,,,,\n"
                + "episode,2026-11-26T04:10:00+01:00,Europe/Amsterdam,2000,calf,middle,,,,,,,,,,,,,,,\n");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("diary.csv: line 3, location: must be one of inner_thigh, groin, front_thigh,")
                .contains("diary.csv: line 4, exercise_level: must be a whole number from 0 to 3")
                .contains("diary.csv: line 5, duration_minutes: must be a whole number from 0 to 1440")
                .contains("diary.csv: line 5, side: must be one of left, right, both")
                .contains("3 bad records. Nothing was imported")
                .doesNotContain("at org.").doesNotContain("Exception");
        assertThat(diary.allEpisodes(ann)).isEmpty();
    }

    @Test
    void importing_the_same_file_twice_adds_nothing_and_says_so() throws Exception {
        assertThat(importing(HEADER + EPISODE + DAY).exit()).isZero();
        CommandLineRun again = importing(HEADER + EPISODE + DAY);
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEqualTo(String.format("Imported 0 episodes and 0 day logs.%n"
                + "Already in the diary, not added again: 1 episode and 1 day log.%n"));
        assertThat(diary.allEpisodes(ann)).hasSize(1);
        assertThat(diary.allDays(ann)).hasSize(1);
    }

    @Test
    void the_help_says_how_records_are_matched_and_checked() {
        CommandLineRun r = CommandLineRun.run("", "diary", "import", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("exactly as the API checks an episode or a day")
                .contains("Importing the same file again adds nothing: an episode with the same start instant, place,"
                        + " leg and minutes as one in the diary is not added again");
    }

    @Test
    void with_skip_bad_the_good_records_are_imported_and_the_exit_status_says_some_were_skipped() throws Exception {
        CommandLineRun r = importing(HEADER + EPISODE + "episode,,,,,,,,,,,,,,,,,,,,\n" + DAY, "--skip-bad");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("line 3, start: is missing").contains("line 3, duration_minutes: is missing");
        assertThat(r.out()).contains("Imported 1 episode and 1 day log.").contains("Skipped 1 bad record.");
        assertThat(diary.allEpisodes(ann)).hasSize(1);
    }

    @Test
    void progress_is_a_line_every_ten_thousand_records_when_standard_error_is_not_a_terminal() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 10_001; i++) {
            // 10,001 different cramps, a second apart: the same one twice would be stored once
            csv.append(EPISODE.replace("03:10:00", String.format("%02d:%02d:%02d", i / 3600, i / 60 % 60, i % 60)));
        }
        CommandLineRun r = importing(csv.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).matches("Checked 10,000 records \\(\\d{1,3}%\\)\\R");
        assertThat(diary.allEpisodes(ann)).hasSize(10_001);
    }

    @Test
    void an_unknown_account_or_a_broken_file_is_a_clear_error_with_a_non_zero_exit() throws Exception {
        CommandLineRun unknown = CommandLineRun.run("", "diary", "import", file(HEADER).toString(),
                "--account", "nobody@example.org", "--data-dir", data.toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("There is no account with that e-mail address").doesNotContain("nobody@");
        CommandLineRun noDb = CommandLineRun.run("", "diary", "export", "--account", "ann@example.org",
                "--data-dir", dir.resolve("elsewhere").toString());
        assertThat(noDb.exit()).isEqualTo(1);
        assertThat(noDb.err()).contains("There is no Crampwise database in");
        assertThat(Files.exists(dir.resolve("elsewhere"))).isFalse();
        CommandLineRun broken = importing("kind,when\n");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("line 1: unknown column 'when'").contains("Nothing was imported.");
        CommandLineRun missing = CommandLineRun.run("", "diary", "import", dir.resolve("none.csv").toString(),
                "--account", "ann@example.org", "--data-dir", data.toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("There is no file");
    }

    @Test
    void an_export_to_a_file_imports_into_another_account_and_exports_the_same() throws Exception {
        diary.addEpisode(ann, new Episode(OffsetDateTime.parse("2026-11-26T03:10:00+01:00"), ZoneId.of("Europe/Amsterdam"),
                4, "foot", "right", 3, EpisodeContext.SITTING, "walking, then stretching", "note, \"quoted\""));
        diary.putDay(ann, new DayLog(LocalDate.of(2026, 11, 26), 7, 1, 2.5, 0.0, 1, false, true, null, List.of("x")));
        Path out = dir.resolve("ann.csv");
        CommandLineRun export = CommandLineRun.run("", "diary", "export", "--account", "ann@example.org",
                "--data-dir", data.toString(), "--output", out.toString());
        assertThat(export.exit()).isZero();
        assertThat(export.out()).contains("Wrote the diary as csv to");
        CommandLineRun imported = CommandLineRun.run("", "diary", "import", out.toString(), "--account", "bob@example.org",
                "--data-dir", data.toString());
        assertThat(imported.exit()).isZero();
        CommandLineRun again = CommandLineRun.run("", "diary", "export", "--account", "bob@example.org",
                "--data-dir", data.toString());
        assertThat(again.out()).isEqualTo(Files.readString(out));
        assertThat(diary.allDays(bob)).isEqualTo(diary.allDays(ann));
    }

    @Test
    void json_and_fhir_go_to_standard_output_and_an_unknown_format_is_refused() throws Exception {
        diary.addEpisode(ann, new Episode(OffsetDateTime.parse("2026-11-26T03:10:00+01:00"), ZoneId.of("Europe/Amsterdam"),
                4, "calf", "left", 3, null, null, null));
        CommandLineRun json = CommandLineRun.run("", "diary", "export", "--account", "ann@example.org", "--data-dir",
                data.toString(), "--format", "json");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).contains("\"durationMinutes\" : 4");
        CommandLineRun fhir = CommandLineRun.run("", "diary", "export", "--account", "ann@example.org", "--data-dir",
                data.toString(), "--format", "FHIR");
        assertThat(fhir.exit()).isZero();
        assertThat(fhir.out()).contains("\"resourceType\": \"Bundle\"").contains("\"code\": \"55300003\"");
        CommandLineRun xml = CommandLineRun.run("", "diary", "export", "--account", "ann@example.org", "--data-dir",
                data.toString(), "--format", "xml");
        assertThat(xml.exit()).isEqualTo(1);
        assertThat(xml.err()).contains("--format must be csv, json or fhir, not xml.");
    }

    @Test
    void with_db_the_diary_is_imported_into_and_exported_from_postgresql_the_same_as_on_sqlite() throws Exception {
        diary.addEpisode(ann, new Episode(OffsetDateTime.parse("2026-11-26T03:10:00+01:00"), ZoneId.of("Europe/Amsterdam"),
                4, "foot", "right", 3, EpisodeContext.SITTING, "walking, then stretching", "note, \"quoted\""));
        diary.putDay(ann, new DayLog(LocalDate.of(2026, 11, 26), 7, 1, 2.5, 0.0, 1, false, true, null, List.of("x")));
        Path out = dir.resolve("ann.csv");
        assertThat(CommandLineRun.run("", "diary", "export", "--account", "ann@example.org", "--data-dir",
                data.toString(), "--output", out.toString()).exit()).isZero();
        String url = TestDatabases.newPostgresqlUrl();
        try (Database pg = Database.connect(url)) {
            new Accounts(pg, TestPasswords.cheap()).register("ann@example.org", "correct horse battery staple");
        }

        CommandLineRun imported = CommandLineRun.run("", "diary", "import", out.toString(), "--account",
                "ann@example.org", "--db", url);
        CommandLineRun exported = CommandLineRun.run("", "diary", "export", "--account", "ann@example.org",
                "--db", url);

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo(String.format("Imported 1 episode and 1 day log.%n"));
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out()).isEqualTo(Files.readString(out));
        CommandLineRun unknown = CommandLineRun.run("", "diary", "export", "--account", "bob@example.org", "--db", url);
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("There is no account with that e-mail address in the PostgreSQL database");
    }
}
