package org.crampwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;

/** The fast path of {@code assess --input FILE} answers exactly as the full command line does. */
@Isolated("it swaps System.in, System.out and System.err")
class QuickAssessTest {

    private record Run(int exit, String out, String err) {
    }

    private static synchronized Run quick(String stdin, String... args) throws Exception {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            OptionalInt exit = QuickAssess.run(args);
            assertThat(exit).as("the quick path takes " + String.join(" ", args)).isPresent();
            return new Run(exit.getAsInt(), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void the_quick_path_gives_the_same_output_errors_and_exit_status_as_picocli(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("e.json");
        Files.writeString(file, "{\"findings\":{\"one_leg_swollen\":true}}");
        String[][] cases = {
            {"{\"findings\":{\"location\":\"inner_thigh\"}}", "assess", "--input", "-"},
            {"{\"findings\":{\"age_years\":200}}", "assess", "-i", "-"},
            {"not json", "assess", "--input", "-"},
            {"", "assess", "--input", file.toString()},
            {"", "assess", "--input", dir.resolve("missing.json").toString()},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            Run fast = quick(c[0], args);
            CommandLineRun full = CommandLineRun.run(c[0], args);
            assertThat(fast.exit()).as(String.join(" ", args)).isEqualTo(full.exit());
            assertThat(fast.out()).as(String.join(" ", args)).isEqualTo(full.out());
            assertThat(fast.err()).as(String.join(" ", args)).isEqualTo(full.err());
        }
    }

    @Test
    void any_other_form_of_the_command_line_is_left_to_picocli() throws Exception {
        for (String[] args : new String[][] {{"assess"}, {"assess", "--input"}, {"assess", "--help", "-"},
                {"assess", "--input", "@file"}, {"assess", "--input", "-", "--kb", "x"}, {"check"}, {}}) {
            assertThat(QuickAssess.run(args)).as(String.join(" ", args)).isEmpty();
        }
    }
}
