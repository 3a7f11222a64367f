package org.crampwise.app.cli;

import org.crampwise.app.feedback.FeedbackStore;
import org.crampwise.app.feedback.PageFeedback;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code crampwise feedback report}: what people said about the learn pages. */
@Command(name = "feedback", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Read the answers to \"Was this page helpful?\".",
        subcommands = FeedbackCommand.Report.class)
public final class FeedbackCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Print, for each page, how many said it was helpful, how many said not, "
                    + "and the share that said yes."})
    static final class Report implements Callable<Integer> {
        @CommandLine.Mixin
        DatabaseOptions storage;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (storage.databaseUrl().isEmpty() && !java.nio.file.Files.isDirectory(storage.dataDir())) {
                // A mistyped folder is not "no feedback yet": say so, and how to point at the right one.
                throw new CommandMistake(CommandMistake.CANNOT, "there is no data folder " + storage.dataDir()
                        + "; give the server's data folder with --data-dir (or its database with --db).");
            }
            // A report only reads: with no database yet there is no feedback, and none is created.
            List<PageFeedback> counts = storage.openExisting().map(database -> {
                try (database) {
                    return new FeedbackStore(database).counts();
                }
            }).orElse(List.of());
            out.print(table(counts));
            out.flush();
            return 0;
        }
    }

    /** The report: an aligned table, one row per page, or "No feedback yet.". */
    static String table(List<PageFeedback> counts) {
        if (counts.isEmpty()) {
            return String.format("No feedback yet.%n");
        }
        String[] header = {"Page", "Yes", "No", "Helpful"};
        int page = header[0].length();
        int yes = header[1].length();
        int no = header[2].length();
        int share = header[3].length();
        for (PageFeedback f : counts) {
            page = Math.max(page, f.page().length());
            yes = Math.max(yes, String.valueOf(f.yes()).length());
            no = Math.max(no, String.valueOf(f.no()).length());
        }
        String row = "%-" + page + "s  %" + yes + "s  %" + no + "s  %" + share + "s%n";
        StringBuilder sb = new StringBuilder(String.format(row, (Object[]) header));
        for (PageFeedback f : counts) {
            sb.append(String.format(row, f.page(), f.yes(), f.no(), f.percentHelpful() + "%"));
        }
        return sb.toString();
    }
}
