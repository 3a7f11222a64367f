package org.crampwise.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.io.DiaryExport;
import org.crampwise.diary.Episode;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.storage.Database;
import org.crampwise.kb.KnowledgeBaseLoader;

/**
 * Writes a made-up diary CSV ({@link DiaryData}, fixed seed) exactly as {@code crampwise diary
 * export} writes it: the import benchmarks read it. Run as a program by {@code scripts/bench-diary}:
 * {@code java -cp benchmarks.jar org.crampwise.bench.DiaryCsvFile FILE EPISODES DAYS [DATA_DIR EMAIL]};
 * with a data folder it also makes an empty database there with one account to import into.
 */
public final class DiaryCsvFile {
    private DiaryCsvFile() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        if (args.length == 5) {
            new Accounts(Database.open(Path.of(args[3])), new Passwords()).register(args[4], "correct horse battery staple");
        }
    }

    /** {@code episodes} episodes over {@code days} days, each with a day log: stored, then exported. */
    static void write(Path csv, int episodes, int days) throws IOException {
        Path source = Files.createTempDirectory("crampwise-bench-export");
        try {
            Database db = Database.open(source);
            long account = new Accounts(db, new Passwords()).register("bench@example.org", "correct horse battery staple");
            // A little over the wanted rate, then cut to the exact count.
            DiaryData data = new DiaryData(DiaryBenchmark.TODAY, days, 1.05 * episodes / days, 7);
            if (data.episodes.size() < episodes) {
                throw new IllegalStateException("made " + data.episodes.size() + " episodes, wanted " + episodes);
            }
            List<Episode> cut = data.episodes.subList(0, episodes);
            Diary diary = new Diary(db);
            diary.addAll(account, cut, data.days);
            try (OutputStream out = Files.newOutputStream(csv)) {
                new DiaryExport(diary, KnowledgeBaseLoader.builtIn()).write(account, DiaryExport.Format.CSV, out);
            }
        } finally {
            DiaryBenchmark.delete(source);
        }
    }
}
