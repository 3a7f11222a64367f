package org.crampwise.app.cli;

import java.util.Locale;
import org.crampwise.app.web.Messages;
import org.crampwise.kb.Audience;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Region;

/**
 * How a command speaks to its person: the knowledge base in their language with their region's
 * numbers and services, and the terminal's own words (the message bundle) for the same audience,
 * so that no line of one run falls back on another region or language.
 */
record Voice(KnowledgeBase kb, Messages words) {
    /** @param region a region of {@code base} (any language's): it is taken in {@code language} */
    static Voice of(KnowledgeBase base, Region region, Locale language) {
        KnowledgeBase kb = knowledge(base, region, language);
        return new Voice(kb, new Messages(new Audience(kb.region(), language)));
    }

    /** The knowledge base alone (for {@code assess}, which prints only its texts). */
    static KnowledgeBase knowledge(KnowledgeBase base, Region region, Locale language) {
        KnowledgeBase theirs = base.in(language);
        return theirs.forRegion(theirs.region(region.id()));
    }

    Locale language() {
        return kb.language();
    }
}
