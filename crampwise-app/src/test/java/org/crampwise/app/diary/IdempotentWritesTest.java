package org.crampwise.app.diary;

import org.crampwise.app.storage.Opened;
import org.crampwise.app.storage.OnEveryDatabase;
import org.crampwise.app.account.TestPasswords;
import org.crampwise.diary.DayLog;
import org.crampwise.diary.Episode;
import org.crampwise.diary.EpisodeContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.storage.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * A diary write sent again with the same key (a retry, an offline phone's queue) is stored once,
 * whether the sends come one after another or all at once. On SQLite and on PostgreSQL.
 */
@OnEveryDatabase
class IdempotentWritesTest {
    private static final int SENDS = 5;
    private static final Instant FAR = Instant.parse("2000-01-01T00:00:00Z");

    @Parameter
    Database.Kind kind;
    @Opened
    Database db;
    private Diary diary;
    private long ann;

    @BeforeEach
    void open() {
        diary = new Diary(db);
        ann = new Accounts(db, TestPasswords.cheap()).register("ann@example.org", "correct horse battery staple");
    }

    private static Episode cramp() {
        return new Episode(OffsetDateTime.parse("2026-11-26T03:10:00+01:00"), ZoneId.of("Europe/Paris"), 3, "calf",
                "left", 6, EpisodeContext.IN_BED, null, null);
    }

    private static DayLog day(LocalDate date, double alcohol) {
        return new DayLog(date, null, null, null, alcohol, null, null, null, null, List.of());
    }

    private List<StoredEpisode> all() {
        return diary.episodesBetween(ann, FAR, Instant.parse("2100-01-01T00:00:00Z"));
    }

    @Test
    void the_same_episode_sent_five_times_with_one_key_is_stored_once_and_every_send_gets_its_id() {
        IdempotencyKey key = new IdempotencyKey("7d5c3f0e-1f2a-4b7e-9a51-0c6f1d2e3a4b");
        List<IdempotencyKey.Outcome<Long>> outcomes = new ArrayList<>();
        for (int i = 0; i < SENDS; i++) {
            outcomes.add(diary.addEpisode(ann, cramp(), key));
        }
        assertThat(all()).hasSize(1);
        long id = all().get(0).id();
        assertThat(outcomes).extracting(IdempotencyKey.Outcome::value).containsOnly(id);
        assertThat(outcomes).extracting(IdempotencyKey.Outcome::replayed).containsExactly(false, true, true, true, true);
    }

    @Test
    void the_same_episode_sent_five_times_at_once_with_one_key_is_stored_once() throws Exception {
        IdempotencyKey key = new IdempotencyKey("at-once");
        ExecutorService pool = Executors.newFixedThreadPool(SENDS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<IdempotencyKey.Outcome<Long>>> sends = new ArrayList<>();
        for (int i = 0; i < SENDS; i++) {
            sends.add(pool.submit(() -> {
                go.await();
                return diary.addEpisode(ann, cramp(), key);
            }));
        }
        go.countDown();
        List<IdempotencyKey.Outcome<Long>> outcomes = new ArrayList<>();
        for (var f : sends) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(all()).hasSize(1);
        assertThat(outcomes).extracting(IdempotencyKey.Outcome::value).containsOnly(all().get(0).id());
        assertThat(outcomes).filteredOn(o -> !o.replayed()).hasSize(1);
    }

    @Test
    void different_keys_are_different_cramps_and_the_same_key_of_another_account_is_its_own() {
        long bob = new Accounts(db, TestPasswords.cheap()).register("bob@example.org", "another good passphrase");
        diary.addEpisode(ann, cramp(), new IdempotencyKey("one"));
        diary.addEpisode(ann, cramp(), new IdempotencyKey("two"));
        var bobs = diary.addEpisode(bob, cramp(), new IdempotencyKey("one"));
        assertThat(all()).hasSize(2);
        assertThat(bobs.replayed()).isFalse();
        assertThat(diary.episode(bob, bobs.value())).isPresent();
    }

    @Test
    void a_day_sent_again_with_its_key_does_not_undo_a_later_change_of_that_day() {
        LocalDate date = LocalDate.parse("2026-11-20");
        DayLog first = day(date, 3.0);
        IdempotencyKey key = new IdempotencyKey("day-key");
        assertThat(diary.putDay(ann, first, key)).as("replayed").isFalse();
        diary.putDay(ann, day(date, 0.0), new IdempotencyKey("later"));
        for (int i = 0; i < SENDS; i++) {
            assertThat(diary.putDay(ann, first, key)).as("replayed").isTrue();
        }
        assertThat(diary.day(ann, date).orElseThrow().alcoholUnits()).isEqualTo(0.0);
    }

    @Test
    void a_key_used_for_a_day_cannot_create_a_cramp() {
        diary.putDay(ann, DayLog.empty(LocalDate.parse("2026-11-20")), new IdempotencyKey("shared"));
        assertThatThrownBy(() -> diary.addEpisode(ann, cramp(), new IdempotencyKey("shared")))
                .isInstanceOf(IdempotencyKey.UsedForAnother.class);
        assertThat(all()).isEmpty();
    }

    @Test
    void erasing_the_account_erases_its_keys() {
        diary.addEpisode(ann, cramp(), new IdempotencyKey("k"));
        new Accounts(db, TestPasswords.cheap()).delete(ann);
        long again = new Accounts(db, TestPasswords.cheap()).register("ann@example.org", "correct horse battery staple");
        assertThat(diary.addEpisode(again, cramp(), new IdempotencyKey("k")).replayed()).isFalse();
    }
}
