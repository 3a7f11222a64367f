package org.crampwise.app.cli;

import org.crampwise.app.account.TestPasswords;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's mistake on the command line is one line on standard error saying what is wrong and
 * what to do, with an exit status that {@code crampwise --help} lists, and never a stack trace.
 */
class CommandLineMistakesTest {
    @TempDir
    Path dir;

    private static void oneLine(CommandLineRun r, int exit, String... words) {
        assertThat(r.exit()).as(r.err()).isEqualTo(exit);
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains(words).doesNotContain("at org.").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(Main_help()).contains("  " + exit + "   ");
    }

    private static String Main_help() {
        return CommandLineRun.run("", "--help").out();
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void the_help_lists_every_exit_status_including_a_broken_knowledge_base() {
        String help = Main_help();
        assertThat(help).contains("Exit status").contains("  0   done").contains("  1   could not do it")
                .contains("  2   invalid option").contains("  3   the knowledge base is broken");
    }

    @Test
    void a_port_out_of_range_is_one_line_and_exit_2() {
        oneLine(CommandLineRun.run("", "serve", "--port", "70000", "--data-dir", data()), 2,
                "--port must be 0 to 65535", "70000", "crampwise serve --help");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void a_port_in_use_is_one_line_and_exit_1() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            oneLine(CommandLineRun.run("", "serve", "--host", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort()),
                    "--data-dir", data()), 1, "port " + taken.getLocalPort(), "in use", "give another --port");
        }
    }

    @Test
    void a_missing_secret_file_is_one_line_and_exit_1() {
        oneLine(CommandLineRun.run("", "serve", "--port", "0", "--data-dir", data(), "--secret-file",
                dir.resolve("nowhere.key").toString()), 1, "cannot read the secret file", "nowhere.key", "--secret-file");
    }

    @Test
    void a_short_secret_file_is_one_line_and_exit_2() throws IOException {
        Path secret = Files.writeString(dir.resolve("short.key"), "too short");
        oneLine(CommandLineRun.run("", "serve", "--port", "0", "--data-dir", data(), "--secret-file", secret.toString()),
                2, "shorter than 32 characters", "write a longer one");
    }

    @Test
    void a_data_folder_that_cannot_be_written_is_one_line_and_exit_1() throws IOException {
        // Under a plain file: no user, not even root, can make a folder there.
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        oneLine(CommandLineRun.run("", "serve", "--port", "0", "--data-dir", file.resolve("data").toString()), 1,
                "cannot write in the data folder", "--data-dir");
    }

    @Test
    void an_output_folder_that_does_not_exist_is_one_line_and_exit_1() {
        oneLine(CommandLineRun.run("", "diary", "export", "--account", "ann@example.org", "--data-dir", data(),
                "--output", dir.resolve("missing/ann.csv").toString()), 1, "does not exist", "create it first", "--output");
    }

    @Test
    void a_missing_data_folder_for_the_feedback_report_is_one_line_and_exit_1() {
        oneLine(CommandLineRun.run("", "feedback", "report", "--data-dir", data()), 1,
                "there is no data folder", "--data-dir");
    }

    @Test
    void log_lines_never_mix_into_an_exported_diary_on_standard_output() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.open(data)) {
            new Accounts(db, TestPasswords.cheap()).register("ann@example.org", "correct horse battery staple");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.crampwise.app.Main", "diary", "export", "--account",
                "ann@example.org", "--format", "json", "--data-dir", data.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out.strip()).startsWith("{").endsWith("}").doesNotContain("\"logger\"");
    }
}
