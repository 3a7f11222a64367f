package org.crampwise;

import java.util.List;
import org.crampwise.condition.FindingType;
import org.crampwise.engine.Assessment;
import org.crampwise.engine.Engine;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;

/** The built-in knowledge base and small builders of evidence for tests. */
public final class Cases {
    public static final KnowledgeBase KB = KnowledgeBaseLoader.builtIn();
    public static final Engine ENGINE = new Engine(KB);

    private Cases() {
    }

    public static Evidence nothingKnown() {
        return Evidence.empty(KB);
    }

    /** Every safety question answered "no": a calm baseline to add one finding to. */
    public static Evidence safetyAllNo() {
        Evidence e = Evidence.empty(KB);
        for (Finding f : KB.findings()) {
            if (f.safety() && f.type() == FindingType.BOOL) {
                e = e.with(f, false);
            }
        }
        return e;
    }

    /** Adds answers given as id, value pairs: true/false, a number, or a choice value. */
    public static Evidence with(Evidence e, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            Finding f = finding((String) pairs[i]);
            Object v = pairs[i + 1];
            if (v instanceof Boolean b) {
                e = e.with(f, b);
            } else if (v instanceof Number n) {
                e = e.with(f, n.doubleValue());
            } else {
                e = e.withChoice(f, (String) v);
            }
        }
        return e;
    }

    public static Evidence calm(Object... pairs) {
        return with(safetyAllNo(), pairs);
    }

    public static Finding finding(String id) {
        Finding f = KB.finding(id);
        if (f == null) {
            throw new IllegalArgumentException("no finding " + id);
        }
        return f;
    }

    public static Assessment assess(Evidence e) {
        return ENGINE.assess(e);
    }

    public static List<String> ruleIds(Assessment a) {
        return a.triage().reasons().stream().map(Assessment.Reason::rule).toList();
    }

    public static List<String> ids(List<Assessment.AdviceGiven> items) {
        return items.stream().map(Assessment.AdviceGiven::id).toList();
    }
}
