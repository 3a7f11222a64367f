package org.crampwise.app.diary;

import org.crampwise.app.storage.Opened;
import org.crampwise.app.storage.OnEveryDatabase;
import org.crampwise.app.account.TestPasswords;
import org.crampwise.diary.DayLog;
import org.crampwise.diary.Episode;
import org.crampwise.diary.EpisodeContext;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.account.Passwords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crampwise.app.storage.Database;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs on SQLite and on PostgreSQL. */
@OnEveryDatabase
class DiaryTest {
    @Parameter
    Database.Kind kind;
    private static final Passwords PASSWORDS = TestPasswords.cheap();
    /** SQLite's and PostgreSQL's words for a broken constraint. */
    private static final String CHECK_FAILED = "(?s).*(CHECK constraint failed|violates check constraint).*";
    private static final String FOREIGN_KEY_FAILED =
            "(?s).*(FOREIGN KEY constraint failed|violates foreign key constraint).*";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Opened
    Database db;
    private Diary diary;
    private long ann;
    private long bob;

    @BeforeEach
    void open() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:30:00Z"));
        Accounts accounts = new Accounts(db, PASSWORDS, clock);
        ann = accounts.register("ann@example.org", "correct horse battery staple");
        bob = accounts.register("bob@example.org", "correct horse battery staple");
        diary = new Diary(db, clock);
    }

    private static Episode episode(String start, int minutes) {
        return new Episode(OffsetDateTime.parse(start), AMSTERDAM, minutes, "calf", "left", 6,
                EpisodeContext.IN_BED, "stretching", "woke me up");
    }

    @Test
    void an_added_episode_reads_back_as_it_was_written() {
        Episode e = episode("2026-11-26T03:10:00+01:00", 3);
        long id = diary.addEpisode(ann, e);
        StoredEpisode stored = diary.episode(ann, id).orElseThrow();
        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.episode()).isEqualTo(e);
        assertThat(stored.createdAt()).isEqualTo(Instant.parse("2026-11-26T09:30:00Z"));
    }

    @Test
    void interview_answers_saved_with_an_episode_read_back_as_they_were() {
        Episode e = new Episode(OffsetDateTime.parse("2026-11-26T03:10:00+01:00"), AMSTERDAM, 3, "calf", "left", 6,
                null, null, null, java.util.Map.of("one_leg_swollen", true, "age_years", 45, "side", "left",
                        "pain_score", 6.5));
        long id = diary.addEpisode(ann, e);
        assertThat(diary.episode(ann, id).orElseThrow().episode()).isEqualTo(e);
        assertThat(diary.episode(ann, id).orElseThrow().episode().findings())
                .containsEntry("age_years", 45L).containsEntry("one_leg_swollen", true).hasSize(4);
    }

    @Test
    void optional_fields_may_be_left_out() {
        Episode e = new Episode(OffsetDateTime.parse("2026-11-26T03:10:00Z"), ZoneId.of("UTC"), 0,
                null, null, null, null, null, null);
        long id = diary.addEpisode(ann, e);
        assertThat(diary.episode(ann, id)).hasValueSatisfying(s -> assertThat(s.episode()).isEqualTo(e));
    }

    @Test
    void an_episode_can_be_changed_and_deleted_by_its_owner() {
        long id = diary.addEpisode(ann, episode("2026-11-26T03:10:00+01:00", 3));
        Episode changed = new Episode(OffsetDateTime.parse("2026-11-26T04:00:00+01:00"), AMSTERDAM, 10, "foot",
                "right", 8, EpisodeContext.AFTER_EXERCISE, null, "worse");
        assertThat(diary.updateEpisode(ann, id, changed)).isTrue();
        assertThat(diary.episode(ann, id)).hasValueSatisfying(s -> assertThat(s.episode()).isEqualTo(changed));
        assertThat(diary.deleteEpisode(ann, id)).isTrue();
        assertThat(diary.episode(ann, id)).isEmpty();
        assertThat(diary.deleteEpisode(ann, id)).isFalse();
        assertThat(diary.updateEpisode(ann, id, changed)).isFalse();
    }

    @Test
    void another_person_cannot_read_change_or_delete_an_episode_by_guessing_its_id() {
        Episode original = episode("2026-11-26T03:10:00+01:00", 3);
        long id = diary.addEpisode(ann, original);
        Episode forged = episode("2020-01-01T00:00:00Z", 1440);
        for (long guess = id - 5; guess <= id + 5; guess++) {
            assertThat(diary.episode(bob, guess)).isEmpty();
            assertThat(diary.updateEpisode(bob, guess, forged)).isFalse();
            assertThat(diary.deleteEpisode(bob, guess)).isFalse();
        }
        assertThat(diary.episodesBetween(bob, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))).isEmpty();
        assertThat(diary.episode(ann, id)).hasValueSatisfying(s -> assertThat(s.episode()).isEqualTo(original));
    }

    @Test
    void another_person_cannot_read_a_day_log() {
        LocalDate day = LocalDate.parse("2026-11-25");
        diary.putDay(ann, new DayLog(day, 6, 2, 7.5, 1.0, 2, true, false, null, List.of("hot")));
        assertThat(diary.day(bob, day)).isEmpty();
        diary.putDay(bob, DayLog.empty(day));
        assertThat(diary.day(ann, day)).hasValueSatisfying(d -> assertThat(d.fluidsGlasses()).isEqualTo(6));
    }

    @Test
    void episodes_between_two_instants_are_compared_as_instants_whatever_their_offset() {
        long early = diary.addEpisode(ann, episode("2026-11-26T01:30:00+01:00", 1)); // 00:30Z
        long inNewYork = diary.addEpisode(ann, new Episode(OffsetDateTime.parse("2026-11-25T20:00:00-05:00"),
                ZoneId.of("America/New_York"), 2, null, null, null, null, null, null)); // 01:00Z
        long atTo = diary.addEpisode(ann, episode("2026-11-26T03:00:00+01:00", 3)); // 02:00Z
        long inTokyo = diary.addEpisode(ann, new Episode(OffsetDateTime.parse("2026-11-26T10:15:00+09:00"),
                ZoneId.of("Asia/Tokyo"), 4, null, null, null, null, null, null)); // 01:15Z
        diary.addEpisode(bob, episode("2026-11-26T02:00:00+01:00", 5));

        List<StoredEpisode> found = diary.episodesBetween(ann,
                Instant.parse("2026-11-26T00:30:00Z"), Instant.parse("2026-11-26T02:00:00Z"));

        assertThat(found).extracting(StoredEpisode::id).containsExactly(early, inNewYork, inTokyo);
        assertThat(diary.episodesBetween(ann, Instant.parse("2026-11-26T00:30:00.001Z"),
                Instant.parse("2026-11-26T02:00:00.001Z")))
                .extracting(StoredEpisode::id).containsExactly(inNewYork, inTokyo, atTo);
        assertThat(diary.episodesBetween(ann, Instant.parse("2026-11-26T02:00:00Z"),
                Instant.parse("2026-11-26T00:00:00Z"))).isEmpty();
    }

    @Test
    void eight_people_writing_at_once_lose_no_episode() throws Exception {
        int threads = 8;
        int each = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long account = t % 2 == 0 ? ann : bob;
                int thread = t;
                Callable<List<Long>> work = () -> {
                    go.await();
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        ids.add(diary.addEpisode(account,
                                episode("2026-11-26T03:10:00+01:00", thread * each + i % 1440)));
                    }
                    return ids;
                };
                results.add(pool.submit(work));
            }
            go.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : results) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(all).hasSize(threads * each).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        assertThat(DiaryDatabase.count(db, "SELECT COUNT(*) FROM episode")).isEqualTo(400);
        assertThat(DiaryDatabase.count(db, "SELECT COUNT(*) FROM episode WHERE account_id = ?", ann)).isEqualTo(200);
        assertThat(diary.episodesBetween(bob, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))).hasSize(200);
    }

    @Test
    void a_day_log_is_created_then_replaced_for_the_same_date() throws SQLException {
        LocalDate day = LocalDate.parse("2026-11-25");
        assertThat(diary.day(ann, day)).isEmpty();
        DayLog first = new DayLog(day, 6, 2, 7.5, 1.0, 2, true, false, 30, List.of("hot", "long walk"));
        diary.putDay(ann, first);
        assertThat(diary.day(ann, day)).contains(first);

        DayLog second = new DayLog(day, 8, null, null, null, 1, false, null, null, List.of());
        diary.putDay(ann, second);
        assertThat(diary.day(ann, day)).contains(second);
        assertThat(DiaryDatabase.count(db, "SELECT COUNT(*) FROM day_log WHERE account_id = ?", ann)).isEqualTo(1);

        diary.putDay(ann, DayLog.empty(day.plusDays(1)));
        assertThat(diary.daysBetween(ann, day.minusDays(3), day.plusDays(3)))
                .containsExactly(second, DayLog.empty(day.plusDays(1)));
    }

    @Test
    void values_out_of_range_are_refused_before_and_by_the_database() throws SQLException {
        assertThatThrownBy(() -> episode("2026-11-26T03:10:00+01:00", 1441)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Episode(OffsetDateTime.parse("2026-11-26T03:10:00Z"), AMSTERDAM, 1,
                null, null, 11, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DayLog(LocalDate.parse("2026-11-25"), null, 4, null, null, null, null, null,
                null, null)).isInstanceOf(IllegalArgumentException.class);
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            String insert = "INSERT INTO episode (account_id, start, zone, duration_minutes, pain_score, context, created_at)"
                    + " VALUES (" + ann + ", '2026-11-26T03:10:00Z', 'UTC', %s, %s, %s, 'now')";
            assertThatThrownBy(() -> s.executeUpdate(insert.formatted("-1", "NULL", "NULL")))
                    .hasMessageMatching(CHECK_FAILED);
            assertThatThrownBy(() -> s.executeUpdate(insert.formatted("1", "11", "NULL")))
                    .hasMessageMatching(CHECK_FAILED);
            assertThatThrownBy(() -> s.executeUpdate(insert.formatted("1", "NULL", "'running'")))
                    .hasMessageMatching(CHECK_FAILED);
            assertThatThrownBy(() -> s.executeUpdate(
                    "INSERT INTO day_log (account_id, date, exercise_level) VALUES (" + ann + ", '2026-11-25', 4)"))
                    .hasMessageMatching(CHECK_FAILED);
            assertThatThrownBy(() -> s.executeUpdate(
                    "INSERT INTO episode (account_id, start, zone, duration_minutes, created_at)"
                            + " VALUES (999999, '2026-11-26T03:10:00Z', 'UTC', 1, 'now')"))
                    .hasMessageMatching(FOREIGN_KEY_FAILED);
        }
    }
}
