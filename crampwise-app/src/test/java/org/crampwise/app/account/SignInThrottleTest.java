package org.crampwise.app.account;

import org.crampwise.app.diary.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crampwise.app.storage.Database;
import org.crampwise.app.storage.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On SQLite; SeveralServersTest shows the same counts shared by two servers on PostgreSQL. */
class SignInThrottleTest {
    private static final String ADDRESS = "192.0.2.7";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T03:00:00Z"));
    @TempDir
    Path dir;
    private Database database;
    private SignInThrottle throttle;

    @BeforeEach
    void open() {
        database = TestDatabases.open(Database.Kind.SQLITE, dir);
        throttle = newThrottle();
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Another throttle on the same database and clock: as on another server. */
    private SignInThrottle newThrottle() {
        return new SignInThrottle(database, clock, SignInThrottle.PER_ACCOUNT, SignInThrottle.PER_ADDRESS,
                SignInThrottle.REGISTRATIONS);
    }

    /** Attempts that all fail, one straight after the other; the waits they were given. */
    private List<Duration> failInARow(String account, String address, int attempts) {
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            waits.add(throttle.attempt(account, address));
        }
        return waits;
    }

    @Test
    void the_first_five_failures_are_free_and_the_sixth_attempt_waits_a_second() {
        List<Duration> waits = failInARow("ann@example.org", ADDRESS, 6);

        assertThat(waits.subList(0, 5)).containsOnly(Duration.ZERO);
        assertThat(waits.get(5)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void the_wait_doubles_with_each_failure_after_waiting() {
        failInARow("ann@example.org", ADDRESS, 5);
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Duration wait = throttle.attempt("ann@example.org", ADDRESS);
            waits.add(wait);
            clock.advance(wait);
            assertThat(throttle.attempt("ann@example.org", ADDRESS)).isZero(); // after the wait: allowed, and fails
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8));
    }

    @Test
    void the_wait_never_exceeds_fifteen_minutes() {
        failInARow("ann@example.org", ADDRESS, 5);
        Duration wait = Duration.ZERO;
        for (int i = 0; i < 30; i++) {
            clock.advance(throttle.attempt("ann@example.org", ADDRESS));
            throttle.attempt("ann@example.org", ADDRESS);
            wait = throttle.attempt("ann@example.org", ADDRESS);
        }

        assertThat(wait).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void the_wait_counts_down_as_time_passes() {
        failInARow("ann@example.org", ADDRESS, 5);
        clock.advance(Duration.ofMillis(400));

        assertThat(throttle.attempt("ann@example.org", ADDRESS)).isEqualTo(Duration.ofMillis(600));
    }

    @Test
    void a_refused_attempt_does_not_make_the_wait_longer() {
        failInARow("ann@example.org", ADDRESS, 5);
        failInARow("ann@example.org", ADDRESS, 20); // all refused

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.attempt("ann@example.org", ADDRESS)).isZero();
    }

    @Test
    void success_forgets_the_failures_of_the_account() {
        failInARow("ann@example.org", ADDRESS, 4);
        throttle.attempt("ann@example.org", ADDRESS);
        throttle.succeeded("ann@example.org", ADDRESS);

        assertThat(failInARow("ann@example.org", ADDRESS, 5)).containsOnly(Duration.ZERO);
    }

    @Test
    void success_on_ones_own_account_does_not_clear_the_failures_of_the_address() {
        // A guesser signs in to an account of their own between guesses at other people's.
        for (int i = 0; i < 15; i++) {
            throttle.attempt("victim" + i + "@example.org", ADDRESS);
            throttle.attempt("guesser@example.org", ADDRESS);
            throttle.succeeded("guesser@example.org", ADDRESS);
        }
        for (int i = 15; i < 20; i++) {
            assertThat(throttle.attempt("victim" + i + "@example.org", ADDRESS)).isZero();
        }

        assertThat(throttle.attempt("victim99@example.org", ADDRESS)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void one_address_guessing_many_accounts_is_slowed_after_twenty_failures() {
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            waits.add(throttle.attempt("person" + i + "@example.org", ADDRESS));
        }

        assertThat(waits.subList(0, 20)).containsOnly(Duration.ZERO);
        assertThat(waits.get(20)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void many_addresses_guessing_one_account_are_slowed_after_five_failures() {
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            waits.add(throttle.attempt("ann@example.org", "198.51.100." + i));
        }

        assertThat(waits.get(5)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void another_account_from_another_address_is_not_slowed() {
        failInARow("ann@example.org", ADDRESS, 10);

        assertThat(throttle.attempt("bob@example.org", "198.51.100.1")).isZero();
    }

    @Test
    void an_unregistered_address_is_throttled_exactly_like_a_registered_one() {
        // The throttle never asks whether an account exists: the key is the address as typed.
        assertThat(SignInThrottle.accountKey("  Ann@Example.ORG ")).isEqualTo("ann@example.org");
        assertThat(failInARow(SignInThrottle.accountKey("nobody@example.org"), ADDRESS, 6))
                .isEqualTo(failInARow(SignInThrottle.accountKey("ann@example.org"), "198.51.100.1", 6));
    }

    @Test
    void failures_are_forgotten_after_a_day_without_one() {
        failInARow("ann@example.org", ADDRESS, 5);
        clock.advance(SignInThrottle.FORGET_AFTER);

        assertThat(failInARow("ann@example.org", ADDRESS, 5)).containsOnly(Duration.ZERO);
    }

    @Test
    void two_throttles_on_one_database_share_the_count() {
        SignInThrottle elsewhere = newThrottle();
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            waits.add((i % 2 == 0 ? throttle : elsewhere).attempt("ann@example.org", ADDRESS));
        }

        assertThat(waits.subList(0, 5)).containsOnly(Duration.ZERO);
        assertThat(waits.get(5)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void the_first_fifty_registrations_from_an_address_are_free_and_the_next_waits_a_second() {
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            waits.add(throttle.register(ADDRESS));
        }

        assertThat(waits.subList(0, 50)).containsOnly(Duration.ZERO);
        assertThat(waits.get(50)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.register("198.51.100.1")).as("another address").isZero();
    }

    @Test
    void registrations_and_sign_in_failures_are_counted_apart() {
        for (int i = 0; i < 50; i++) {
            throttle.register(ADDRESS);
        }

        assertThat(throttle.attempt("ann@example.org", ADDRESS)).isZero();
        failInARow("person@example.org", "198.51.100.1", 30);
        assertThat(throttle.register("198.51.100.1")).isZero();
    }

    @Test
    void registrations_are_forgotten_after_a_day_without_one() {
        for (int i = 0; i < 51; i++) {
            throttle.register(ADDRESS);
        }
        clock.advance(SignInThrottle.FORGET_AFTER);

        assertThat(throttle.register(ADDRESS)).isZero();
    }

    @Test
    void old_keys_are_dropped_when_new_ones_come() {
        throttle.attempt("ann@example.org", ADDRESS);
        clock.advance(SignInThrottle.FORGET_AFTER.plusSeconds(1));
        throttle.attempt("bob@example.org", "198.51.100.1");

        assertThat(throttle.size()).isEqualTo(2);
    }

    @Test
    void long_keys_take_bounded_memory_and_still_throttle() {
        String huge = "x".repeat(1_000_000);
        List<Duration> waits = failInARow(huge, ADDRESS, 6);

        assertThat(waits.get(5)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_policy_must_have_a_positive_first_wait_no_larger_than_the_cap() {
        assertThatThrownBy(() -> new SignInThrottle.Policy(5, Duration.ZERO, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInThrottle.Policy(5, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
