package org.crampwise.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.DiarySummaries;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.storage.Database;
import org.crampwise.app.web.Messages;
import org.crampwise.app.web.diary.PlainWords;
import org.crampwise.app.web.summary.SummaryDoc;
import org.crampwise.app.web.summary.SummaryJson;
import org.crampwise.app.web.summary.SummaryPdf;
import org.crampwise.diary.Summary;
import org.crampwise.engine.Engine;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The one-page summary for a doctor (issue 15) over 10 years of diary on SQLite (the same made-up
 * diary as {@link DiaryBenchmark}): from the database to the JSON answer (target <= 50 ms) and to
 * the PDF (target <= 300 ms), the default period (the last 4 weeks and the 4 before).
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class SummaryBenchmark {

    @State(Scope.Benchmark)
    public static class TenYears {
        Path dir;
        Database db;
        DiarySummaries summaries;
        PlainWords plain;
        Messages messages;
        long account;
        final Summary.Period period = Summary.Period.endingOn(DiaryBenchmark.TODAY);

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            dir = Files.createTempDirectory("crampwise-bench-summary");
            db = Database.open(dir);
            account = new Accounts(db, new Passwords()).register("bench@example.org", "correct horse battery staple");
            DiaryData data = new DiaryData(DiaryBenchmark.TODAY, 3650, 5000.0 / 3650, 42);
            new Diary(db).addAll(account, data.episodes, data.days);
            Clock noon = Clock.fixed(DiaryBenchmark.TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            KnowledgeBase kb = KnowledgeBaseLoader.builtIn();
            summaries = new DiarySummaries(new Diary(db, noon), new Engine(kb), noon);
            messages = new Messages(Locale.UK, kb.emergencyNumber(), kb.urgentNumber());
            plain = new PlainWords(kb.diary(), messages);
            Summary s = summaries.summary(account, period);
            System.err.printf("crampwise-bench: %d cramps in the period, %d triggers, %d PDF bytes%n", s.now().cramps(),
                    s.triggers().size(), pdf().length);
        }

        byte[] pdf() {
            return SummaryPdf.bytes(SummaryDoc.of(summaries.summary(account, period), DiaryBenchmark.TODAY, messages,
                    plain), "en-GB");
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            db.close();
            DiaryBenchmark.delete(dir);
        }
    }

    /** GET /api/v1/diary/summary's work: read the diary, summarise, write the JSON. */
    @Benchmark
    public byte[] summaryJsonTenYears(TenYears s) {
        return SummaryJson.bytes(s.summaries.summary(s.account, s.period), s.plain);
    }

    /** /diary/summary.pdf's work: the same, then lay out, embed the font and write the PDF. */
    @Benchmark
    public byte[] summaryPdfTenYears(TenYears s) {
        return s.pdf();
    }
}
