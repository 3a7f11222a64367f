package org.crampwise.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.crampwise.kb.KnowledgeBaseLoader;
import picocli.CommandLine;

/** "crampwise X (knowledge base Y)". */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"crampwise " + appVersion() + " (knowledge base " + KnowledgeBaseLoader.builtIn().version()
                + ")"};
    }

    /** The version of this build of Crampwise. */
    public static String appVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/crampwise/app/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return p.getProperty("version", "unknown");
    }
}
