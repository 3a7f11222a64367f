package org.crampwise.app.fhir;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crampwise.kb.Answer;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Screen;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Interview answers kept as finding id → value (true/false, a number, a choice's value) as a
 * QuestionnaireResponse to Questionnaire/crampwise: items in its groups, in its order, with the
 * answer types it declares, so {@code $assess} reads it back as the same evidence. An answer to a
 * finding the knowledge base no longer has is kept at the end, typed by its value.
 */
public final class FindingsResponse {
    private FindingsResponse() {
    }

    public static QuestionnaireResponse of(KnowledgeBase kb, Map<String, Object> findings) {
        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setQuestionnaire(Fhir.QUESTIONNAIRE_URL);
        qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        Map<String, QuestionnaireResponseItemComponent> groups = new LinkedHashMap<>();
        for (Finding f : kb.findings()) {
            Object v = findings.get(f.id());
            if (v == null) {
                continue;
            }
            QuestionnaireResponseItemComponent item = new QuestionnaireResponseItemComponent().setLinkId(f.id())
                    .setText(kb.fill(f.question()));
            item.addAnswer().setValue(value(f, v));
            Screen s = kb.screenOf(f);
            if (s == null) {
                qr.addItem(item);
            } else {
                String linkId = Fhir.groupLinkId(kb, s);
                groups.computeIfAbsent(linkId, id -> qr.addItem().setLinkId(id).setText(kb.fill(s.text()))).addItem(item);
            }
        }
        findings.forEach((id, v) -> {
            if (kb.finding(id) == null) {
                qr.addItem().setLinkId(id).addAnswer().setValue(value(null, v));
            }
        });
        return qr;
    }

    private static Type value(Finding f, Object v) {
        if (v instanceof Boolean b) {
            return new BooleanType(b);
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            boolean integer = f != null ? Fhir.isInteger(f) : n instanceof Long || n instanceof Integer;
            return integer && d == Math.rint(d) ? new IntegerType((int) d) : new DecimalType(BigDecimal.valueOf(d));
        }
        if (f != null && f.tryAnswer(v).orElse(null) instanceof Answer.Choice c) {
            return new Coding(Fhir.choiceSystem(f.id()), c.option(), f.options().get(c.index()).label());
        }
        return new StringType(v.toString());
    }
}
