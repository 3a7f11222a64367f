package org.crampwise.app.diary;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The cells of one row, read left to right in the order of the SELECT's column list: from JDBC,
 * or from the JSON array a query built of the same columns ({@link DiaryFacts}). So each table's
 * row is mapped to its record in one place ({@link DiaryRows}), whichever way it was fetched.
 * Absent values (SQL NULL) are null.
 */
sealed interface RowCells permits RowCells.Jdbc, RowCells.Json {

    String text() throws SQLException;

    Integer integer() throws SQLException;

    Double number() throws SQLException;

    long id() throws SQLException;

    /** The current row of a result set, from its first column. */
    static RowCells of(ResultSet rs) {
        return new Jdbc(rs);
    }

    /** The values of a JSON array, the parser on its {@code [}. */
    static RowCells of(JsonParser p) {
        return new Json(p);
    }

    final class Jdbc implements RowCells {
        private final ResultSet rs;
        private int column;

        private Jdbc(ResultSet rs) {
            this.rs = rs;
        }

        @Override
        public String text() throws SQLException {
            return rs.getString(++column);
        }

        @Override
        public Integer integer() throws SQLException {
            int v = rs.getInt(++column);
            return rs.wasNull() ? null : v;
        }

        @Override
        public Double number() throws SQLException {
            double v = rs.getDouble(++column);
            return rs.wasNull() ? null : v;
        }

        @Override
        public long id() throws SQLException {
            return rs.getLong(++column);
        }
    }

    final class Json implements RowCells {
        private final JsonParser p;

        private Json(JsonParser p) {
            this.p = p;
        }

        @FunctionalInterface
        private interface Value<T> {
            T of(JsonParser p) throws IOException;
        }

        /** The next value of the array; null for a JSON null. */
        private <T> T next(Value<T> value) {
            try {
                return p.nextToken() == JsonToken.VALUE_NULL ? null : value.of(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String text() {
            return next(JsonParser::getText);
        }

        @Override
        public Integer integer() {
            return next(JsonParser::getIntValue);
        }

        @Override
        public Double number() {
            return next(JsonParser::getDoubleValue);
        }

        @Override
        public long id() {
            return next(JsonParser::getLongValue);
        }
    }
}
