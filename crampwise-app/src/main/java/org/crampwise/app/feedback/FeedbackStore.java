package org.crampwise.app.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.crampwise.app.storage.Database;

/**
 * Keeps the answers to "Was this page helpful?": the page and yes or no, with the time. Nothing
 * about the person who answered is stored.
 */
public final class FeedbackStore {
    private final Database database;
    private final Clock clock;

    public FeedbackStore(Database database) {
        this(database, Clock.systemUTC());
    }

    public FeedbackStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Stores one answer for a page. */
    public void record(String page, boolean helpful) {
        try (Database.WriteTurn turn = database.writeTurn();
             Connection c = database.connection();
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO page_feedback (page, helpful, created_at) VALUES (?, ?, ?)")) {
            s.setString(1, page);
            s.setInt(2, helpful ? 1 : 0);
            s.setString(3, clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store feedback for page '" + page + "'", e);
        }
    }

    /** The counts of yes and no for every page that has an answer, by page id. */
    public List<PageFeedback> counts() {
        String sql = "SELECT page, SUM(helpful), SUM(1 - helpful) FROM page_feedback GROUP BY page ORDER BY page";
        try (Connection c = database.connection();
             PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            List<PageFeedback> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new PageFeedback(rs.getString(1), rs.getInt(2), rs.getInt(3)));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the feedback", e);
        }
    }
}
