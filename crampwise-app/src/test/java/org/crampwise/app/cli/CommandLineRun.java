package org.crampwise.app.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.crampwise.app.Main;
import picocli.CommandLine;

/** Runs the command line in-process with a given standard input, capturing its output. */
public record CommandLineRun(int exit, String out, String err) {

    public static synchronized CommandLineRun run(String stdin, String... args) {
        InputStream oldIn = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int exit = cl.execute(args);
            return new CommandLineRun(exit, out.toString(), err.toString());
        } finally {
            System.setIn(oldIn);
        }
    }
}
