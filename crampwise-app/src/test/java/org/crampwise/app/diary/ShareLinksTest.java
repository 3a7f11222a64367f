package org.crampwise.app.diary;

import org.crampwise.app.storage.Opened;
import org.crampwise.app.storage.OnEveryDatabase;
import org.crampwise.app.account.TestPasswords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.storage.Database;
import org.crampwise.app.storage.TokenDigest;
import org.crampwise.diary.Summary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Runs on SQLite and on PostgreSQL (the V5 migration of each). */
@OnEveryDatabase
class ShareLinksTest {
    private static final Summary.Period PERIOD = Summary.Period.endingOn(LocalDate.of(2026, 11, 26));

    @Parameter
    Database.Kind kind;
    @Opened
    Database db;
    private MutableClock clock;
    private ShareLinks links;
    private long ann;
    private long bob;

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
        Accounts accounts = new Accounts(db, TestPasswords.cheap(), clock);
        ann = accounts.register("ann@example.org", "correct horse battery staple");
        bob = accounts.register("bob@example.org", "correct horse battery staple");
        links = new ShareLinks(db, clock);
    }

    @Test
    void a_link_opens_the_summary_of_its_account_and_period_until_it_expires() {
        ShareLinks.Created made = links.create(ann, PERIOD, 3);
        assertThat(links.open(made.token())).get().satisfies(s -> {
            assertThat(s.accountId()).isEqualTo(ann);
            assertThat(s.period()).isEqualTo(PERIOD);
            assertThat(s.expires()).isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));
        });
        clock.advance(Duration.ofDays(3).minusSeconds(1));
        assertThat(links.open(made.token())).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(links.open(made.token())).isEmpty();
        assertThat(links.list(ann)).singleElement().satisfies(l -> assertThat(l.activeAt(clock.instant())).isFalse());
    }

    @Test
    void a_revoked_link_opens_nothing_like_a_wrong_one_and_only_its_owner_can_revoke_it() {
        ShareLinks.Created made = links.create(ann, PERIOD, 14);
        long id = made.link().id();
        assertThat(links.revoke(bob, id)).isFalse();
        assertThat(links.open(made.token())).isPresent();
        assertThat(links.revoke(ann, id)).isTrue();
        assertThat(links.revoke(ann, id)).isFalse();
        assertThat(links.open(made.token())).isEmpty();
        assertThat(links.open(made.token().substring(1) + "A")).isEmpty();
        assertThat(links.open("")).isEmpty();
        assertThat(links.open(null)).isEmpty();
        assertThat(links.list(ann)).singleElement().satisfies(l -> assertThat(l.revoked()).isNotNull());
        assertThat(links.list(bob)).isEmpty();
    }

    @Test
    void a_token_is_256_random_bits_and_the_database_keeps_only_its_sha_256() throws Exception {
        ShareLinks.Created a = links.create(ann, PERIOD, 1);
        ShareLinks.Created b = links.create(ann, PERIOD, 1);
        assertThat(Base64.getUrlDecoder().decode(a.token())).hasSize(32);
        assertThat(a.token()).isNotEqualTo(b.token());
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT token_hash FROM share_link ORDER BY id")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(TokenDigest.of(a.token())).hasSize(64).doesNotContain(a.token());
        }
    }

    @Test
    void a_link_lasts_one_to_fourteen_days() {
        assertThatThrownBy(() -> links.create(ann, PERIOD, 15)).hasMessageContaining("1 to 14 days");
        assertThatThrownBy(() -> links.create(ann, PERIOD, 0)).hasMessageContaining("1 to 14 days");
    }

    @Test
    void erasing_the_account_erases_its_links() throws Exception {
        links.create(ann, PERIOD, 2);
        new Accounts(db, TestPasswords.cheap(), clock).delete(ann);
        assertThat(DiaryDatabase.rowsOf(db, ann).values()).allMatch(n -> n == 0);
    }
}
