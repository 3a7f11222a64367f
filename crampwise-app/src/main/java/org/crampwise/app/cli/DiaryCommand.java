package org.crampwise.app.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.io.DiaryExport;
import org.crampwise.app.diary.io.DiaryImport;
import org.crampwise.app.storage.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crampwise diary import|export}: an account's cramp diary in and out of the database. */
@Command(name = "diary", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Import or export the cramp diary of an account, or write its one-page summary.",
        subcommands = {DiaryCommand.Import.class, DiaryCommand.Export.class, SummaryCommand.class})
public final class DiaryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The options both subcommands share: where the database is and whose diary. */
    static final class Target {
        @CommandLine.Mixin
        DatabaseOptions storage = new DatabaseOptions();

        @Option(names = "--account", paramLabel = "EMAIL", required = true,
                description = "The e-mail address of the account.")
        String email;

        /** The database and the account's id; null after saying why on standard error. */
        Found find(PrintWriter err) {
            Optional<Database> opened = storage.openExisting();
            if (opened.isEmpty()) {
                err.println("There is no Crampwise database in " + storage.dataDir() + " (use --data-dir, or --db).");
                return null;
            }
            Database db = opened.get();
            OptionalLong id = Accounts.idOf(db, email);
            if (id.isEmpty()) {
                db.close();
                // The address is not repeated: it is personal data and may end up in a log.
                err.println("There is no account with that e-mail address in " + storage.where() + ".");
                return null;
            }
            return new Found(db, id.getAsLong());
        }
    }

    record Found(Database db, long accountId) {}

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Add the episodes and day logs of a CSV file (the format `diary export` writes) to an account.",
                    "Every record is checked first, exactly as the API checks an episode or a day, and every problem "
                            + "of every bad record is listed: line, column, what is wrong and what is allowed "
                            + "(README.md lists the columns). Nothing is stored when any record is bad, unless "
                            + "--skip-bad is given.",
                    "Importing the same file again adds nothing: an episode with the same start instant, place, "
                            + "leg and minutes as one in the diary is not added again, and a day already noted the "
                            + "same way is left as it is (a day noted differently is replaced by the file's)."},
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:every record imported", "1:nothing imported (bad records, or an error)",
                    "2:imported, bad records skipped (--skip-bad)"})
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.csv", description = "The CSV file (UTF-8).")
        Path file;

        @CommandLine.Mixin
        Target target = new Target();

        @Option(names = "--skip-bad", description = "Import the good records even when some are bad.")
        boolean skipBad;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Found found = target.find(err);
            if (found == null) {
                return 1;
            }
            long size;
            try {
                size = Files.size(file);
            } catch (NoSuchFileException e) {
                err.println("There is no file " + file + ".");
                return 1;
            }
            DiaryImport.Result r;
            ImportProgress.Counting counting = new ImportProgress.Counting(new BufferedInputStream(Files.newInputStream(file)));
            ImportProgress progress = new ImportProgress(err, System.console() != null, size, counting);
            try (Reader in = new InputStreamReader(counting, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
                r = new DiaryImport(new Diary(found.db()), KbOption.load(null), Clock.systemUTC())
                        .run(found.accountId(), in, skipBad, progress);
            } catch (DiaryImport.FormatException e) {
                progress.done();
                err.println(file + ": " + e.getMessage());
                err.println("Nothing was imported.");
                return 1;
            } catch (java.nio.charset.CharacterCodingException e) {
                progress.done();
                err.println(file + ": the file is not UTF-8 text. Nothing was imported.");
                return 1;
            }
            progress.done();
            for (DiaryImport.BadRow b : r.bad()) {
                err.println(file + ": " + b);
            }
            int badRecords = r.badRecords();
            if (!r.stored()) {
                err.printf("%d bad %s. Nothing was imported; fix them, or use --skip-bad to import the rest.%n",
                        badRecords, badRecords == 1 ? "record" : "records");
                return 1;
            }
            Diary.Added a = r.added();
            out.printf("Imported %d %s and %d day %s.%n", a.episodes(), a.episodes() == 1 ? "episode" : "episodes",
                    a.days(), a.days() == 1 ? "log" : "logs");
            if (a.sameEpisodes() + a.sameDays() > 0) {
                out.printf("Already in the diary, not added again: %d %s and %d day %s.%n", a.sameEpisodes(),
                        a.sameEpisodes() == 1 ? "episode" : "episodes", a.sameDays(), a.sameDays() == 1 ? "log" : "logs");
            }
            if (badRecords > 0) {
                out.printf("Skipped %d bad %s.%n", badRecords, badRecords == 1 ? "record" : "records");
                return 2;
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Write everything in an account's diary: CSV (what `diary import` reads), JSON, or FHIR R4 "
                    + "(a Bundle of Observations, one per episode)."})
    static final class Export implements Callable<Integer> {
        @CommandLine.Mixin
        Target target = new Target();

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
                description = "csv, json or fhir (default ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            DiaryExport.Format f = DiaryExport.Format.of(format);
            if (f == null) {
                err.println("--format must be csv, json or fhir, not " + format + ".");
                return 1;
            }
            if (output != null) {
                DataFolder.parentExists(output, "--output");
            }
            Found found = target.find(err);
            if (found == null) {
                return 1;
            }
            DiaryExport export = new DiaryExport(new Diary(found.db()), KbOption.load(null));
            if (output == null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                export.write(found.accountId(), f, bytes);
                spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
                return 0;
            }
            try (OutputStream out = Files.newOutputStream(output)) {
                export.write(found.accountId(), f, out);
            }
            spec.commandLine().getOut().printf("Wrote the diary as %s to %s.%n", f.id(), output);
            return 0;
        }
    }
}
