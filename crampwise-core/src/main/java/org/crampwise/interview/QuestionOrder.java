package org.crampwise.interview;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Rule;

/**
 * Every finding in the order a whole form should show them, for clients that show all questions at
 * once (the FHIR Questionnaire): the order the interview asks them in when nothing is known yet.
 * The first screen, then the basics, then the findings the most urgent rules read (most urgent
 * level first, then by rule number), then the rest in knowledge-base order.
 */
public final class QuestionOrder {
    private QuestionOrder() {
    }

    public static List<Finding> of(KnowledgeBase kb) {
        Set<Finding> out = new LinkedHashSet<>();
        if (kb.interview().first() != null) {
            out.addAll(kb.interview().first().items());
        }
        out.addAll(kb.interview().basics());
        List<Rule> rules = new ArrayList<>(kb.rules());
        rules.sort(Rule.MOST_URGENT_FIRST);
        for (Rule r : rules) {
            BitSet reads = new BitSet();
            r.when().reads(reads);
            reads.stream().forEach(i -> out.add(kb.findings().get(i)));
        }
        out.addAll(kb.findings());
        return List.copyOf(out);
    }
}
