package org.crampwise.kb;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crampwise.condition.Condition;
import org.crampwise.condition.Tri;

/**
 * Checks that span files, run once the knowledge base is built: what a reviewer could not see by
 * reading one entry. Each problem names its file and id.
 */
final class KbChecks {
    private KbChecks() {
    }

    static void run(KnowledgeBase kb, Problems problems, boolean proofs) {
        suspectsAreCauses(kb, problems);
        safetyFindingsAreRead(kb, problems);
        adviceReadsAskedFindings(kb, problems);
        if (proofs) {
            rulesReadFindingsOnlyUnderTheirAskIf(kb, problems);
        }
    }

    private static void suspectsAreCauses(KnowledgeBase kb, Problems problems) {
        Set<String> causes = new HashSet<>();
        kb.causes().forEach(c -> causes.add(c.id()));
        for (Rule r : kb.rules()) {
            Set<String> seen = new HashSet<>();
            for (String s : r.suspects()) {
                if (!causes.contains(s)) {
                    problems.add(RulesReader.FILE, "rule '" + r.id() + "'", "suspects: unknown cause '" + s + "'");
                } else if (!seen.add(s)) {
                    problems.add(RulesReader.FILE, "rule '" + r.id() + "'", "suspects: '" + s + "' is named twice");
                }
            }
        }
    }

    /** A red-flag question that no rule reads would be asked for nothing, or never asked at all. */
    private static void safetyFindingsAreRead(KnowledgeBase kb, Problems problems) {
        BitSet read = new BitSet();
        kb.rules().forEach(r -> r.when().reads(read));
        kb.adviceRules().forEach(a -> a.when().reads(read));
        for (Finding f : kb.findings()) {
            if (f.safety() && !read.get(f.index())) {
                problems.add(FindingsReader.FILE, "finding '" + f.id() + "'",
                        "a safety finding that neither a triage rule nor an advice rule reads");
            }
        }
    }

    /**
     * The interview asks a finding only for a reason: it is on the first screen or among the basics,
     * a triage rule, an advice rule that forbids something, or a cause reads it, or it decides whether
     * such a finding is asked. Advice given on any other finding would depend on an answer nobody asks.
     */
    private static void adviceReadsAskedFindings(KnowledgeBase kb, Problems problems) {
        BitSet asked = new BitSet();
        InterviewPlan plan = kb.interview();
        if (plan.first() != null) {
            plan.first().items().forEach(f -> asked.set(f.index()));
        }
        plan.basics().forEach(f -> asked.set(f.index()));
        plan.askAlways().forEach(f -> asked.set(f.index()));
        kb.rules().forEach(r -> r.when().reads(asked));
        kb.adviceRules().stream().filter(a -> !a.avoid().isEmpty()).forEach(a -> a.when().reads(asked));
        kb.causes().forEach(c -> c.evidence().forEach(w -> w.when().reads(asked)));
        for (Finding f : kb.findings()) {
            if (asked.get(f.index()) && f.askIf() != null) {
                f.askIf().reads(asked);
            }
        }
        for (AdviceRule a : kb.adviceRules()) {
            BitSet reads = new BitSet();
            a.when().reads(reads);
            reads.andNot(asked);
            for (int i = reads.nextSetBit(0); i >= 0; i = reads.nextSetBit(i + 1)) {
                problems.add(AdviceReader.FILE, "advice rule '" + a.id() + "'",
                        "reads '" + kb.findings().get(i).id() + "', which the interview never asks");
            }
        }
    }

    /**
     * Contract README, "askIf and safety": wherever a finding's askIf is FALSE, no triage rule may
     * still wait on it, or a question that is never asked would keep an assessment incomplete.
     * Proved by trying every telling answer of the other findings (engine-notes.md).
     */
    private static void rulesReadFindingsOnlyUnderTheirAskIf(KnowledgeBase kb, Problems problems) {
        Condition.RuleLookup lookup = i -> kb.rules().get(i).when();
        for (Rule r : kb.rules()) {
            BitSet reads = new BitSet();
            r.when().reads(reads);
            for (int i = reads.nextSetBit(0); i >= 0; i = reads.nextSetBit(i + 1)) {
                Finding f = kb.findings().get(i);
                if (f.askIf() == null) {
                    continue;
                }
                int index = i;
                boolean gated = Satisfiability.holdsForEvery(List.of(r.when(), f.askIf()), kb.findings(), index, facts -> {
                    if (f.askIf().eval(facts) != Tri.FALSE || r.when().eval(facts) != Tri.UNKNOWN) {
                        return true;
                    }
                    BitSet waits = new BitSet();
                    r.when().unknowns(facts, waits, lookup);
                    return !waits.get(index);
                });
                if (!gated) {
                    problems.add(RulesReader.FILE, "rule '" + r.id() + "'", "reads '" + f.id()
                            + "' where its askIf is FALSE, so a question that is never asked could keep the assessment"
                            + " incomplete; write the askIf into the rule (contract README, \"askIf and safety\")");
                }
            }
        }
    }
}
