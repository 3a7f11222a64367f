package org.crampwise.app.cli;

import org.crampwise.app.account.TestPasswords;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.diary.Diary;
import org.crampwise.diary.Episode;
import org.crampwise.diary.EpisodeContext;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dir;
    private Path data;
    private Database db;

    @BeforeEach
    void open() {
        data = dir.resolve("data");
        db = Database.open(data);
        long ann = new Accounts(db, TestPasswords.cheap()).register("ann@example.org", "correct horse battery staple");
        Diary diary = new Diary(db);
        for (int d = 1; d <= 20; d += 2) {
            diary.addEpisode(ann, new Episode(OffsetDateTime.parse(String.format("2026-11-%02dT03:10:00Z", d)), LONDON, 4,
                    "calf", "left", 6, EpisodeContext.IN_BED, null, null));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void the_summary_of_a_chosen_period_is_written_as_a_one_page_pdf() throws Exception {
        Path pdf = dir.resolve("ann.pdf");
        CommandLineRun r = CommandLineRun.run("", "diary", "summary", "--account", "ann@example.org", "--from",
                "2026-11-01", "--to", "2026-11-28", "--output", pdf.toString(), "--data-dir", data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(String.format("Wrote the summary of 2026-11-01 to 2026-11-28 to %s.%n", pdf));
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("1 Nov 2026 to 28 Nov 2026 (28 days), compared with 4 Oct 2026 to 31 Oct 2026")
                    .contains("Cramps in all 10 0").contains("Cramps per week 2.5 0.0").contains("Logged 10 of 28 days.");
        }
    }

    @Test
    void a_bad_date_or_an_unknown_account_writes_nothing_and_exits_1() {
        Path pdf = dir.resolve("none.pdf");
        CommandLineRun bad = CommandLineRun.run("", "diary", "summary", "--account", "ann@example.org", "--from",
                "2026-11-31", "--output", pdf.toString(), "--data-dir", data.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("from must be a date like 2026-11-26.");
        CommandLineRun nobody = CommandLineRun.run("", "diary", "summary", "--account", "nobody@example.org",
                "--output", pdf.toString(), "--data-dir", data.toString());
        assertThat(nobody.exit()).isEqualTo(1);
        assertThat(nobody.err()).contains("There is no account with that e-mail address");
        assertThat(pdf).doesNotExist();
    }
}
