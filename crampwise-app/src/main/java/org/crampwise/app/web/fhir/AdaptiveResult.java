package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import org.crampwise.app.web.Messages;
import java.util.List;
import org.crampwise.engine.Assessment;
import org.crampwise.kb.Cause;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Level;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * The assessment at the end of an adaptive form, as SDC returns a score: read-only items of a
 * group {@value #LINK_ID} in the contained Questionnaire, answered in the response. The triage
 * level (coded as in the {@code $assess} Bundle), its headline and action, the likely and possible
 * causes (coded), what eases it, prevents it and what to avoid (texts), and the disclaimer.
 */
final class AdaptiveResult {
    static final String LINK_ID = "crampwise-assessment";

    private final KnowledgeBase kb;
    private final Messages words;

    AdaptiveResult(KnowledgeBase kb) {
        this.kb = kb;
        this.words = Words.of(kb);
    }

    void add(Assessment a, Questionnaire q, QuestionnaireResponse qr) {
        QuestionnaireItemComponent group = q.addItem().setLinkId(LINK_ID).setText(words.get("result.title"))
                .setType(QuestionnaireItemType.GROUP).setReadOnly(true);
        QuestionnaireResponseItemComponent answers = new QuestionnaireResponseItemComponent().setLinkId(LINK_ID)
                .setText(group.getText());

        QuestionnaireItemComponent level = item(group, "level", words.get("fhir.result.level"), QuestionnaireItemType.CHOICE);
        for (Level l : Level.values()) {
            level.addAnswerOption().setValue(levelCoding(l));
        }
        answer(answers, level, List.of(levelCoding(a.triage().level())));
        answer(answers, item(group, "headline", words.get("fhir.result.headline"), QuestionnaireItemType.STRING),
                List.of(new StringType(a.triage().headline())));
        answer(answers, item(group, "action", words.get("fhir.result.action"), QuestionnaireItemType.STRING),
                List.of(new StringType(a.triage().action())));

        QuestionnaireItemComponent causes = item(group, "causes", words.get("fhir.result.causes"), QuestionnaireItemType.CHOICE)
                .setRepeats(true);
        for (Cause c : kb.causes()) {
            causes.addAnswerOption().setValue(new Coding(Fhir.CAUSE_SYSTEM, c.id(), c.name()));
        }
        answer(answers, causes, a.causes().stream()
                .filter(c -> c.likelihood() != Assessment.Likelihood.UNLIKELY)
                .map(c -> (Type) new Coding(Fhir.CAUSE_SYSTEM, c.id(), c.name())).toList());
        texts(group, answers, "relief", words.get("result.ease"), a.advice().relief());
        texts(group, answers, "prevention", words.get("result.prevent"), a.advice().prevention());
        texts(group, answers, "avoid", words.get("result.avoid"), a.advice().avoid());
        group.addItem().setLinkId(LINK_ID + ".disclaimer").setText(a.disclaimer()).setType(QuestionnaireItemType.DISPLAY);
        qr.addItem(answers);
    }

    private Coding levelCoding(Level l) {
        return new Coding(Fhir.TRIAGE_LEVEL_SYSTEM, l.id(), kb.fill(kb.level(l).label()));
    }

    private static void texts(QuestionnaireItemComponent group, QuestionnaireResponseItemComponent answers, String name,
                              String text, List<Assessment.AdviceGiven> advice) {
        QuestionnaireItemComponent item = item(group, name, text, QuestionnaireItemType.STRING).setRepeats(true);
        answer(answers, item, advice.stream().map(g -> (Type) new StringType(g.text())).toList());
    }

    private static QuestionnaireItemComponent item(QuestionnaireItemComponent group, String name, String text,
                                                   QuestionnaireItemType type) {
        return group.addItem().setLinkId(LINK_ID + "." + name).setText(text).setType(type).setReadOnly(true);
    }

    /** The response's item for a question, when there is something to answer (an empty item is not allowed). */
    private static void answer(QuestionnaireResponseItemComponent group, QuestionnaireItemComponent item, List<Type> values) {
        if (values.isEmpty()) {
            return;
        }
        QuestionnaireResponseItemComponent a = group.addItem().setLinkId(item.getLinkId()).setText(item.getText());
        values.forEach(v -> a.addAnswer().setValue(v));
    }
}
