package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import ca.uhn.fhir.parser.DataFormatException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crampwise.app.web.HttpError;
import org.crampwise.condition.FindingType;
import org.crampwise.evidence.Evidence;
import org.crampwise.evidence.EvidenceReader;
import org.crampwise.evidence.InvalidEvidenceException;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Screen;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * A QuestionnaireResponse to the Crampwise Questionnaire, read as evidence. Each answer is checked
 * by its finding through {@link EvidenceReader}, as the contract's evidence JSON is, so a response
 * is held to exactly the rules (and gets exactly the messages) of {@code POST /api/v1/assessments};
 * a problem with a finding is reported at the item with its linkId. What only FHIR can get wrong
 * (a group answered, two answers, a valueDate, a coding from another system) is checked here.
 * Items may be nested in the Questionnaire's groups or listed flat; an item without an answer is
 * unknown.
 */
final class ResponseReader {
    private static final String ROOT = "QuestionnaireResponse";

    private final KnowledgeBase kb;
    private final Set<String> groups = new HashSet<>();
    private final Set<String> helps = new HashSet<>();

    ResponseReader(KnowledgeBase kb) {
        this.kb = kb;
        for (Screen s : kb.screens()) {
            String id = QuestionnaireBuilder.groupLinkId(kb, s);
            groups.add(id);
            helps.add(QuestionnaireBuilder.helpLinkId(id));
        }
        kb.findings().forEach(f -> helps.add(QuestionnaireBuilder.helpLinkId(f.id())));
    }

    /** A problem at one place of the response: a 400 naming it. */
    private static final class Problem extends Exception {
        final String path;
        final String reason;

        Problem(String path, String reason) {
            super(path + ": " + reason, null, false, false);
            this.path = path;
            this.reason = reason;
        }

        HttpError.BadRequest toHttp() {
            return new HttpError.BadRequest(getMessage(), List.of(new HttpError.FieldProblem(path, reason)));
        }
    }

    /** One answered (or unknown) linkId, in the order of the response, with its answer as a plain value. */
    private record Entry(String linkId, String path, Object value) {
    }

    /** The posted QuestionnaireResponse (FHIR JSON, or XML when {@code xml}). Throws a 400 saying what is wrong. */
    QuestionnaireResponse parse(byte[] body, boolean xml) {
        IBaseResource resource = parseAny(body, xml, "a QuestionnaireResponse");
        if (!(resource instanceof QuestionnaireResponse)) {
            throw new HttpError.BadRequest("expected a QuestionnaireResponse, got a " + resource.fhirType());
        }
        return (QuestionnaireResponse) resource;
    }

    /** Any FHIR resource, strictly parsed; {@code what} names what should have been sent. */
    static IBaseResource parseAny(byte[] body, boolean xml, String what) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new HttpError.BadRequest("the body is empty; send " + what);
        }
        try {
            return (xml ? Fhir.strictXmlParser() : Fhir.strictParser()).parseResource(text);
        } catch (DataFormatException e) {
            throw new HttpError.BadRequest("not a valid FHIR " + (xml ? "XML" : "JSON") + " resource: "
                    + oneLine(e.getMessage()));
        }
    }

    /** The evidence of a response to Questionnaire/crampwise. Throws a 400 naming the item at fault. */
    Evidence read(QuestionnaireResponse qr) {
        if (qr.hasQuestionnaire()) {
            String canonical = qr.getQuestionnaire();
            String url = canonical.contains("|") ? canonical.substring(0, canonical.indexOf('|')) : canonical;
            if (!url.equals(Fhir.QUESTIONNAIRE_URL) && !url.equals("Questionnaire/" + Fhir.QUESTIONNAIRE_ID)) {
                throw new Problem(ROOT + ".questionnaire", "must be " + Fhir.QUESTIONNAIRE_URL + ", got "
                        + oneLine(canonical)).toHttp();
            }
        }
        return read(qr, List.of());
    }

    /**
     * The evidence of a response's answers, whatever its questionnaire; {@code skipped}: findings
     * asked and not answered ("I don't know"). Throws a 400 naming the item at fault.
     */
    Evidence read(QuestionnaireResponse qr, Collection<String> skipped) {
        List<Entry> entries = new ArrayList<>();
        Problem pending = null;
        try {
            walk(qr.getItem(), ROOT + ".", entries);
        } catch (Problem p) {
            pending = p; // reported after any problem in the items before it, which come first
        }
        Evidence e = evidence(entries, skipped);
        if (pending != null) {
            throw pending.toHttp();
        }
        return e;
    }

    private void walk(List<QuestionnaireResponseItemComponent> items, String prefix, List<Entry> out) throws Problem {
        for (int i = 0; i < items.size(); i++) {
            QuestionnaireResponseItemComponent item = items.get(i);
            String linkId = item.getLinkId();
            if (linkId == null || linkId.isBlank()) {
                throw new Problem(prefix + "item[" + i + "]", "has no linkId");
            }
            String path = prefix + "item[linkId='" + literal(linkId) + "']";
            List<QuestionnaireResponseItemAnswerComponent> answers = item.getAnswer();
            if (groups.contains(linkId) || helps.contains(linkId)) {
                if (!answers.isEmpty()) {
                    throw new Problem(path, groups.contains(linkId)
                            ? "is a group of questions; answer the questions inside it" : "is help text and takes no answer");
                }
            } else {
                Finding f = kb.finding(linkId);
                if (answers.size() > 1) {
                    throw new Problem(path, "has " + answers.size() + " answers; it takes one");
                }
                if (f == null) {
                    out.add(new Entry(linkId, path, null)); // reported as an unknown finding
                } else if (answers.size() == 1) {
                    out.add(new Entry(linkId, path, value(f, answers.get(0).getValue(), path)));
                }
            }
            walk(item.getItem(), path + ".", out);
            for (int a = 0; a < answers.size(); a++) {
                walk(answers.get(a).getItem(), path + ".answer[" + a + "].", out);
            }
        }
    }

    /** The answer as the plain value the contract's JSON would have; its finding checks it. */
    private static Object value(Finding f, Type v, String path) throws Problem {
        if (v == null || v.isEmpty() || (v.isPrimitive() && !v.hasPrimitiveValue())) {
            throw new Problem(path, "has an answer with no value; " + expected(f));
        }
        if (f.type() == FindingType.CHOICE && !(v instanceof Coding)) {
            throw new Problem(path, expected(f) + ", got a value" + typeName(v));
        }
        if (v instanceof BooleanType b) {
            return b.booleanValue();
        }
        if (v instanceof DecimalType d) {
            return d.getValue();
        }
        if (v instanceof IntegerType n) {
            return n.getValue();
        }
        if (v instanceof Coding c) {
            String system = Fhir.choiceSystem(f.id());
            if (f.type() == FindingType.CHOICE && c.hasSystem() && !system.equals(c.getSystem())) {
                throw new Problem(path, "valueCoding.system must be " + system + ", got " + oneLine(c.getSystem()));
            }
            return c.getCode() == null ? "" : c.getCode();
        }
        if (v instanceof StringType s) {
            return s.getValue();
        }
        throw new Problem(path, expected(f) + ", got a value" + typeName(v));
    }

    private static String expected(Finding f) {
        switch (f.type()) {
            case BOOL:
                return "must be a valueBoolean (true or false)";
            case NUMBER:
                return "must be a valueInteger or valueDecimal from " + Finding.formatNumber(f.min()) + " to "
                        + Finding.formatNumber(f.max());
            default:
                StringBuilder sb = new StringBuilder("must be a valueCoding, one of ");
                for (int i = 0; i < f.options().size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append('"').append(f.options().get(i).value()).append('"');
                }
                return sb.toString();
        }
    }

    private static String typeName(Type v) {
        String t = v.fhirType();
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private Evidence evidence(List<Entry> entries, Collection<String> skipped) {
        EvidenceReader reader = new EvidenceReader(kb);
        for (Entry entry : entries) {
            try {
                reader.answer(reader.finding(entry.linkId()), entry.value());
            } catch (InvalidEvidenceException e) {
                // A field quotes a linkId cleaned and cut short: one that it changes is not named as an item.
                String path = e.field().equals("findings." + entry.linkId()) ? entry.path() : ROOT + ".item";
                throw new Problem(path, e.reason()).toHttp();
            }
        }
        try {
            int i = 0;
            for (String id : skipped) {
                reader.skipped(i++, id);
            }
            return reader.evidence();
        } catch (InvalidEvidenceException e) {
            throw new HttpError.BadRequest(e.getMessage(), List.of(new HttpError.FieldProblem(ROOT, e.getMessage())));
        }
    }

    /** A linkId inside a FHIRPath string literal. */
    private static String literal(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\'' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.split("\\R", 2)[0];
        StringBuilder sb = new StringBuilder();
        for (char c : line.toCharArray()) {
            sb.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return sb.length() > 300 ? sb.substring(0, 300) + "..." : sb.toString();
    }
}
