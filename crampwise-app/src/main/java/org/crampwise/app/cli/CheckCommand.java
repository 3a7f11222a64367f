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
                "Type ? for why a question is asked, b to go back, q (or Ctrl-D) to stop. Nothing is saved."})
public final class CheckCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print the assessment as JSON instead of text.")
    boolean json;

    @Option(names = "--kb", paramLabel = "DIR", description = "Use the knowledge base in DIR instead of the built-in one.")
    Path kbDir;

    @CommandLine.Mixin
    RegionOption region;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KnowledgeBase base = KbOption.load(kbDir);
        KnowledgeBase kb = base.forRegion(region.of(base, spec));
        Engine engine = new Engine(kb);
        PrintWriter out = spec.commandLine().getOut();
        Style style = Style.detect();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        // With --json the questions go to standard error, so standard output holds only the JSON.
        PrintWriter questions = json ? spec.commandLine().getErr() : out;
        TerminalInterview.Finished end = new TerminalInterview(kb, new Interview(engine), in, questions, style).run();
        if (end == null) {
            return 0;
        }
        if (json) {
            out.print(new String(AssessmentJson.write(end.step().assessment(), true), StandardCharsets.UTF_8));
            out.flush();
        } else {
            ResultText.print(kb, end.step().assessment(), engine.watchFor(end.evidence()), out, style);
        }
        return 0;
    }
}
