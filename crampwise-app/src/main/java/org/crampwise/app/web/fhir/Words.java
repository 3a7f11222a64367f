package org.crampwise.app.web.fhir;

import org.crampwise.app.web.Messages;
import org.crampwise.kb.Audience;
import org.crampwise.kb.KnowledgeBase;

/** The FHIR resources' own words (titles, displays), from the bundle, for the knowledge base's audience. */
final class Words {
    private Words() {
    }

    /** The knowledge base is already one language's and one region's: its words are for the same people. */
    static Messages of(KnowledgeBase kb) {
        return new Messages(new Audience(kb.region(), kb.language()));
    }
}
