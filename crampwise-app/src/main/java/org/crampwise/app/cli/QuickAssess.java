package org.crampwise.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.crampwise.kb.KnowledgeBaseException;

/**
 * Runs the plainest form of the command, {@code assess --input FILE}, without picocli: building
 * picocli's command model by reflection costs about 55 ms of start-up (BENCHMARKS.md), longer
 * than the assessment. Any other form, including every mistake and a region or language from the
 * environment (CRAMPWISE_REGION, CRAMPWISE_LANG, checked by picocli), goes to picocli as usual.
 */
public final class QuickAssess {
    private QuickAssess() {
    }

    /** The exit status if these arguments are the plain form, else empty. */
    public static OptionalInt run(String[] args) throws IOException {
        if (args.length != 3 || !args[0].equals("assess") || !(args[1].equals("--input") || args[1].equals("-i"))
                || (!args[2].equals("-") && (args[2].startsWith("-") || args[2].startsWith("@")))
                || System.getenv("CRAMPWISE_REGION") != null || System.getenv("CRAMPWISE_LANG") != null) {
            return OptionalInt.empty();
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return OptionalInt.of(AssessCommand.assess(args[2], null, null, null, out, err));
        } catch (KnowledgeBaseException e) {
            err.println(e.getMessage()); // as Main's handler: a broken knowledge base gives no advice
            return OptionalInt.of(3);
        }
    }
}
