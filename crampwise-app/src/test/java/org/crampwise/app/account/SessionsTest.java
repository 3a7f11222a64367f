package org.crampwise.app.account;

import org.crampwise.app.storage.Opened;
import org.crampwise.app.storage.OnEveryDatabase;
import org.crampwise.app.diary.DiaryDatabase;
import org.crampwise.app.diary.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.crampwise.app.storage.Database;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs on SQLite and on PostgreSQL. */
@OnEveryDatabase
class SessionsTest {
    @Parameter
    Database.Kind kind;
    @Opened
    Database db;
    private MutableClock clock;
    private Sessions sessions;
    private long ann;

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-11-26T08:00:00Z"));
        sessions = new Sessions(db, clock, Duration.ofMinutes(30), Duration.ofHours(12));
        ann = new Accounts(db, TestPasswords.cheap(), clock).register("ann@example.org", "correct horse battery staple");
    }

    @Test
    void a_new_session_finds_its_account() {
        String id = sessions.create(ann);
        assertThat(id).matches("[A-Za-z0-9_-]{43}");
        assertThat(sessions.find(id)).hasValue(ann);
    }

    @Test
    void every_session_gets_a_different_id() {
        assertThat(sessions.create(ann)).isNotEqualTo(sessions.create(ann));
    }

    @Test
    void only_the_sha256_of_the_id_is_stored() throws SQLException {
        String id = sessions.create(ann);
        assertThat(DiaryDatabase.count(db, "SELECT COUNT(*) FROM session WHERE id = ?", id)).isZero();
        assertThat(DiaryDatabase.count(db, "SELECT COUNT(*) FROM session WHERE id = ?", Sessions.digest(id))).isEqualTo(1);
        assertThat(Sessions.digest(id)).hasSize(64);
    }

    @Test
    void an_unknown_or_empty_id_finds_nothing() {
        sessions.create(ann);
        assertThat(sessions.find("not-a-session")).isEmpty();
        assertThat(sessions.find("")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }

    @Test
    void a_session_left_idle_for_the_idle_timeout_ends() throws SQLException {
        String id = sessions.create(ann);
        clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        assertThat(sessions.find(id)).hasValue(ann);
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.find(id)).isEmpty();
        assertThat(DiaryDatabase.count(db, "SELECT COUNT(*) FROM session")).isZero();
        clock.advance(Duration.ofMinutes(-30));
        assertThat(sessions.find(id)).as("an ended session does not come back").isEmpty();
    }

    @Test
    void uses_within_a_minute_of_the_stored_last_use_do_not_write_it_again() throws SQLException {
        String id = sessions.create(ann);
        Instant created = clock.instant();
        clock.advance(Duration.ofSeconds(59));
        assertThat(sessions.find(id)).hasValue(ann);
        assertThat(lastSeen()).isEqualTo(created.toString());
        clock.advance(Duration.ofSeconds(1));
        assertThat(sessions.find(id)).hasValue(ann);
        assertThat(lastSeen()).isEqualTo(clock.instant().toString());
    }

    @Test
    void a_session_used_every_half_minute_stays_and_one_left_idle_after_such_uses_still_ends() {
        String id = sessions.create(ann);
        for (int i = 0; i < 120; i++) { // an hour, longer than the idle time-out
            clock.advance(Duration.ofSeconds(30));
            assertThat(sessions.find(id)).hasValue(ann);
        }
        // The last use that was written is at most a minute old: idle for the time-out from it ends the session.
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.find(id)).isEmpty();
    }

    private String lastSeen() throws SQLException {
        try (var c = db.connection(); var s = c.prepareStatement("SELECT last_seen_at FROM session");
             var rs = s.executeQuery()) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    @Test
    void a_session_used_all_the_time_still_ends_after_the_absolute_timeout() {
        String id = sessions.create(ann);
        for (int i = 0; i < 12 * 4 - 1; i++) { // every 15 minutes up to 11:45
            clock.advance(Duration.ofMinutes(15));
            assertThat(sessions.find(id)).hasValue(ann);
        }
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(sessions.find(id)).hasValue(ann);
        clock.advance(Duration.ofSeconds(1)); // exactly 12 hours
        assertThat(sessions.find(id)).isEmpty();
    }

    @Test
    void signing_out_ends_the_session_and_only_that_one() {
        String one = sessions.create(ann);
        String two = sessions.create(ann);
        assertThat(sessions.delete(one)).isTrue();
        assertThat(sessions.delete(one)).isFalse();
        assertThat(sessions.find(one)).isEmpty();
        assertThat(sessions.find(two)).hasValue(ann);
        assertThat(sessions.deleteAll(ann)).isEqualTo(1);
        assertThat(sessions.find(two)).isEmpty();
    }

    @Test
    void ended_sessions_can_be_cleared_in_one_go() throws SQLException {
        sessions.create(ann);
        clock.advance(Duration.ofMinutes(20));
        String recent = sessions.create(ann);
        clock.advance(Duration.ofMinutes(15));
        assertThat(sessions.deleteEnded()).isEqualTo(1);
        assertThat(sessions.find(recent)).hasValue(ann);
        assertThat(DiaryDatabase.count(db, "SELECT COUNT(*) FROM session")).isEqualTo(1);
    }
}
