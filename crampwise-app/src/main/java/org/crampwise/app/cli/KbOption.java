package org.crampwise.app.cli;

import java.nio.file.Path;
import org.crampwise.kb.KbSource;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;

/** The built-in knowledge base, or one from a folder given with --kb. */
final class KbOption {
    private KbOption() {
    }

    static KnowledgeBase load(Path dir) {
        return dir == null ? KnowledgeBaseLoader.builtIn() : KnowledgeBaseLoader.load(KbSource.directory(dir));
    }
}
