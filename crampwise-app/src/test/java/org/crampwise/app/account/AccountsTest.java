package org.crampwise.app.account;

import org.crampwise.app.storage.Opened;
import org.crampwise.app.storage.OnEveryDatabase;
import org.crampwise.diary.DayLog;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.DiaryDatabase;
import org.crampwise.diary.Episode;
import org.crampwise.diary.EpisodeContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.crampwise.app.storage.Database;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs on SQLite and on PostgreSQL. */
@OnEveryDatabase
class AccountsTest {
    @Parameter
    Database.Kind kind;
    private static final String PASSWORD = "correct horse battery staple";
    private static final Passwords PASSWORDS = new Passwords();

    @Opened
    Database db;
    private Accounts accounts;

    @BeforeEach
    void open() {
        accounts = new Accounts(db, PASSWORDS);
    }

    @Test
    void a_registered_person_signs_in_with_their_email_and_password() {
        long id = accounts.register("ann@example.org", PASSWORD);
        assertThat(accounts.authenticate("ann@example.org", PASSWORD)).hasValue(id);
    }

    @Test
    void the_email_is_normalised_so_case_and_spaces_do_not_matter() {
        long id = accounts.register("  Ann@Example.ORG ", PASSWORD);
        assertThat(accounts.email(id)).contains("ann@example.org");
        assertThat(accounts.authenticate("ANN@example.org", PASSWORD)).hasValue(id);
    }

    @Test
    void a_wrong_password_does_not_sign_in() {
        accounts.register("ann@example.org", PASSWORD);
        assertThat(accounts.authenticate("ann@example.org", PASSWORD + "!")).isEmpty();
        assertThat(accounts.authenticate("ann@example.org", "")).isEmpty();
        assertThat(accounts.authenticate("ann@example.org", null)).isEmpty();
    }

    @Test
    void an_unknown_email_does_not_sign_in() {
        accounts.register("ann@example.org", PASSWORD);
        assertThat(accounts.authenticate("bob@example.org", PASSWORD)).isEmpty();
        assertThat(accounts.authenticate("not an address", PASSWORD)).isEmpty();
        assertThat(accounts.authenticate(null, PASSWORD)).isEmpty();
    }

    @Test
    void the_password_is_stored_only_as_an_argon2id_hash() throws SQLException {
        long id = accounts.register("ann@example.org", PASSWORD);
        assertThat(DiaryDatabase.count(db,
                "SELECT COUNT(*) FROM account WHERE id = ? AND password_hash LIKE '$argon2id$v=19$m=19456,t=2,p=1$%'", id))
                .isEqualTo(1);
        assertThat(DiaryDatabase.count(db, "SELECT COUNT(*) FROM account WHERE password_hash LIKE ?", "%" + PASSWORD + "%"))
                .isZero();
    }

    @Test
    void short_and_common_passwords_are_refused() {
        assertThatThrownBy(() -> accounts.register("ann@example.org", "abc123!"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.PASSWORD_TOO_SHORT));
        assertThatThrownBy(() -> accounts.register("ann@example.org", "Password1"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.PASSWORD_TOO_COMMON));
        assertThat(accounts.authenticate("ann@example.org", "Password1")).isEmpty();
    }

    @Test
    void an_address_that_is_not_an_email_is_refused() {
        for (String bad : new String[] {"", "ann", "ann@", "@example.org", "ann@example", "a b@example.org",
                "ann@@example.org", "a".repeat(250) + "@example.org"}) {
            assertThatThrownBy(() -> accounts.register(bad, PASSWORD))
                    .as(bad)
                    .isInstanceOfSatisfying(AccountException.class,
                            e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.INVALID_EMAIL));
        }
    }

    @Test
    void an_email_can_have_only_one_account_whatever_its_case() {
        accounts.register("ann@example.org", PASSWORD);
        assertThatThrownBy(() -> accounts.register("ANN@example.org", "another good passphrase"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.EMAIL_TAKEN));
        assertThat(accounts.authenticate("ann@example.org", "another good passphrase")).isEmpty();
    }

    @Test
    void deleting_an_account_leaves_no_row_of_it_in_any_table() throws SQLException {
        long ann = accounts.register("ann@example.org", PASSWORD);
        long bob = accounts.register("bob@example.org", PASSWORD);
        Sessions sessions = new Sessions(db);
        Diary diary = new Diary(db);
        for (long id : new long[] {ann, bob}) {
            sessions.create(id);
            sessions.create(id);
            diary.addEpisode(id, new Episode(OffsetDateTime.parse("2026-11-26T03:10:00+01:00"),
                    ZoneId.of("Europe/Amsterdam"), 3, "calf", "left", 6, EpisodeContext.IN_BED, "stretching", null));
            diary.putDay(id, new DayLog(LocalDate.parse("2026-11-25"), 6, 2, 7.5, 0.0, 2, false, false, null,
                    List.of("hot")));
        }
        Map<String, Long> before = DiaryDatabase.rowsOf(db, ann);
        assertThat(before).containsAllEntriesOf(Map.of("account", 1L, "session", 2L, "episode", 1L, "day_log", 1L));
        Map<String, Long> bobBefore = DiaryDatabase.rowsOf(db, bob);

        assertThat(accounts.delete(ann)).isTrue();

        // Every table that refers to accounts, as the catalog tells, not a list written here.
        Map<String, Long> after = DiaryDatabase.rowsOf(db, ann);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(DiaryDatabase.rowsOf(db, bob)).isEqualTo(bobBefore);
        assertThat(accounts.authenticate("ann@example.org", PASSWORD)).isEmpty();
        assertThat(accounts.delete(ann)).isFalse();
    }
}
