package org.crampwise.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/**
 * Evidence to and from plain maps shaped as the contract's evidence JSON:
 * {@code {"findings": {"age_years": 34, "sex": "female", "breathless": false}, "skipped": ["pregnant"]}},
 * answers as Boolean, Number (Long when whole) and String. What the diary stores, what a form
 * carries and what {@link EvidenceJson} writes are these maps; reading one is held to the
 * contract's rules and messages, as the JSON is.
 */
public final class EvidenceMap {
    private final KnowledgeBase kb;

    public EvidenceMap(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The evidence of a document {@code {"findings": {...}, "skipped": [...]}}; anything else is refused naming the field. */
    public Evidence read(Map<String, ?> document) throws InvalidEvidenceException {
        if (document == null) {
            throw EvidenceReader.notAnObject();
        }
        EvidenceReader reader = new EvidenceReader(kb);
        for (Map.Entry<String, ?> field : document.entrySet()) {
            String name = field.getKey();
            Object value = field.getValue();
            if ("findings".equals(name)) {
                if (!(value instanceof Map<?, ?> findings)) {
                    throw EvidenceReader.findingsNotAnObject();
                }
                for (Map.Entry<?, ?> answer : findings.entrySet()) {
                    reader.answer(reader.finding(String.valueOf(answer.getKey())), answer.getValue());
                }
            } else if ("skipped".equals(name)) {
                if (!(value instanceof List<?> ids)) {
                    throw EvidenceReader.skippedNotAList();
                }
                for (int i = 0; i < ids.size(); i++) {
                    reader.skipped(i, ids.get(i));
                }
            } else {
                throw EvidenceReader.unknownField(String.valueOf(name));
            }
        }
        if (!document.containsKey("findings")) {
            throw EvidenceReader.findingsMissing();
        }
        return reader.evidence();
    }

    /** The evidence of answers by finding id alone (nothing skipped), as the diary keeps them. */
    public Evidence readFindings(Map<String, ?> findings) throws InvalidEvidenceException {
        return read(Map.of("findings", findings));
    }

    /** The document of {@code e}: findings and skipped ids in knowledge-base order. */
    public Map<String, Object> write(Evidence e) {
        List<String> skipped = new ArrayList<>();
        for (Finding f : kb.findings()) {
            if (e.isSkipped(f)) {
                skipped.add(f.id());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("findings", findings(e));
        out.put("skipped", skipped);
        return out;
    }

    /** The answers of {@code e} by finding id, in knowledge-base order: true/false, a number, an option's value. */
    public Map<String, Object> findings(Evidence e) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Finding f : kb.findings()) {
            e.answer(f).ifPresent(a -> out.put(f.id(), a.plain()));
        }
        return out;
    }
}
