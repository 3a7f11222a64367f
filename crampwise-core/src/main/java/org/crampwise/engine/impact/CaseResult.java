package org.crampwise.engine.impact;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crampwise.engine.Assessment;
import org.crampwise.engine.Engine;
import org.crampwise.evidence.EvidenceJson;
import org.crampwise.evidence.InvalidEvidenceException;
import org.crampwise.kb.Level;

/** What one knowledge base makes of one case: its assessment in brief, or why it could not assess it. */
public sealed interface CaseResult {
    /** How many of the ranked causes are compared: the ones a person reads first. */
    int TOP_CAUSES = 3;

    /** A cause among the first three, with its likelihood. */
    record RankedCause(String id, Assessment.Likelihood likelihood) {
    }

    /**
     * @param causes  the first {@value #TOP_CAUSES} causes, in order
     * @param advised the advice given (relief, then prevention), by id
     * @param avoided the advice to avoid, by id
     * @param ignored findings of the case this knowledge base does not know, left out (only when asked to)
     */
    record Assessed(Level level, boolean complete, List<RankedCause> causes, List<String> advised,
                    List<String> avoided, List<String> ignored) implements CaseResult {
        public Assessed {
            causes = List.copyOf(causes);
            advised = List.copyOf(advised);
            avoided = List.copyOf(avoided);
            ignored = List.copyOf(ignored);
        }

        public Assessed(Level level, boolean complete, List<RankedCause> causes, List<String> advised,
                        List<String> avoided) {
            this(level, complete, causes, advised, avoided, List.of());
        }
    }

    /** The knowledge base rejects the case's evidence (e.g. a finding it does not know), or the file is unusable. */
    record Invalid(String problem) implements CaseResult {
    }

    /** Assesses a case with one engine; invalid evidence is an answer here, not an error. */
    static CaseResult of(Engine engine, ImpactCase c) {
        return of(engine, c, false);
    }

    /**
     * @param ignoreUnknown leave out the findings the knowledge base does not know (as an older
     *                      release, which never asked them), instead of calling the evidence invalid
     */
    static CaseResult of(Engine engine, ImpactCase c, boolean ignoreUnknown) {
        if (c.problem() != null) {
            return new Invalid(c.problem());
        }
        UnknownFindings.Stripped evidence = ignoreUnknown ? UnknownFindings.strip(engine.knowledgeBase(), c.evidence())
                : new UnknownFindings.Stripped(c.evidence(), List.of());
        Assessment a;
        try {
            a = engine.assess(new EvidenceJson(engine.knowledgeBase()).read(evidence.evidence().getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidEvidenceException e) {
            return new Invalid("invalid evidence: " + e.getMessage());
        }
        List<RankedCause> causes = a.causes().stream().limit(TOP_CAUSES)
                .map(r -> new RankedCause(r.id(), r.likelihood())).toList();
        List<String> advised = new java.util.ArrayList<>();
        a.advice().relief().forEach(g -> advised.add(g.id()));
        a.advice().prevention().forEach(g -> advised.add(g.id()));
        List<String> avoided = a.advice().avoid().stream().map(Assessment.AdviceGiven::id).toList();
        return new Assessed(a.triage().level(), a.triage().complete(), causes, advised, avoided, evidence.dropped());
    }
}
