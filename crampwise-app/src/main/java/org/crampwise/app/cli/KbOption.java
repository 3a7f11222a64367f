package org.crampwise.app.cli;

import java.nio.file.Path;
import org.crampwise.kb.KbSource;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;

/** The built-in knowledge base, or one from a folder given with --kb. */
final class KbOption {
    /**
     * The built-in one, loaded once per JVM: it is immutable and the same for every command, and
     * building its translations is most of a command's start (commands run in-process in tests).
     */
    private static volatile KnowledgeBase builtIn;

    private KbOption() {
    }

    static KnowledgeBase load(Path dir) {
        if (dir != null) {
            return KnowledgeBaseLoader.load(KbSource.directory(dir));
        }
        KnowledgeBase kb = builtIn;
        if (kb == null) {
            kb = KnowledgeBaseLoader.builtIn();
            builtIn = kb;
        }
        return kb;
    }
}
