package org.crampwise.app.cli;

import java.util.List;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Region;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --region} (env CRAMPWISE_REGION): whose numbers and services the words give. */
final class RegionOption {
    @Option(names = "--region", paramLabel = "ID", defaultValue = "${env:CRAMPWISE_REGION}",
            description = "Region whose numbers and services to give: GB-ENG, GB-SCT, GB-WLS, GB-NIR, IE, US, CA, "
                    + "AU, NZ or EU, any case (env CRAMPWISE_REGION; default: the knowledge base's, GB-ENG).")
    String id;

    /** The region asked for, or the knowledge base's default; an unknown one is a usage error naming the allowed. */
    Region of(KnowledgeBase kb, CommandLine.Model.CommandSpec spec) {
        if (id == null || id.isBlank()) {
            return kb.region();
        }
        Region r = kb.region(id.trim());
        if (r == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), unknown(kb, id));
        }
        return r;
    }

    static String unknown(KnowledgeBase kb, String id) {
        return "--region: unknown region '" + id + "'; one of " + String.join(", ", List.copyOf(kb.regions().keySet()))
                + " (any case)";
    }
}
