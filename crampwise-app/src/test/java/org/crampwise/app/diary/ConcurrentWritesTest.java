package org.crampwise.app.diary;

import org.crampwise.app.storage.Opened;
import org.crampwise.app.storage.OnEveryDatabase;
import org.crampwise.app.account.TestPasswords;
import org.crampwise.diary.DayLog;
import org.crampwise.diary.Episode;
import org.crampwise.diary.EpisodeContext;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.account.Sessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crampwise.app.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Eight people writing at once, as the load run does (each request looks up its session, then
 * writes): every write lands, and none waits long. Runs on SQLite and on PostgreSQL.
 */
@OnEveryDatabase
class ConcurrentWritesTest {
    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 150;

    @Parameter
    Database.Kind kind;
    @Opened
    Database db;

    @Test
    void eight_people_writing_at_once_all_get_their_writes_stored_without_a_long_wait() throws Exception {
        Accounts accounts = new Accounts(db, TestPasswords.cheap());
        Sessions sessions = new Sessions(db);
        Diary diary = new Diary(db);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Long>> slowest = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            long account = accounts.register("writer" + w + "@example.org", "correct horse battery staple");
            String session = sessions.create(account);
            slowest.add(pool.submit(() -> {
                long worst = 0;
                for (int i = 0; i < WRITES_EACH; i++) {
                    long started = System.nanoTime();
                    assertThat(sessions.find(session)).hasValue(account);
                    if (i % 2 == 0) {
                        diary.addEpisode(account, new Episode(OffsetDateTime.parse("2026-11-26T03:10:00Z"),
                                ZoneId.of("UTC"), 3, "calf", "left", 6, EpisodeContext.IN_BED, "stretching", null));
                    } else {
                        diary.putDay(account, DayLog.empty(LocalDate.parse("2026-01-01").plusDays(i)));
                    }
                    worst = Math.max(worst, System.nanoTime() - started);
                }
                return worst;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        long worst = 0;
        for (Future<Long> f : slowest) {
            worst = Math.max(worst, f.get());
        }
        System.out.printf("ConcurrentWritesTest %s: slowest request %d ms%n", kind, worst / 1_000_000);
        assertThat(Duration.ofNanos(worst)).isLessThan(Duration.ofSeconds(2));
        assertThat(DiaryDatabase.count(db, "SELECT COUNT(*) FROM episode"))
                .isEqualTo((long) WRITERS * WRITES_EACH / 2);
    }
}
