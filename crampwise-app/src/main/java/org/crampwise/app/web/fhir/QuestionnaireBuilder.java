package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import org.crampwise.app.web.Messages;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.crampwise.condition.Condition;
import org.crampwise.condition.FindingType;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Screen;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * The whole interview as one SDC Questionnaire: an item per finding ({@code linkId} = finding id),
 * the yes/no findings that the interview asks together as group items (one per screen of
 * knowledge/screens.yaml, {@code linkId} = screen id), each placed where its first finding comes in
 * the knowledge base. Help texts are display items ({@code <linkId>.help}, itemControl help).
 * Skip logic: {@link EnableWhens}.
 *
 * <p>FHIR cannot say the interview's "every item left unticked is no" of a group: a client that
 * shows a group as tick boxes should answer the unticked ones {@code false} itself; an item left
 * out of the response is unknown, never false.
 */
final class QuestionnaireBuilder {
    /**
     * UCUM codes for the units the knowledge base uses, by their words in its source language (the
     * same unit in every language); a unit not listed here is left out.
     */
    private static final Map<String, Coding> UNITS = Map.of(
            "years", new Coding(Fhir.UCUM, "a", "years"),
            "minutes", new Coding(Fhir.UCUM, "min", "minutes"),
            "days", new Coding(Fhir.UCUM, "d", "days"),
            "times a week", new Coding(Fhir.UCUM, "/wk", "times a week"));

    private final KnowledgeBase kb;
    /** The same knowledge in its source language, whose unit words name the UCUM units. */
    private final KnowledgeBase source;
    private final Messages words;
    private final EnableWhens enableWhens;

    QuestionnaireBuilder(KnowledgeBase kb) {
        this.kb = kb;
        this.source = kb.in(kb.languages().get(0));
        this.words = Words.of(kb);
        this.enableWhens = new EnableWhens(kb);
    }

    /** A number finding whose range is whole numbers is an integer question. */
    static boolean isInteger(Finding f) {
        return Fhir.isInteger(f);
    }

    /** The linkId of a screen's group: the screen id, unless a finding already has that id. */
    static String groupLinkId(KnowledgeBase kb, Screen s) {
        return Fhir.groupLinkId(kb, s);
    }

    static String helpLinkId(String linkId) {
        return linkId + ".help";
    }

    Questionnaire build() {
        Questionnaire q = new Questionnaire();
        q.setId(Fhir.QUESTIONNAIRE_ID);
        q.setUrl(Fhir.QUESTIONNAIRE_URL);
        q.setVersion(kb.version());
        q.setLanguage(kb.language().toLanguageTag());
        q.setName("Crampwise");
        q.setTitle(words.get("fhir.questionnaire.title"));
        q.setStatus(PublicationStatus.ACTIVE);
        q.setExperimental(false);
        q.addSubjectType("Patient");
        q.setPublisher("Crampwise");
        q.setDescription(words.get("fhir.questionnaire.description") + " " + kb.disclaimer());
        // The interview's order (contract v2): the 999 signs first, then age, sex, where and which
        // leg, then the questions of the most urgent rules; a screen comes where its first item would.
        Set<String> screensDone = new HashSet<>();
        for (Finding f : org.crampwise.interview.QuestionOrder.of(kb)) {
            Screen s = kb.screenOf(f);
            if (s == null) {
                q.addItem(question(f, true));
            } else if (screensDone.add(s.id())) {
                q.addItem(group(s));
            }
        }
        return q;
    }

    private QuestionnaireItemComponent group(Screen s) {
        String linkId = groupLinkId(kb, s);
        QuestionnaireItemComponent g = new QuestionnaireItemComponent().setLinkId(linkId).setText(kb.fill(s.text()))
                .setType(QuestionnaireItemType.GROUP);
        help(g, linkId, kb.fill(s.help()));
        for (Finding f : s.items()) {
            g.addItem(question(f, true));
        }
        // When every question of a screen has the same skip condition (the hernia danger signs:
        // groin_lump), the group has it too, so that its heading is not shown with nothing under it.
        Finding first = s.items().get(0);
        if (first.askIf() != null
                && s.items().stream().allMatch(f -> f.askIf() != null && f.askIf().equals(first.askIf()))) {
            enableWhen(g, first.askIf());
        }
        return g;
    }

    /**
     * A finding's item; with {@code skipLogic}, its enableWhen (an adaptive form leaves it out: the
     * server only ever adds an item that applies).
     */
    QuestionnaireItemComponent question(Finding f, boolean skipLogic) {
        QuestionnaireItemComponent item = new QuestionnaireItemComponent().setLinkId(f.id()).setText(kb.fill(f.question()));
        switch (f.type()) {
            case BOOL:
                item.setType(QuestionnaireItemType.BOOLEAN);
                break;
            case CHOICE:
                item.setType(QuestionnaireItemType.CHOICE);
                for (Finding.Option o : f.options()) {
                    item.addAnswerOption().setValue(new Coding(Fhir.choiceSystem(f.id()), o.value(), o.label()));
                }
                break;
            default:
                boolean integer = isInteger(f);
                item.setType(integer ? QuestionnaireItemType.INTEGER : QuestionnaireItemType.DECIMAL);
                item.addExtension(Fhir.MIN_VALUE, number(f.min(), integer));
                item.addExtension(Fhir.MAX_VALUE, number(f.max(), integer));
                String unit = source.finding(f.id()).unit();
                if (unit != null && UNITS.containsKey(unit)) {
                    item.addExtension(Fhir.UNIT, UNITS.get(unit).copy());
                }
        }
        if (skipLogic && f.askIf() != null) {
            enableWhen(item, f.askIf());
        }
        help(item, f.id(), kb.fill(f.help()));
        return item;
    }

    private void enableWhen(QuestionnaireItemComponent item, Condition askIf) {
        item.addExtension(Fhir.ASK_IF_EXTENSION, new StringType(askIf.toString()));
        EnableWhens.Translation t = enableWhens.translate(askIf);
        t.conditions().forEach(item::addEnableWhen);
        if (t.behavior() != null) {
            item.setEnableBehavior(t.behavior());
        }
        if (!t.exact()) {
            item.addExtension(Fhir.ENABLE_WHEN_WIDER_EXTENSION, new BooleanType(true));
        }
    }

    private static Type number(double v, boolean integer) {
        return integer ? new IntegerType((int) v) : new DecimalType(QuestionnaireBuilder.plain(v));
    }

    /** A number as a plain decimal: 100, not 1E+2. */
    static java.math.BigDecimal plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? java.math.BigDecimal.valueOf((long) v) : java.math.BigDecimal.valueOf(v);
    }

    static void help(QuestionnaireItemComponent parent, String linkId, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        QuestionnaireItemComponent help = parent.addItem().setLinkId(helpLinkId(linkId)).setText(text)
                .setType(QuestionnaireItemType.DISPLAY);
        help.addExtension(Fhir.ITEM_CONTROL, new CodeableConcept(new Coding(Fhir.ITEM_CONTROL_SYSTEM, "help", "Help-Button")));
    }
}
