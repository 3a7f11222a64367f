package org.crampwise.app.cli.impact;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crampwise.app.cli.VersionProvider;
import org.crampwise.engine.Engine;
import org.crampwise.engine.impact.ImpactCase;
import org.crampwise.engine.impact.ImpactReport;
import org.crampwise.engine.impact.ValidationReport;
import org.crampwise.kb.KbSource;
import org.crampwise.kb.KnowledgeBaseException;
import org.crampwise.kb.KnowledgeBaseLoader;
import org.crampwise.kb.OlderRelease;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crampwise kb impact}: what a change to the knowledge base does to every known case. */
@Command(name = "impact", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run every vignette and scenario through two knowledge bases and print what changed: level, "
                + "completeness, the first three causes and their likelihoods, advice given and avoided. One line per "
                + "difference, grouped by case, then a summary.",
                "Cases: every *.json file (id, title, evidence, expect) directly in each --cases folder; by default "
                        + "../shared/vignettes (the contract's public vignettes) and "
                        + "crampwise-core/src/test/resources/scenarios (the project's own), both from the working "
                        + "directory, each skipped when absent.",
                "A case one knowledge base cannot assess (e.g. evidence naming a finding it does not know) is shown "
                        + "as 'base: invalid evidence: ...' and counted as not assessed, never as a level down; "
                        + "with --ignore-unknown-findings it is assessed without those findings."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no case is less urgent than before (or --validation alone)",
                "1:some case's level went down (less urgent)",
                "2:usage error: a folder that does not exist, no case files",
                "3:a knowledge base is broken (run kb validate --dir DIR for every problem)"})
public final class ImpactCommand implements Callable<Integer> {
    @Option(names = "--base", paramLabel = "DIR",
            description = "The knowledge base folder (YAML) to compare with, e.g. the last release's knowledge/. "
                    + "Required unless --validation is given.")
    Path base;

    @Option(names = "--kb", paramLabel = "DIR",
            description = "The current knowledge base folder (default: the built-in knowledge base).")
    Path kb;

    @Option(names = "--cases", paramLabel = "DIR",
            description = "A folder of case files; may be repeated. Replaces the default folders.")
    List<Path> cases;

    @Option(names = "--json", description = "Print the report as JSON: the changed cases with both results, the cases "
            + "neither knowledge base can assess, and the summary.")
    boolean json;

    @Option(names = "--ignore-unknown-findings",
            description = "Give each knowledge base the cases without the findings it does not know (as an older "
                    + "release, which never asked them), said on each changed case, instead of calling their "
                    + "evidence invalid.")
    boolean ignoreUnknown;

    @Option(names = "--validation",
            description = "Also write the current knowledge base's triage accuracy on the cases to --validation-file.")
    boolean validation;

    @Option(names = "--validation-file", paramLabel = "FILE", defaultValue = "docs/VALIDATION.md",
            description = "Where --validation writes (default: ${DEFAULT-VALUE}).")
    Path validationFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (base == null && !validation) {
            err.println("kb impact: give --base DIR, the knowledge base to compare with (or --validation)");
            return 2;
        }
        String missing = firstMissing();
        if (missing != null) {
            err.println(missing);
            return 2;
        }
        List<CaseFolders.Folder> folders;
        try {
            folders = CaseFolders.read(cases);
        } catch (CaseFolders.UnusableException e) {
            err.println("kb impact: " + e.getMessage());
            return 2;
        }
        Compared.Loaded current;
        Compared.Loaded before;
        try {
            current = load("--kb", kb);
            before = base == null ? null : loadBase(base);
        } catch (BrokenKnowledgeBase e) {
            err.println(e.getMessage());
            return 3;
        }
        List<ImpactCase> all = CaseFolders.all(folders);
        Engine now = new Engine(current.kb());
        int exit = 0;
        if (before != null) {
            ImpactReport report = ImpactReport.compare(new Engine(before.kb()), now, all, ignoreUnknown);
            Compared compared = new Compared(before, current, folders);
            if (json) {
                out.print(ImpactJson.write(compared, report));
                out.flush();
            } else {
                ImpactText.print(compared, report, out);
            }
            exit = report.anyLevelDown() ? 1 : 0;
        }
        // With --json, standard output is the JSON alone, so the note about the file goes to standard error.
        if (validation && !writeValidation(current, folders, ValidationReport.of(now, all), json ? err : out, err)) {
            return 2;
        }
        return exit;
    }

    /** The first knowledge base folder given that is not a folder, as one line; null when all are. */
    private String firstMissing() {
        String problem = missing("--base", base);
        return problem != null ? problem : missing("--kb", kb);
    }

    private static String missing(String option, Path dir) {
        if (dir == null || Files.isDirectory(dir)) {
            return null;
        }
        return "kb impact: " + option + " " + dir + ": " + (Files.exists(dir) ? "not a folder" : "no such folder");
    }

    private static Compared.Loaded load(String option, Path dir) throws BrokenKnowledgeBase {
        try {
            return dir == null ? new Compared.Loaded("the built-in knowledge base", KnowledgeBaseLoader.builtIn(), 0)
                    : new Compared.Loaded(dir.toString(), KnowledgeBaseLoader.load(KbSource.directory(dir)), 0);
        } catch (KnowledgeBaseException e) {
            throw broken(option, dir, e);
        }
    }

    /** The base may be a release from before today's checks: then it is read as it was (OlderRelease). */
    private static Compared.Loaded loadBase(Path dir) throws BrokenKnowledgeBase {
        try {
            return load("--base", dir);
        } catch (BrokenKnowledgeBase strict) {
            int failed = strict.problems;
            try {
                return new Compared.Loaded(dir.toString(), OlderRelease.load(KbSource.directory(dir)), failed);
            } catch (KnowledgeBaseException e) {
                throw broken("--base", dir, e);
            }
        }
    }

    private static BrokenKnowledgeBase broken(String option, Path dir, KnowledgeBaseException e) {
        int more = e.problems().size() - 1;
        String where = dir == null ? "the built-in knowledge base" : option + " " + dir;
        return new BrokenKnowledgeBase("kb impact: " + where + " is broken: " + e.problems().get(0)
                + (more > 0 ? " (and " + more + " more; see kb validate" + (dir == null ? "" : " --dir " + dir) + ")"
                : ""), e.problems().size());
    }

    private boolean writeValidation(Compared.Loaded current, List<CaseFolders.Folder> folders, ValidationReport v,
                                    PrintWriter note, PrintWriter err) {
        try {
            Path parent = validationFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(validationFile, ValidationMarkdown.render(current, folders, v), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("kb impact: --validation-file " + validationFile + ": cannot be written: " + e.getMessage());
            return false;
        }
        note.println(String.format(Locale.ROOT, "Wrote %s: %d of %d cases at the expected level (%.1f%%), "
                        + "%d over-triaged, %d under-triaged, %d not counted.", validationFile, v.exact(), v.cases(),
                100 * v.accuracy(), v.over(), v.under(), v.uncounted().size()));
        note.flush();
        return true;
    }

    /** A knowledge base that cannot be loaded, as one line naming which one and its first problem. */
    private static final class BrokenKnowledgeBase extends Exception {
        final int problems;

        BrokenKnowledgeBase(String message, int problems) {
            super(message);
            this.problems = problems;
        }
    }
}
