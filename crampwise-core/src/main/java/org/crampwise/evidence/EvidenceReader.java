package org.crampwise.evidence;

import java.util.LinkedHashSet;
import java.util.Set;
import org.crampwise.kb.Finding;
import org.crampwise.kb.InvalidAnswerException;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Printable;

/**
 * Untrusted answers, checked one at a time as a reader meets them, with the contract's messages
 * (shared/contract/README.md). The evidence JSON ({@link EvidenceJson}), plain maps
 * ({@link EvidenceMap}) and FHIR responses all go through it, so each rejects the same answers
 * with the same words. Each field it names is a path of the contract's JSON:
 * {@code findings.<id>}, {@code skipped[<i>]}, {@code skipped}.
 */
public final class EvidenceReader {
    private final KnowledgeBase kb;
    private final Evidence.Builder evidence;
    private final Set<Finding> skipped = new LinkedHashSet<>();

    public EvidenceReader(KnowledgeBase kb) {
        this.kb = kb;
        this.evidence = Evidence.builder(kb);
    }

    /* The refusals of the evidence's outer shape, in the same words whichever reader meets them. */

    static InvalidEvidenceException notAnObject() {
        return new InvalidEvidenceException("input", "must be a JSON object with \"findings\"");
    }

    static InvalidEvidenceException findingsMissing() {
        return new InvalidEvidenceException("findings", "is missing");
    }

    static InvalidEvidenceException findingsNotAnObject() {
        return new InvalidEvidenceException("findings", "must be an object of finding ids to answers");
    }

    static InvalidEvidenceException skippedNotAList() {
        return new InvalidEvidenceException("skipped", "must be a list of finding ids");
    }

    static InvalidEvidenceException unknownField(String name) {
        return new InvalidEvidenceException(Printable.clean(name),
                "unknown field; expected \"findings\" and optionally \"skipped\"");
    }

    /** The finding {@code id} names, about to be answered: refused when unknown or already answered. */
    public Finding finding(String id) throws InvalidEvidenceException {
        Finding f = kb.finding(id);
        if (f == null) {
            throw new InvalidEvidenceException("findings." + Printable.clean(id), "unknown finding");
        }
        if (evidence.isAnswered(f)) {
            throw new InvalidEvidenceException("findings." + id, "appears twice");
        }
        return f;
    }

    /** The answer to {@code f} (from {@link #finding}), checked by the finding ({@link Finding#answer}). */
    public void answer(Finding f, Object raw) throws InvalidEvidenceException {
        try {
            evidence.put(f, f.answer(raw));
        } catch (InvalidAnswerException e) {
            throw new InvalidEvidenceException("findings." + f.id(), e.reason());
        }
    }

    /** Item {@code i} of the skipped list: a finding id. */
    public void skipped(int i, Object raw) throws InvalidEvidenceException {
        String field = "skipped[" + i + "]";
        if (!(raw instanceof String id)) {
            throw new InvalidEvidenceException(field, "must be a finding id, got " + Printable.describe(raw));
        }
        Finding f = kb.finding(id);
        if (f == null) {
            throw new InvalidEvidenceException(field, "unknown finding '" + Printable.clean(id) + "'");
        }
        skipped.add(f);
    }

    /** The evidence read; a finding both answered and skipped is refused. */
    public Evidence evidence() throws InvalidEvidenceException {
        for (Finding f : skipped) {
            if (evidence.isAnswered(f)) {
                throw new InvalidEvidenceException("skipped", "'" + f.id() + "' is also answered in findings");
            }
            evidence.skip(f);
        }
        return evidence.build();
    }
}
