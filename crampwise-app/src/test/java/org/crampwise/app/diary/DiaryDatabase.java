package org.crampwise.app.diary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampwise.app.storage.Database;

/** Row counts straight from the tables, for the tests. */
final class DiaryDatabase {
    static final List<String> TABLES = List.of("account", "session", "episode", "day_log");

    private DiaryDatabase() {}

    /** The number of rows of an account in each diary table. */
    static Map<String, Long> rowsOf(Database db, long accountId) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String table : TABLES) {
            String column = table.equals("account") ? "id" : "account_id";
            out.put(table, count(db, "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", accountId));
        }
        return out;
    }

    static long count(Database db, String sql, Object... parameters) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
