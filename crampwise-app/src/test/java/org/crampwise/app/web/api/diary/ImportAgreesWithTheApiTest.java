package org.crampwise.app.web.api.diary;

import org.crampwise.app.account.TestPasswords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.MutableClock;
import org.crampwise.app.diary.io.DiaryImport;
import org.crampwise.app.storage.Database;
import org.crampwise.app.storage.TestDatabases;
import org.crampwise.app.web.HttpError;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV import and the JSON API check an episode or a day with the same checks: the same values
 * are refused by both, with the same messages, each naming the same field (the API's
 * {@code painScore} is the CSV's {@code pain_score}).
 */
class ImportAgreesWithTheApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-28T09:30:00Z");
    private static final LocalDate LATEST = LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(1);
    private static final List<String> COLUMNS = List.of("kind", "start", "zone", "duration_minutes", "location", "side",
            "pain_score", "context", "helped", "notes", "findings", "date", "fluids_glasses", "exercise_level",
            "hours_sitting", "alcohol_units", "caffeine_drinks", "heavy_sweating", "new_medicine", "pregnancy_week",
            "tags");

    @TempDir
    Path dir;
    private Database db;
    private DiaryImport importer;
    private long ann;

    @BeforeEach
    void open() {
        db = TestDatabases.open(Database.Kind.SQLITE, dir);
        MutableClock clock = new MutableClock(NOW);
        ann = new Accounts(db, TestPasswords.cheap(), clock).register("ann@example.org", "correct horse battery staple");
        importer = new DiaryImport(new Diary(db, clock), KnowledgeBaseLoader.builtIn(), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A good episode's values, with some changed or added: name, value, name, value ... */
    private static Map<String, Object> episode(Object... more) {
        Map<String, Object> m = values("start", "2026-11-26T03:10:00+01:00", "zone", "Europe/Amsterdam", "durationMinutes", 3);
        m.putAll(values(more));
        return m;
    }

    /** Values by name: name, value, name, value ... */
    private static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void an_episode_the_api_refuses_is_refused_by_the_import_with_the_same_messages() throws Exception {
        List<Map<String, Object>> refused = List.of(
                episode("location", "knee"),
                episode("side", "middle", "painScore", 11),
                episode("start", "2027-06-01T10:00:00+01:00", "zone", "+01:00"),
                episode("start", "1850-01-01T00:00:00Z", "zone", "Z"),
                episode("zone", "Europe/London"),
                episode("durationMinutes", 2000, "context", "lying"),
                episode("findings", Map.of("no_such_finding", true, "at_night_in_bed", 3)),
                episode("helped", "x".repeat(501), "notes", "y".repeat(4001)));
        EpisodeReader api = new EpisodeReader(KnowledgeBaseLoader.builtIn());
        for (Map<String, Object> values : refused) {
            HttpError.BadRequest bad = catchThrowableOfType(HttpError.BadRequest.class,
                    () -> api.read(JSON.writeValueAsBytes(values), NOW));
            assertThat(bad).as("the API refuses %s", values).isNotNull();
            assertThat(imported("episode", values)).as("%s", values).isEqualTo(asColumns(bad.fieldProblems()));
        }
        assertThat(imported("episode", episode("location", "calf", "side", "left", "findings",
                Map.of("at_night_in_bed", true)))).as("a good one").isEmpty();
    }

    @Test
    void a_day_the_api_refuses_is_refused_by_the_import_with_the_same_messages() throws Exception {
        LocalDate date = LocalDate.of(2026, 11, 26);
        List<Map<String, Object>> refused = List.of(
                values("exerciseLevel", 4, "pregnancyWeek", 0),
                values("hoursSitting", 25, "tags", List.of("curry", "z".repeat(41))),
                values("fluidsGlasses", 2.5, "caffeineDrinks", 101, "alcoholUnits", 100.5));
        for (Map<String, Object> values : refused) {
            HttpError.BadRequest bad = catchThrowableOfType(HttpError.BadRequest.class,
                    () -> DayReader.read(date, LATEST, JSON.writeValueAsBytes(values)));
            assertThat(bad).as("the API refuses %s", values).isNotNull();
            Map<String, Object> row = new LinkedHashMap<>(values);
            row.put("date", date.toString());
            assertThat(imported("day", row)).as("%s", values).isEqualTo(asColumns(bad.fieldProblems()));
        }
        LocalDate future = LATEST.plusDays(1);
        HttpError.BadRequest bad = catchThrowableOfType(HttpError.BadRequest.class,
                () -> DayReader.read(future, LATEST, "{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(imported("day", values("date", future.toString()))).isEqualTo(asColumns(bad.fieldProblems()));
    }

    /** The import's problems of one record, as "column: message". */
    private List<String> imported(String kind, Map<String, Object> values) throws Exception {
        String[] cells = new String[COLUMNS.size()];
        cells[0] = kind;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue();
            cells[COLUMNS.indexOf(column(e.getKey()))] = v instanceof Map<?, ?> ? JSON.writeValueAsString(v)
                    : v instanceof List<?> l ? String.join(",", l.stream().map(Object::toString).toList())
                    : v.toString();
        }
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (int i = 0; i < cells.length; i++) {
            csv.append(i == 0 ? "" : ",").append(cells[i] == null ? "" : '"' + cells[i].replace("\"", "\"\"") + '"');
        }
        DiaryImport.Result r = importer.run(ann, new StringReader(csv.append('\n').toString()), false,
                DiaryImport.Progress.NONE);
        List<String> out = new ArrayList<>();
        r.bad().forEach(b -> out.add(b.column() + ": " + b.reason()));
        return out;
    }

    private static List<String> asColumns(List<HttpError.FieldProblem> problems) {
        return problems.stream().map(p -> column(p.field()) + ": " + p.message()).toList();
    }

    /** {@code painScore} is the column {@code pain_score}; {@code tags[1]} and {@code findings.x} keep their part. */
    private static String column(String field) {
        int end = field.replaceAll("[.\\[].*", "").length();
        return field.substring(0, end).replaceAll("([A-Z])", "_$1").toLowerCase() + field.substring(end);
    }
}
