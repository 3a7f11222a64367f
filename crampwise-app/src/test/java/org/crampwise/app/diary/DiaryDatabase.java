package org.crampwise.app.diary;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.crampwise.app.storage.Database;

/** Row counts straight from the tables, for the tests. */
public final class DiaryDatabase {
    static final List<String> TABLES = List.of("account", "session", "episode", "day_log");
    /**
     * Tables that belong to no account: they hold nothing about a person. The throttle's rows are
     * counts under SHA-256 hashes of typed addresses and client addresses (registered or not),
     * linked to no account, and deleted a day after their last failure.
     */
    static final Set<String> NOT_PERSONAL = Set.of("page_feedback", "flyway_schema_history", "throttle");

    private DiaryDatabase() {}

    /**
     * The number of rows of an account in every table that refers to accounts, found from the
     * database's catalog (foreign keys, followed through other tables), so a table added later is
     * counted too.
     *
     * @throws IllegalStateException for a table that neither refers to an account nor is known to
     *     hold nothing personal
     */
    public static Map<String, Long> rowsOf(Database db, long accountId) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = db.connection()) {
            Map<String, List<ForeignKey>> keys = foreignKeys(c);
            for (String table : keys.keySet()) {
                Optional<String> from = pathToAccount(table, keys, 0);
                if (from.isEmpty()) {
                    if (!NOT_PERSONAL.contains(table)) {
                        throw new IllegalStateException("table " + table + " has no link to account;"
                                + " if it holds nothing personal, add it to DiaryDatabase.NOT_PERSONAL");
                    }
                    continue;
                }
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + from.get())) {
                    s.setLong(1, accountId);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        out.put(table, rs.getLong(1));
                    }
                }
            }
        }
        return out;
    }

    private record ForeignKey(String column, String toTable, String toColumn) {}

    /** Every user table, with its foreign keys. */
    private static Map<String, List<ForeignKey>> foreignKeys(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = db(c).equals("postgresql") ? "public" : null;
        Map<String, List<ForeignKey>> out = new TreeMap<>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                if (!name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
                    out.put(name.toLowerCase(Locale.ROOT), new ArrayList<>());
                }
            }
        }
        for (Map.Entry<String, List<ForeignKey>> table : out.entrySet()) {
            try (ResultSet fks = meta.getImportedKeys(null, schema, table.getKey())) {
                while (fks.next()) {
                    table.getValue().add(new ForeignKey(fks.getString("FKCOLUMN_NAME"),
                            fks.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT), fks.getString("PKCOLUMN_NAME")));
                }
            }
        }
        return out;
    }

    private static String db(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    }

    /** "table [JOIN ...] WHERE ... = ?" selecting the rows of one account, or empty when none link to account. */
    private static Optional<String> pathToAccount(String table, Map<String, List<ForeignKey>> keys, int depth) {
        if (table.equals("account")) {
            return Optional.of("account WHERE account.id = ?");
        }
        if (depth > 5) {
            return Optional.empty();
        }
        for (ForeignKey fk : keys.getOrDefault(table, List.of())) {
            if (fk.toTable().equals("account")) {
                return Optional.of(table + " WHERE " + table + "." + fk.column() + " = ?");
            }
            Optional<String> rest = pathToAccount(fk.toTable(), keys, depth + 1);
            if (rest.isPresent()) {
                return Optional.of(table + " JOIN " + rest.get().replaceFirst(" WHERE ",
                        " ON " + table + "." + fk.column() + " = " + fk.toTable() + "." + fk.toColumn() + " WHERE "));
            }
        }
        return Optional.empty();
    }

    public static long count(Database db, String sql, Object... parameters) throws SQLException {
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
