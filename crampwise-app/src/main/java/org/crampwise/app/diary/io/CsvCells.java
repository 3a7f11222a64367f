package org.crampwise.app.diary.io;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crampwise.app.input.Fields;
import org.crampwise.app.input.Invalid;
import org.crampwise.app.input.JsonTree;
import org.crampwise.app.input.JsonValue;

/**
 * The cells of a diary CSV record as the fields the API's checks read ({@code pain_score} as
 * {@code painScore}): a number cell becomes a number when it reads as one, {@code true}/{@code false}
 * a yes/no, the tags a list, the findings the JSON object they hold; anything else stays text, for
 * the checks to refuse with what is allowed. So a record is accepted exactly when the same values
 * sent to the API would be, with the same messages.
 */
final class CsvCells {
    private static final Set<String> NUMBERS = Set.of("duration_minutes", "pain_score", "fluids_glasses",
            "exercise_level", "hours_sitting", "alcohol_units", "caffeine_drinks", "pregnancy_week");
    private static final Set<String> YES_NO = Set.of("heavy_sweating", "new_medicine");
    /** What the findings cell must hold, when it is not JSON at all. */
    static final String FINDINGS_RULE = "must be a JSON object of finding ids to answers, such as {\"at_night_in_bed\":true}";

    private CsvCells() {
    }

    /**
     * The fields of the cells {@code from} to {@code to} (exclusive) of {@code cells} (in
     * {@link DiaryCsv#COLUMNS} order); a cell not given (null) is a field not given.
     */
    static Fields fields(String[] cells, int from, int to) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        List<String> notJson = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (cells[i] == null) {
                continue;
            }
            String column = DiaryCsv.COLUMNS.get(i);
            JsonValue value = value(column, cells[i]);
            if (value == null) {
                notJson.add(column);
            } else {
                members.put(field(column), value);
            }
        }
        Fields f = Fields.ofCells(new JsonValue.Obj(members));
        notJson.forEach(column -> f.problem(field(column), FINDINGS_RULE));
        return f;
    }

    /** The cell as a value of its column's type; null for findings that are not a JSON object. */
    private static JsonValue value(String column, String cell) {
        if (NUMBERS.contains(column)) {
            try {
                BigDecimal n = new BigDecimal(cell.strip());
                return new JsonValue.Num(n, n.scale() <= 0);
            } catch (NumberFormatException e) {
                return new JsonValue.Text(cell);
            }
        }
        if (YES_NO.contains(column)) {
            return switch (cell.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> new JsonValue.Bool(true);
                case "false" -> new JsonValue.Bool(false);
                default -> new JsonValue.Text(cell);
            };
        }
        if (column.equals("tags")) {
            List<JsonValue> tags = new ArrayList<>();
            for (String t : cell.split(",", -1)) {
                tags.add(new JsonValue.Text(t));
            }
            return new JsonValue.Arr(tags);
        }
        if (column.equals("findings")) {
            try {
                return JsonTree.object(cell.getBytes(StandardCharsets.UTF_8));
            } catch (Invalid e) {
                return null;
            }
        }
        return new JsonValue.Text(cell);
    }

    /** A column's field name: {@code pain_score} is {@code painScore}. */
    static String field(String column) {
        StringBuilder sb = new StringBuilder(column.length());
        for (int i = 0; i < column.length(); i++) {
            char c = column.charAt(i);
            if (c == '_' && i + 1 < column.length()) {
                sb.append(Character.toUpperCase(column.charAt(++i)));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The column a field's problem is in, with the part inside it: {@code painScore} is
     * {@code pain_score}, {@code tags[2]} stays, {@code findings.age_years} stays.
     */
    static String column(String field) {
        int end = field.length();
        for (int i = 0; i < field.length(); i++) {
            if (field.charAt(i) == '.' || field.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        StringBuilder sb = new StringBuilder(field.length() + 4);
        for (int i = 0; i < end; i++) {
            char c = field.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(field, end, field.length()).toString();
    }
}
