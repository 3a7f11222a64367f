package org.crampwise.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import org.crampwise.condition.Condition;
import org.crampwise.condition.FindingType;
import org.crampwise.condition.Tri;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Level;
import org.crampwise.kb.Rule;

/**
 * Evaluates every triage rule in three-valued logic. The level is the most urgent rule that is
 * TRUE; the rules still UNKNOWN above it name the questions that could raise it.
 */
final class TriageEvaluator {
    private final KnowledgeBase kb;
    private final List<Rule> rules;
    private final Condition.RuleLookup lookup;
    private final String[] headlines;
    private final String[] explanations;
    private final String[] actions;
    /** A rule's own action (filled), or null to use its level's. */
    private final String[] ruleActions;
    /** The rules, most urgent level first, then by number: the order of reasons and of suspects. */
    private final List<Rule> mostUrgentFirst;

    TriageEvaluator(KnowledgeBase kb) {
        this.kb = kb;
        this.rules = kb.rules();
        this.lookup = r -> rules.get(r).when();
        actions = new String[Level.values().length];
        for (Level l : Level.values()) {
            actions[l.ordinal()] = kb.fill(kb.level(l).action());
        }
        mostUrgentFirst = mostUrgentFirst(rules);
        headlines = new String[rules.size()];
        explanations = new String[rules.size()];
        ruleActions = new String[rules.size()];
        for (Rule r : rules) {
            headlines[r.index()] = kb.fill(r.headline());
            explanations[r.index()] = kb.fill(r.explanation());
            ruleActions[r.index()] = kb.fill(r.action());
        }
    }

    /** Most urgent level first and, within a level, by rule number (triage.md, "Suspected causes"). */
    static List<Rule> mostUrgentFirst(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Rule.MOST_URGENT_FIRST);
        return List.copyOf(sorted);
    }

    List<Rule> mostUrgentFirst() {
        return mostUrgentFirst;
    }

    Condition.RuleLookup lookup() {
        return lookup;
    }

    /** The truth of every rule for this evidence. */
    Tri[] evaluate(Evidence e) {
        RuleFacts facts = new RuleFacts(e, null);
        Tri[] truth = new Tri[rules.size()];
        for (Rule r : rules) {
            truth[r.index()] = r.when().eval(facts);
        }
        return truth;
    }

    static Level level(List<Rule> rules, Tri[] truth) {
        Level level = Level.SELF_CARE;
        for (Rule r : rules) {
            if (truth[r.index()] == Tri.TRUE && r.level().isAbove(level)) {
                level = r.level();
            }
        }
        return level;
    }

    Assessment.Triage triage(Evidence e, Tri[] truth) {
        Level level = level(rules, truth);
        RuleFacts facts = new RuleFacts(e, truth);
        List<Assessment.Reason> reasons = new ArrayList<>(4);
        // Contract v2, "Completeness": every unknown finding an open rule still waits on, whatever its
        // safety mark (a cold, pale leg with the pain score unknown could still be a 999 call); listed
        // most urgent rule first, so that a client asking them in order asks the 999 questions first.
        java.util.LinkedHashSet<String> unanswered = new java.util.LinkedHashSet<>();
        String action = actions[level.ordinal()];
        boolean ruleAction = false;
        for (Rule r : mostUrgentFirst) {
            Tri t = truth[r.index()];
            if (t == Tri.TRUE) {
                // A rule's own action (rule 34: the midwife) is said whenever it fires at the level
                // reached, even after another reason of that level (a swollen leg, rule 5).
                if (!ruleAction && r.level() == level && ruleActions[r.index()] != null) {
                    action = ruleActions[r.index()];
                    ruleAction = true;
                }
                reasons.add(reason(r, e, facts));
            } else if (t == Tri.UNKNOWN && r.level().isAbove(level)) {
                BitSet unknown = new BitSet();
                r.when().unknowns(facts, unknown, lookup);
                unknown.stream().forEach(i -> unanswered.add(kb.findings().get(i).id()));
            }
        }
        String headline = reasons.isEmpty() ? action : reasons.get(0).headline();
        return new Assessment.Triage(level, unanswered.isEmpty(), headline, action,
                Collections.unmodifiableList(reasons), List.copyOf(unanswered));
    }

    private Assessment.Reason reason(Rule r, Evidence e, RuleFacts facts) {
        BitSet why = new BitSet();
        r.when().explain(facts, why, lookup);
        List<String> ids = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (int i = why.nextSetBit(0); i >= 0; i = why.nextSetBit(i + 1)) {
            Finding f = kb.findings().get(i);
            ids.add(f.id());
            answers.add(f.say(e.answer(f).orElseThrow())); // a finding that makes a rule TRUE is known
        }
        return new Assessment.Reason(r.id(), r.number(), r.level(), headlines[r.index()], explanations[r.index()],
                Collections.unmodifiableList(ids), Collections.unmodifiableList(answers), r.sources());
    }

    /**
     * The yes/no signs not yet present that would, on their own, raise the level from here, each
     * with the level it would reach; most urgent first.
     */
    List<Assessment.WatchFor> watchFor(Evidence e) {
        Level now = level(rules, evaluate(e));
        List<Assessment.WatchFor> out = new ArrayList<>();
        for (Finding f : kb.findings()) {
            if (f.type() == FindingType.BOOL && e.value(f.index()) != 1) {
                Level then = level(rules, evaluate(e.with(f, true)));
                if (then.isAbove(now)) {
                    out.add(new Assessment.WatchFor(f.id(), f.shortText(), then));
                }
            }
        }
        out.sort((a, b) -> b.level().compareTo(a.level()));
        return List.copyOf(out);
    }
}
