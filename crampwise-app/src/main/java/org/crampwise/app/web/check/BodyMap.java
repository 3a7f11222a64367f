package org.crampwise.app.web.check;

import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/**
 * The location question is asked with a body map: one leg, front and back, with a labelled shape
 * for each place (the finding's options, so a new option appears in the list without code; its
 * shape is added to bodymap.jte). The leg is its own choice of three on the same page, when not
 * known yet: six places and three legs instead of twelve places, one per leg.
 */
final class BodyMap {
    static final String LOCATION = "location";
    static final String SIDE = "side";

    private BodyMap() {
    }

    /** Whether this finding is asked with the body map (it needs a side finding for the leg). */
    static boolean asks(Finding f, KnowledgeBase kb) {
        return f.id().equals(LOCATION) && kb.finding(SIDE) != null;
    }
}
