package org.crampwise.engine.impact;

import java.util.List;
import org.crampwise.kb.Level;

/** One way a case's assessment differs between the base and the current knowledge base. */
public sealed interface Difference {

    /** Which knowledge base a side-specific difference is about. */
    enum Side {
        BASE, CURRENT;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether a piece of advice is one to follow or one to avoid. */
    enum AdviceKind {
        ADVISED, AVOIDED
    }

    /** The triage level changed; {@link #down()} is the change a reviewer must sign off on. */
    record LevelChange(Level base, Level current) implements Difference {
        public boolean up() {
            return current.isAbove(base);
        }

        /** Less urgent than before. */
        public boolean down() {
            return base.isAbove(current);
        }
    }

    /** The assessment became complete, or incomplete (a question that could raise it is unanswered). */
    record CompletenessChange(boolean base, boolean current) implements Difference {
    }

    /** The first three causes or their likelihoods changed. */
    record CausesChange(List<CaseResult.RankedCause> base, List<CaseResult.RankedCause> current) implements Difference {
        public CausesChange {
            base = List.copyOf(base);
            current = List.copyOf(current);
        }
    }

    /** An advice item is now given (or avoided), or no longer. */
    record AdviceChange(AdviceKind kind, String item, boolean added) implements Difference {
    }

    /**
     * One knowledge base was given the case without the findings it does not know (kb impact
     * --ignore-unknown-findings). Said with a case's other differences; alone it is no change.
     */
    record FindingsIgnored(Side side, List<String> findings) implements Difference {
        public FindingsIgnored {
            findings = List.copyOf(findings);
        }
    }

    /**
     * One knowledge base could not assess the case, so nothing else is compared. Not a level
     * down: there is no level to compare. Typically the base lacks a finding the case now uses.
     */
    record NotAssessed(Side side, String problem) implements Difference {
    }
}
