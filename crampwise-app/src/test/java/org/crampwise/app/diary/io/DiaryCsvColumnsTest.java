package org.crampwise.app.diary.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.MutableClock;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.Test;

/**
 * README's table of the CSV columns says what the checks themselves say: each column is given a
 * value the checks refuse, and what they answer ("must be a whole number from 0 to 10") must be
 * what the table allows ("a whole number from 0 to 10"). A rule changed in the checks and not in
 * the README fails here.
 */
class DiaryCsvColumnsTest {
    /** For each column, values the checks refuse, each telling one rule of the column. */
    private static final Map<String, List<String>> PROBES = new LinkedHashMap<>();

    static {
        PROBES.put("kind", List.of("week"));
        PROBES.put("start", List.of("soon", "1850-01-01T00:00:00Z"));
        PROBES.put("zone", List.of("Mars/Olympus"));
        PROBES.put("duration_minutes", List.of("x", "1441"));
        PROBES.put("location", List.of("knee"));
        PROBES.put("side", List.of("middle"));
        PROBES.put("pain_score", List.of("11"));
        PROBES.put("context", List.of("lying"));
        PROBES.put("helped", List.of("h".repeat(501)));
        PROBES.put("notes", List.of("n".repeat(4001)));
        PROBES.put("findings", List.of("{oops"));
        PROBES.put("date", List.of("2026-13-01"));
        PROBES.put("fluids_glasses", List.of("-1"));
        PROBES.put("exercise_level", List.of("4"));
        PROBES.put("hours_sitting", List.of("25"));
        PROBES.put("alcohol_units", List.of("lots"));
        PROBES.put("caffeine_drinks", List.of("1.5"));
        PROBES.put("heavy_sweating", List.of("maybe"));
        PROBES.put("new_medicine", List.of("yes"));
        PROBES.put("pregnancy_week", List.of("0"));
        PROBES.put("tags", List.of("t".repeat(41), "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u"));
    }

    @Test
    void the_readme_table_lists_every_column_with_what_the_checks_allow() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:30:00Z"));
        DiaryImport importer = new DiaryImport(new Diary(null, clock), KnowledgeBaseLoader.builtIn(), clock);
        assertThat(PROBES.keySet()).as("every column is probed").containsExactlyElementsOf(DiaryCsv.COLUMNS);
        for (Map.Entry<String, List<String>> column : PROBES.entrySet()) {
            String row = readme.lines().filter(l -> l.startsWith("| `" + column.getKey() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError("README has no row for the column " + column.getKey()));
            for (String value : column.getValue()) {
                String reason = refusal(importer, column.getKey(), value);
                assertThat(row).as("README's row for %s allows what the checks say for %s", column.getKey(), value)
                        .contains(reason.replaceFirst("^must (be )?", ""));
            }
        }
        long rows = readme.lines().filter(l -> l.matches("\\| `[a-z_]+` \\| (episode|day|both).*")).count();
        assertThat(rows).as("no row for a column that does not exist").isEqualTo(DiaryCsv.COLUMNS.size());
    }

    /** What the checks say about the one column of a record with this value in it. */
    private static String refusal(DiaryImport importer, String column, String value) throws Exception {
        int at = DiaryCsv.COLUMNS.indexOf(column);
        String kind = column.equals("kind") ? value : at < DiaryCsv.DAY_FROM ? "episode" : "day";
        Map<String, String> cells = new LinkedHashMap<>();
        if (kind.equals("episode")) {
            cells.put("start", "2026-11-26T03:10:00+01:00");
            cells.put("duration_minutes", "3");
        } else {
            cells.put("date", "2026-11-26");
        }
        cells.put(column, value);
        cells.put("kind", kind);
        String csv = String.join(",", cells.keySet()) + "\n"
                + String.join(",", cells.values().stream().map(v -> '"' + v.replace("\"", "\"\"") + '"').toList()) + "\n";
        DiaryImport.Parsed p = importer.parse(new StringReader(csv), DiaryImport.Progress.NONE);
        assertThat(p.bad()).as("%s=%s is refused", column, value).hasSize(1);
        assertThat(p.bad().get(0).column()).startsWith(column);
        return p.bad().get(0).reason();
    }
}
