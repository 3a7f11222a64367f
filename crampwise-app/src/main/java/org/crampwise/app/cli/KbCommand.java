package org.crampwise.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crampwise.app.cli.impact.ImpactCommand;
import org.crampwise.app.learn.LearnLoader;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseException;
import org.crampwise.kb.KnowledgeBaseLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crampwise kb validate}: checks a knowledge base and lists every problem; {@code kb impact}: what a change does. */
@Command(name = "kb", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Work with the knowledge base.",
        subcommands = {KbCommand.Validate.class, ImpactCommand.class})
public final class KbCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Check a knowledge base: ids, sources, conditions, skip conditions and advice.",
                    "Prints every problem, each naming the file and the id; exit 1 if there is any."},
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:valid", "1:problems found"})
    static final class Validate implements Callable<Integer> {
        @Option(names = "--dir", paramLabel = "DIR",
                description = "The folder of YAML files to check (default: the built-in knowledge base).")
        Path dir;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                // The built-in one is checked from its YAML, every check run, as the build does.
                KnowledgeBase kb = dir == null ? KnowledgeBaseLoader.builtInChecked() : KbOption.load(dir);
                // The learn pages quote the knowledge base, so they are checked with it.
                // In every language: a translation's pages are checked against the English (same ids, sections ...).
                int pages = LearnLoader.everyLanguage(kb, k -> dir == null ? LearnLoader.builtIn(k)
                        : LearnLoader.load(dir.resolve("learn.yaml"), k)).values().iterator().next().pages().size();
                spec.commandLine().getOut().printf("Learn pages are valid: %d pages.%n", pages);
                spec.commandLine().getOut().printf("Knowledge base %s is valid: %d findings, %d triage rules, %d causes, "
                                + "%d advice items, %d advice rules, %d sources.%n",
                        kb.version(), kb.findings().size(), kb.rules().size(), kb.causes().size(),
                        kb.adviceItems().size(), kb.adviceRules().size(), kb.sources().size());
                return 0;
            } catch (KnowledgeBaseException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
    }
}
