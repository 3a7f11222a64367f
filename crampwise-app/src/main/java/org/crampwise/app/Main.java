package org.crampwise.app;

import org.crampwise.app.cli.AssessCommand;
import org.crampwise.app.cli.CheckCommand;
import org.crampwise.app.cli.CommandMistake;
import org.crampwise.app.cli.DiaryCommand;
import org.crampwise.app.cli.KbCommand;
import org.crampwise.app.cli.QuickAssess;
import org.crampwise.app.cli.ServeCommand;
import org.crampwise.app.cli.VersionProvider;
import org.crampwise.app.cli.FeedbackCommand;
import org.crampwise.app.storage.BadDatabaseUrlException;
import org.crampwise.app.storage.DatabaseUnavailableException;
import org.crampwise.kb.KnowledgeBaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crampwise} command. */
@Command(name = "crampwise", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Self-care and triage for leg cramps and inner-thigh pain.",
                "Information, not a diagnosis. In an emergency, call your local emergency number."},
        exitCodeListHeading = "%nExit status (of every command):%n",
        exitCodeList = {"0:done", "1:could not do it: a port, file, folder, account or database problem (the message says"
                + " which and what to do)", "2:invalid option, setting or input", "3:the knowledge base is broken"
                + " (nothing is assessed)"},
        subcommands = {AssessCommand.class, CheckCommand.class, ServeCommand.class, KbCommand.class, FeedbackCommand.class,
                DiaryCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) throws java.io.IOException {
        java.util.OptionalInt quick = QuickAssess.run(args);
        System.exit(quick.isPresent() ? quick.getAsInt() : run(args));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line, ready to execute; tests set its output and error writers. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setParameterExceptionHandler((ex, args) -> {
                    // One line: what is wrong, and where the help is; the whole usage would bury it.
                    CommandLine cmd = ex.getCommandLine();
                    cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage()
                            + " (see " + cmd.getCommandSpec().qualifiedName() + " --help)");
                    return CommandMistake.INVALID;
                })
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    if (ex instanceof CommandMistake mistake) {
                        cmd.getErr().println("crampwise: " + mistake.getMessage());
                        return mistake.exitCode();
                    }
                    if (ex instanceof KnowledgeBaseException) {
                        // A broken knowledge base must never give advice: say why and stop.
                        cmd.getErr().println(ex.getMessage());
                        return 3;
                    }
                    if (ex instanceof BadDatabaseUrlException) {
                        cmd.getErr().println("crampwise: invalid value for option '--db': " + ex.getMessage());
                        return 2;
                    }
                    if (ex instanceof DatabaseUnavailableException) {
                        // Not a bug to show a stack trace for: the server is down or the login wrong.
                        cmd.getErr().println("crampwise: " + ex.getMessage());
                        return 1;
                    }
                    throw ex;
                });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
