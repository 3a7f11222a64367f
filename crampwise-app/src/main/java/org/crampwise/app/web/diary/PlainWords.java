package org.crampwise.app.web.diary;

import org.crampwise.app.web.Messages;
import org.crampwise.diary.Plain;
import org.crampwise.diary.Trigger;
import org.crampwise.kb.DiaryRules;

/**
 * A possible trigger as one sentence a 12-year-old understands ("Cramps came more often on the
 * day after you did hard exercise. We are fairly sure about this."). The kind of sentence is the
 * core's ({@link Plain}), its words the message bundle's and the factor's the knowledge base's.
 */
public final class PlainWords {
    private final DiaryRules rules;
    private final Messages messages;

    public PlainWords(DiaryRules rules, Messages messages) {
        this.rules = rules;
        this.messages = messages;
    }

    public String sentence(Trigger t) {
        String key = "plain." + Plain.of(t).key() + (t.timing() == Trigger.Timing.SAME_DAY ? ".same" : ".next");
        String words = rules.wordsFor(t.factor());
        return t instanceof Trigger.NotEnoughData n ? messages.get(key, words, n.moreDaysNeeded())
                : messages.get(key, words);
    }
}
