package org.crampwise.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crampwise.engine.AssessmentJson;
import org.crampwise.engine.Engine;
import org.crampwise.evidence.EvidenceJson;
import org.crampwise.evidence.InvalidEvidenceException;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Region;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crampwise assess --input FILE|-}: evidence JSON in, assessment JSON out. */
@Command(name = "assess", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Assess evidence (JSON) and print the assessment (JSON).",
                "Invalid evidence: nothing on standard output, one line naming the field on standard error, exit 2."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:assessed", "2:invalid evidence or usage (an unknown --region or --lang)"})
public final class AssessCommand implements Callable<Integer> {
    @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE|-",
            description = "Evidence JSON file, or - for standard input.")
    String input;

    @Option(names = "--kb", paramLabel = "DIR", description = "Use the knowledge base in DIR instead of the built-in one.")
    Path kbDir;

    @CommandLine.Mixin
    RegionOption region;

    @CommandLine.Mixin
    LanguageOption language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return assess(input, kbDir, region.id, language.tag, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * The command itself; also run without picocli by {@link QuickAssess} for the common form.
     *
     * @param regionId whose numbers and services the texts give (any case); null for the knowledge base's default
     * @param langTag  the language of the texts (any case); null for the knowledge base's first
     */
    static int assess(String input, Path kbDir, String regionId, String langTag, PrintWriter out, PrintWriter err)
            throws IOException {
        byte[] body;
        try {
            body = read(input);
        } catch (NoSuchFileException e) {
            err.println("input: no such file: " + input);
            return 2;
        } catch (IOException e) {
            err.println("input: cannot be read: " + e.getMessage());
            return 2;
        }
        KnowledgeBase base = KbOption.load(kbDir);
        Region region = regionId == null || regionId.isBlank() ? base.region() : base.region(regionId.trim());
        if (region == null) {
            err.println(RegionOption.unknown(base, regionId));
            err.flush();
            return 2;
        }
        java.util.Locale lang = LanguageOption.find(base, langTag);
        if (lang == null) {
            err.println(LanguageOption.unknown(base, langTag));
            err.flush();
            return 2;
        }
        KnowledgeBase kb = Voice.knowledge(base, region, lang);
        try {
            var evidence = new EvidenceJson(kb).read(body);
            byte[] json = AssessmentJson.write(new Engine(kb).assess(evidence), true);
            out.print(new String(json, StandardCharsets.UTF_8));
            out.flush();
            return 0;
        } catch (InvalidEvidenceException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
    }

    /** Reads at most one byte past the limit, so a huge input is refused without reading it all. */
    static byte[] read(String input) throws IOException {
        try (InputStream in = input.equals("-") ? System.in : Files.newInputStream(Path.of(input))) {
            return in.readNBytes(EvidenceJson.MAX_BYTES + 1);
        }
    }
}
