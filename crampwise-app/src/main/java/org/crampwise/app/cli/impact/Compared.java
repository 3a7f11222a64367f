package org.crampwise.app.cli.impact;

import java.util.List;
import org.crampwise.kb.KnowledgeBase;

/** What kb impact compared: two knowledge bases (either may be absent for --validation alone) and the case folders. */
record Compared(Loaded base, Loaded current, List<CaseFolders.Folder> folders) {

    /**
     * A knowledge base and where it came from, as the user gave it.
     *
     * @param failedChecks how many of today's checks an older release fails (read as it was, see
     *                     OlderRelease); 0 when it passes them all
     */
    record Loaded(String where, KnowledgeBase kb, int failedChecks) {
        String describe() {
            return where + " (knowledge base " + kb.version() + (failedChecks == 0 ? ")"
                    : "; an older release: " + failedChecks + " problem" + (failedChecks == 1 ? "" : "s")
                    + " by today's checks, allowed for comparing, see kb validate --dir)");
        }
    }
}
