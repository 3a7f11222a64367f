package org.crampwise.app.feedback;

import org.crampwise.app.storage.Opened;
import org.crampwise.app.storage.OnEveryDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.crampwise.app.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Runs on SQLite and on PostgreSQL. */
@OnEveryDatabase
class FeedbackStoreTest {
    @Parameter
    Database.Kind kind;
    @Opened
    Database db;

    @Test
    void with_no_answers_there_are_no_counts() {
        assertThat(new FeedbackStore(db).counts()).isEmpty();
    }

    @Test
    void answers_are_counted_per_page_in_page_order() {
        FeedbackStore store = new FeedbackStore(db);
        store.record("what-is-a-cramp", true);
        store.record("causes", true);
        store.record("causes", false);
        store.record("causes", true);
        store.record("what-is-a-cramp", true);
        assertThat(store.counts()).containsExactly(
                new PageFeedback("causes", 2, 1),
                new PageFeedback("what-is-a-cramp", 2, 0));
    }

    @Test
    void an_answer_is_stored_with_its_page_and_time_and_nothing_else() throws SQLException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T09:30:15.123Z"), ZoneOffset.UTC);
        new FeedbackStore(db, clock).record("causes", false);
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM page_feedback")) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(4);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("page")).isEqualTo("causes");
            assertThat(rs.getInt("helpful")).isZero();
            assertThat(rs.getString("created_at")).isEqualTo("2026-11-26T09:30:15Z");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void the_share_helpful_is_a_whole_percentage_rounded_half_up() {
        assertThat(new PageFeedback("p", 2, 1).percentHelpful()).isEqualTo(67);
        assertThat(new PageFeedback("p", 1, 2).percentHelpful()).isEqualTo(33);
        assertThat(new PageFeedback("p", 1, 7).percentHelpful()).isEqualTo(13); // 12.5
        assertThat(new PageFeedback("p", 0, 3).percentHelpful()).isZero();
        assertThat(new PageFeedback("p", 0, 0).percentHelpful()).isZero();
    }
}
