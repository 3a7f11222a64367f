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

    /**
     * Every safety question answered with its reassuring answer: a calm baseline to add one finding
     * to. That is "no", except that a groin lump that goes back in is the reassuring answer (since
     * contract v2, rule 3 reads a lump that does not go back in as an emergency).
     */
    public static Evidence safetyAllNo() {
        Evidence e = Evidence.empty(KB);
        for (Finding f : KB.findings()) {
            if (f.safety() && f.type() == FindingType.BOOL) {
                e = e.with(f, f.id().equals("groin_lump_goes_back_in"));
            }
        }
        return e;
    }

    /**
     * A 40-year-old woman, not pregnant, who answered every question of the knowledge base calmly:
     * a short calf cramp in the left leg that stretching eases, once a week, for 5 days, pain 3.
     * Complete at {@code self_care} (contract v2, "Completeness": no rule is left open), so a case
     * built on it checks one rule's boundary with nothing else unknown.
     */
    public static Evidence answeredCalm() {
        Evidence e = safetyAllNo();
        for (Finding f : KB.findings()) {
            if (!e.isKnown(f) && f.type() == FindingType.BOOL) {
                e = e.with(f, f.id().equals("relieved_by_stretching"));
            }
        }
        return with(e, "age_years", 40, "sex", "female", "location", "calf", "side", "left", "episode_minutes", 2,
                "episodes_per_week", 1, "days_since_start", 5, "pain_score", 3);
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

    /** Adds answers as {@link #with}; the value "unknown" takes an answer away. */
    public static Evidence change(Evidence e, java.util.Map<String, Object> answers) {
        for (java.util.Map.Entry<String, Object> a : answers.entrySet()) {
            e = "unknown".equals(a.getValue()) ? e.without(finding(a.getKey())) : with(e, a.getKey(), a.getValue());
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
