package org.crampwise.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crampwise.app.Main;
import org.crampwise.app.storage.Database;
import org.crampwise.app.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FeedbackCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void the_report_prints_per_page_counts_and_the_share_helpful_as_an_aligned_table(@TempDir Path dir) {
        FeedbackStore store = new FeedbackStore(Database.open(dir));
        for (int i = 0; i < 12; i++) {
            store.record("when-it-is-something-else", i % 4 != 0);
        }
        store.record("causes", true);
        store.record("causes", true);
        store.record("causes", false);
        store.record("what-is-a-cramp", false);

        Run r = run("feedback", "report", "--data-dir", dir.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(),
                "Page                       Yes  No  Helpful",
                "causes                       2   1      67%",
                "what-is-a-cramp              0   1       0%",
                "when-it-is-something-else    9   3      75%",
                ""));
    }

    @Test
    void with_a_postgresql_url_the_report_reads_that_database_and_not_the_data_folder(@TempDir Path dir) {
        String url = TestDatabases.newPostgresqlUrl();
        try (Database db = Database.connect(url)) {
            new FeedbackStore(db).record("causes", true);
        }
        Path data = dir.resolve("none");

        Run r = run("feedback", "report", "--data-dir", data.toString(), "--db", url);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(),
                "Page    Yes  No  Helpful",
                "causes    1   0     100%",
                ""));
        assertThat(Files.exists(data)).as("no SQLite database is made").isFalse();
    }

    @Test
    void a_database_url_that_is_not_postgresql_is_a_clear_error(@TempDir Path dir) {
        Run r = run("feedback", "report", "--data-dir", dir.toString(), "--db", "mysql://localhost/crampwise");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("postgresql://");
    }

    @Test
    void with_an_empty_database_the_report_says_there_is_no_feedback_yet(@TempDir Path dir) {
        Database.open(dir);
        Run r = run("feedback", "report", "--data-dir", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("No feedback yet." + System.lineSeparator());
    }

    @Test
    void with_a_data_folder_but_no_database_the_report_says_there_is_no_feedback_yet_and_creates_nothing(
            @TempDir Path dir) {
        Run r = run("feedback", "report", "--data-dir", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("No feedback yet." + System.lineSeparator());
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void feedback_alone_prints_its_usage_naming_report() {
        Run r = run("feedback");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: crampwise feedback").contains("report");
    }
}
