package org.crampwise.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.io.DiaryImport;
import org.crampwise.app.diary.DiaryInsights;
import org.crampwise.app.diary.DiaryReport;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.storage.Database;
import org.crampwise.engine.Engine;
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
 * The diary on SQLite (tracker issue 5, "Measured speed"): a report of 10 years of daily entries,
 * and an import of 100,000 CSV records. The data are made up with a fixed seed ({@link DiaryData}),
 * in a temporary folder deleted afterwards. Set-up is not timed.
 */
public class DiaryBenchmark {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /**
     * 3,650 day logs and about 5,000 episodes in one account. A report reads them all (two
     * queries), turns the day logs into factors and runs insights, triggers and escalation.
     */
    @State(Scope.Benchmark)
    public static class TenYears {
        Path dir;
        DiaryInsights insights;
        long account;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            dir = Files.createTempDirectory("crampwise-bench-diary");
            Database db = Database.open(dir);
            account = new Accounts(db, new Passwords()).register("bench@example.org", "correct horse battery staple");
            DiaryData data = new DiaryData(TODAY, 3650, 5000.0 / 3650, 42);
            Diary diary = new Diary(db);
            diary.addAll(account, data.episodes, data.days);
            Clock noon = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            insights = new DiaryInsights(diary, new Engine(KnowledgeBaseLoader.builtIn()), noon);
            DiaryReport r = insights.report(account, DiaryData.ZONE);
            System.err.printf("crampwise-bench: %d episodes, %d day logs, %d triggers%n", r.episodes(), r.days(),
                    r.triggers().size());
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            delete(dir);
        }
    }

    /** One report of the whole diary: the figure the tracker limits to 50 ms. */
    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public DiaryReport insightsTenYears(TenYears s) {
        return s.insights.report(s.account, DiaryData.ZONE);
    }

    /**
     * A CSV of 100,000 records (70,000 episodes and 30,000 day logs, as {@code diary export}
     * writes them) and, for each timed import, a new empty database with one account.
     */
    @State(Scope.Benchmark)
    public static class HundredThousandRows {
        Path csv;
        Path dir;
        Diary diary;
        long account;

        @Setup(Level.Trial)
        public void writeCsv() throws IOException {
            csv = Files.createTempFile("crampwise-bench", ".csv");
            DiaryCsvFile.write(csv, 70_000, 30_000);
            System.err.printf("crampwise-bench: 70000 episodes + 30000 day logs, %,d bytes%n", Files.size(csv));
        }

        @Setup(Level.Iteration)
        public void emptyDatabase() throws IOException {
            dir = Files.createTempDirectory("crampwise-bench-import");
            Database db = Database.open(dir);
            account = new Accounts(db, new Passwords()).register("bench@example.org", "correct horse battery staple");
            diary = new Diary(db);
        }

        @TearDown(Level.Iteration)
        public void dropDatabase() throws IOException {
            delete(dir);
        }

        @TearDown(Level.Trial)
        public void deleteCsv() throws IOException {
            Files.deleteIfExists(csv);
        }
    }

    /** Reading, checking and storing the whole file in one transaction: limited to 10 s. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public DiaryImport.Result import100kRows(HundredThousandRows s) throws Exception {
        try (Reader in = Files.newBufferedReader(s.csv, StandardCharsets.UTF_8)) {
            DiaryImport.Result r = new DiaryImport(s.diary, KnowledgeBaseLoader.builtIn(), Clock.systemUTC()).run(s.account, in, false, DiaryImport.Progress.NONE);
            if (!r.bad().isEmpty() || r.episodes() + r.days() != 100_000) {
                throw new IllegalStateException("the import did not store 100,000 records: " + r);
            }
            return r;
        }
    }

    static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
