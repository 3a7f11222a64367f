package org.crampwise.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.DiarySummaries;
import org.crampwise.app.diary.SummaryPeriod;
import org.crampwise.app.web.Messages;
import org.crampwise.app.web.diary.PlainWords;
import org.crampwise.app.web.summary.SummaryDoc;
import org.crampwise.app.web.summary.SummaryPdf;
import org.crampwise.diary.Summary;
import org.crampwise.engine.Engine;
import org.crampwise.kb.KnowledgeBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crampwise diary summary}: the one-page summary for a doctor, as the PDF the pages give. */
@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the one-page summary of an account's diary for a doctor as a PDF: the period's "
                + "measures next to the period before, possible triggers, red flags, medicines started and the last check."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:written", "1:no such database or account, or a bad date"})
final class SummaryCommand implements Callable<Integer> {
    @CommandLine.Mixin
    DiaryCommand.Target target = new DiaryCommand.Target();

    @Option(names = "--from", paramLabel = "DATE", description = "First day (2026-11-01); default: 4 weeks before --to.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day; default: today (UTC), or 4 weeks from --from.")
    String to;

    @Option(names = "--output", paramLabel = "FILE.pdf", required = true, description = "The PDF file to write.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = Clock.systemUTC();
        LocalDate today = LocalDate.now(clock);
        Summary.Period period;
        try {
            period = SummaryPeriod.of(from, to, today);
        } catch (SummaryPeriod.Invalid e) {
            err.println(e.getMessage() + ".");
            return 1;
        }
        DiaryCommand.Found found = target.find(err);
        if (found == null) {
            return 1;
        }
        try (var db = found.db()) {
            KnowledgeBase kb = KbOption.load(null);
            Messages messages = new Messages(Locale.UK, kb.emergencyNumber(), kb.urgentNumber());
            Summary s = new DiarySummaries(new Diary(db), new Engine(kb), clock).summary(found.accountId(), period);
            byte[] pdf = SummaryPdf.bytes(SummaryDoc.of(s, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), messages,
                    new PlainWords(kb.diary(), messages)), messages.language());
            Files.write(output, pdf);
        }
        spec.commandLine().getOut().printf("Wrote the summary of %s to %s to %s.%n", period.from(), period.to(), output);
        return 0;
    }
}
