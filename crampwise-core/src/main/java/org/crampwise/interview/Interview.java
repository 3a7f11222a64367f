package org.crampwise.interview;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampwise.condition.Condition;
import org.crampwise.condition.Facts;
import org.crampwise.condition.Tri;
import org.crampwise.engine.Engine;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.AdviceRule;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Level;
import org.crampwise.kb.Rule;
import org.crampwise.kb.Screen;

/**
 * Chooses the next question from the evidence so far, or ends the interview. Stateless: the
 * evidence is all it needs, so any server can answer any step.
 *
 * <p>Order (contract README, "Interview"; engine-notes.md): while anything could still raise the
 * triage level, first the screen of signs that mean 999 on their own, then the answers that decide
 * which later questions apply (age, sex, where, which leg), then the questions that could raise the
 * level, most urgent rule first, following up what the person has already said before opening
 * something new; then questions that could lower it; then the few asked of everyone; then those
 * that decide whether advice is safe; then the question that would move the top causes most. It
 * ends when none of these is left, or as soon as the level is urgent or more and no answer could
 * raise it.
 */
public final class Interview {
    private final Engine engine;
    private final KnowledgeBase kb;
    private final Answers answers;
    private final Condition.RuleLookup lookup;

    public Interview(Engine engine) {
        this.engine = engine;
        this.kb = engine.knowledgeBase();
        this.answers = new Answers(kb);
        this.lookup = r -> kb.rules().get(r).when();
    }

    public Step next(Evidence e) {
        Facts facts = facts(e);
        Tri[] truth = engine.ruleTruth(e);
        Level level = engine.level(truth);

        Finding raise = raisingQuestion(e, facts, truth, level);
        if (raise != null) {
            Question opening = opening(e);
            return new Step(opening != null ? opening : question(raise, e), false, Step.Reason.SAFETY, engine.assess(e));
        }
        Finding lower = loweringQuestion(e, truth, level);
        if (lower != null) {
            return ask(lower, e, Step.Reason.TRIAGE);
        }
        if (!kb.stopWhenSettledAtOrAbove().isAbove(level)) {
            return new Step(null, true, Step.Reason.STOP_GET_HELP, engine.assess(e));
        }
        for (Finding f : kb.askAlways()) {
            if (askable(f, e)) {
                return ask(f, e, Step.Reason.BASICS);
            }
        }
        Finding advice = adviceSafetyQuestion(e, truth, level);
        if (advice != null) {
            return ask(advice, e, Step.Reason.ADVICE_SAFETY);
        }
        Question causes = causeQuestion(e);
        if (causes != null) {
            return new Step(causes, false, Step.Reason.CAUSES, engine.assess(e));
        }
        return new Step(null, true, Step.Reason.STOP_SETTLED, engine.assess(e));
    }

    /**
     * The first screen while any of it is left, then the basics: asked before other questions
     * that could raise the level, since they are the quickest route to 999 and decide which
     * questions apply (no testicle question for a woman, no pregnancy question for a man).
     */
    private Question opening(Evidence e) {
        Screen first = kb.interview().first();
        if (first != null) {
            for (Finding f : first.items()) {
                if (askable(f, e)) {
                    return question(f, e);
                }
            }
        }
        for (Finding f : kb.interview().basics()) {
            if (askable(f, e)) {
                return question(f, e);
            }
        }
        return null;
    }

    /**
     * A question that could raise the level: the most urgent level still open first; within it,
     * the rules that read a sign the person already has (a cold leg: since when?) before those
     * that would open a new subject, each in knowledge-base order.
     */
    private Finding raisingQuestion(Evidence e, Facts facts, Tri[] truth, Level level) {
        for (int l = Level.values().length - 1; l > level.ordinal(); l--) {
            for (boolean followUp : new boolean[] {true, false}) {
                for (Rule r : kb.rules()) {
                    if (r.level().ordinal() != l || truth[r.index()] != Tri.UNKNOWN || engaged(r, e) != followUp) {
                        continue;
                    }
                    Finding f = askFor(r.when(), facts, e);
                    if (f != null) {
                        return f;
                    }
                }
            }
        }
        return null;
    }

    /** Whether the rule reads a yes/no sign the person has said yes to. */
    private boolean engaged(Rule r, Evidence e) {
        BitSet reads = new BitSet();
        r.when().reads(reads);
        for (int i = reads.nextSetBit(0); i >= 0; i = reads.nextSetBit(i + 1)) {
            if (kb.findings().get(i).type() == org.crampwise.condition.FindingType.BOOL && e.value(i) == 1) {
                return true;
            }
        }
        return false;
    }

    /** What to ask next for an undecided condition: of its unknown findings, the widest askable one. */
    private Finding askFor(Condition c, Facts facts, Evidence e) {
        BitSet unknown = new BitSet();
        c.unknowns(facts, unknown, lookup);
        return widestAskable(unknown, e);
    }

    /**
     * Of the findings that could be asked now for these unknowns, the one whose screen asks the
     * most of them at once (the lump's danger signs together before whether it goes back in);
     * ties go to knowledge-base order.
     */
    private Finding widestAskable(BitSet unknown, Evidence e) {
        Finding best = null;
        int bestCover = 0;
        for (int i = unknown.nextSetBit(0); i >= 0; i = unknown.nextSetBit(i + 1)) {
            BitSet one = new BitSet();
            one.set(i);
            Finding f = firstAskable(one, e);
            if (f == null) {
                continue;
            }
            int cover = 1; // a gate (sex before the testicle question) counts as one step
            for (Finding item : question(f, e).findings()) {
                cover += unknown.get(item.index()) && item != f ? 1 : 0;
            }
            if (cover > bestCover) {
                best = f;
                bestCover = cover;
            }
        }
        return best;
    }

    /** A finding read by a rule that sets the level now, one of whose answers would lower it. */
    private Finding loweringQuestion(Evidence e, Tri[] truth, Level level) {
        if (level == Level.SELF_CARE) {
            return null;
        }
        for (Rule r : kb.rules()) {
            if (r.level() != level || truth[r.index()] != Tri.TRUE) {
                continue;
            }
            BitSet reads = new BitSet();
            r.when().reads(reads);
            for (int i = reads.nextSetBit(0); i >= 0; i = reads.nextSetBit(i + 1)) {
                Finding f = kb.findings().get(i);
                if (!askable(f, e)) {
                    continue;
                }
                for (double v : answers.of(f)) {
                    if (level.isAbove(engine.level(e.with(f, v)))) {
                        return f;
                    }
                }
            }
        }
        return null;
    }

    /** A finding that decides whether a rule forbidding some advice applies (e.g. a fresh strain). */
    private Finding adviceSafetyQuestion(Evidence e, Tri[] truth, Level level) {
        Facts facts = facts(e, truth);
        for (AdviceRule rule : kb.adviceRules()) {
            if (rule.avoid().isEmpty() || (rule.levelAtMost() != null && level.isAbove(rule.levelAtMost()))
                    || rule.when().eval(facts) != Tri.UNKNOWN) {
                continue;
            }
            Finding f = askFor(rule.when(), facts, e);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** The question that would change the top causes for the most answers; null when none would. */
    private Question causeQuestion(Evidence e) {
        Set<String> top = new HashSet<>(engine.likelyOrPossibleCauses(e, kb.topCauses()));
        Question best = null;
        int bestScore = 0;
        for (Question q : candidates(e).values()) {
            int score = 0;
            for (Evidence outcome : answers.outcomes(q, e)) {
                if (changesTop(outcome, top) || opensQuestionThatChangesTop(e, outcome, top)) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = q;
                bestScore = score;
            }
        }
        return best;
    }

    private boolean changesTop(Evidence outcome, Set<String> top) {
        return !top.equals(new HashSet<>(engine.likelyOrPossibleCauses(outcome, kb.topCauses())));
    }

    /** A gate question (sex before pregnancy) matters when a question it opens would matter. */
    private boolean opensQuestionThatChangesTop(Evidence before, Evidence after, Set<String> top) {
        for (Finding g : kb.findings()) {
            if (g.askIf() != null && !askable(g, before) && askable(g, after)) {
                for (double v : answers.of(g)) {
                    if (changesTop(after.with(g, v), top)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Every screen that still has something to ask, in knowledge-base order of its first finding. */
    private Map<String, Question> candidates(Evidence e) {
        Map<String, Question> out = new LinkedHashMap<>();
        for (Finding f : kb.findings()) {
            if (askable(f, e)) {
                Question q = question(f, e);
                out.putIfAbsent(q.id(), q);
            }
        }
        return out;
    }

    private Step ask(Finding f, Evidence e, Step.Reason reason) {
        return new Step(question(f, e), false, reason, engine.assess(e));
    }

    /** The screen that asks a finding: its group with every item still to ask, or the finding alone. */
    Question question(Finding f, Evidence e) {
        Screen screen = kb.screenOf(f);
        if (screen == null) {
            return new Question.Single(f);
        }
        List<Finding> items = new ArrayList<>();
        for (Finding item : screen.items()) {
            if (askable(item, e)) {
                items.add(item);
            }
        }
        return items.size() == 1 ? new Question.Single(items.get(0)) : new Question.Group(screen, List.copyOf(items));
    }

    /**
     * The first unknown finding that can be asked now; for one whose skip condition is still
     * undecided, the finding that decides it (ask about the lump before asking whether it is firm).
     */
    private Finding firstAskable(BitSet unknown, Evidence e) {
        for (int i = unknown.nextSetBit(0); i >= 0; i = unknown.nextSetBit(i + 1)) {
            Finding f = kb.findings().get(i);
            if (askable(f, e)) {
                return f;
            }
            if (!e.isSkipped(f) && f.askIf() != null && f.askIf().eval(facts(e)) == Tri.UNKNOWN) {
                BitSet gate = new BitSet();
                f.askIf().unknowns(facts(e), gate, lookup);
                gate.clear(i);
                Finding g = firstAskable(gate, e);
                if (g != null) {
                    return g;
                }
            }
        }
        return null;
    }

    /** Not answered, not skipped, and its skip condition (if any) is met. */
    boolean askable(Finding f, Evidence e) {
        return !e.isKnown(f) && !e.isSkipped(f) && applies(f, e);
    }

    /** Whether a finding's skip condition is met, so that it is (or would be) asked at all. */
    public boolean applies(Finding f, Evidence e) {
        return f.askIf() == null || f.askIf().eval(facts(e)) == Tri.TRUE;
    }

    private static Facts facts(Evidence e) {
        return facts(e, null);
    }

    private static Facts facts(Evidence e, Tri[] rules) {
        return new Facts() {
            @Override public double value(int finding) { return e.value(finding); }
            @Override public Tri rule(int rule) { return rules == null ? Tri.UNKNOWN : rules[rule]; }
        };
    }
}
