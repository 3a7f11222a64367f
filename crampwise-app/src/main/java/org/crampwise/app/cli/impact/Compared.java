package org.crampwise.app.cli.impact;

import java.util.List;
import org.crampwise.kb.KnowledgeBase;

/** What kb impact compared: two knowledge bases (either may be absent for --validation alone) and the case folders. */
record Compared(Loaded base, Loaded current, List<CaseFolders.Folder> folders) {

    /** A knowledge base and where it came from, as the user gave it. */
    record Loaded(String where, KnowledgeBase kb) {
        String describe() {
            return where + " (knowledge base " + kb.version() + ")";
        }
    }
}
