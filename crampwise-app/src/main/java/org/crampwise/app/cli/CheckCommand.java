package org.crampwise.app.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crampwise.engine.AssessmentJson;
import org.crampwise.engine.Engine;
import org.crampwise.interview.Interview;
import org.crampwise.kb.KnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crampwise check}: the interview in a terminal, then the answer as text (or JSON). */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Answer a few questions about your cramp or pain, one at a time, and get advice.",
                "Type ? for why a question is asked, b to go back, q (or Ctrl-D) to stop. Nothing is saved."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done, or stopped with q", "2:invalid option (an unknown --region or --lang, a bad --width)",
                "3:the knowledge base is broken"})
public final class CheckCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print the assessment as JSON instead of text.")
    boolean json;

    @Option(names = "--kb", paramLabel = "DIR", description = "Use the knowledge base in DIR instead of the built-in one.")
    Path kbDir;

    @CommandLine.Mixin
    RegionOption region;

    @CommandLine.Mixin
    LanguageOption language;

    @Option(names = "--width", paramLabel = "COLUMNS",
            description = "Wrap text at COLUMNS characters (default: the terminal's width, or COLUMNS; no wrapping"
                    + " when the output is not a terminal).")
    Integer width;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KnowledgeBase base = KbOption.load(kbDir);
        Voice voice = Voice.of(base, region.of(base, spec), language.of(base, spec));
        Engine engine = new Engine(voice.kb());
        PrintWriter out = spec.commandLine().getOut();
        int columns = width != null ? width : WrappingWriter.terminalWidth();
        if (width != null && (width < 20 || width > 1000)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--width must be 20 to 1000 columns, not " + width);
        }
        if (columns > 0 && !json) {
            out = new PrintWriter(new WrappingWriter(out, columns), true);
        }
        Style style = Style.detect();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        // With --json the questions go to standard error, so standard output holds only the JSON.
        PrintWriter questions = json ? wrapped(spec.commandLine().getErr(), columns) : out;
        TerminalInterview.Finished end = new TerminalInterview(voice, new Interview(engine), in, questions, style).run();
        if (end == null) {
            return 0;
        }
        if (json) {
            out.print(new String(AssessmentJson.write(end.step().assessment(), true), StandardCharsets.UTF_8));
            out.flush();
        } else {
            ResultText.print(voice, end.step().assessment(), engine.watchFor(end.evidence()), out, style);
        }
        out.flush();
        return 0;
    }

    private static PrintWriter wrapped(PrintWriter w, int columns) {
        return columns > 0 ? new PrintWriter(new WrappingWriter(w, columns), true) : w;
    }
}
