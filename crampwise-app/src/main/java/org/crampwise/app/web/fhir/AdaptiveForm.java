package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crampwise.app.web.HttpError;
import org.crampwise.evidence.Evidence;
import org.crampwise.interview.Interview;
import org.crampwise.interview.Question;
import org.crampwise.interview.Step;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Screen;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Resource;

/**
 * SDC's adaptive form ({@code $next-question}) over the interview engine: the same
 * {@link Interview} as the pages and {@code POST /api/v1/interview/next}, one screen per call.
 *
 * <p>In: a QuestionnaireResponse (or a Parameters with it as {@code questionnaire-response})
 * whose questionnaire is contained ({@code #}{@value #CONTAINED_ID}; none on the first call).
 * The findings of the contained Questionnaire's items are the questions asked so far: one the
 * response does not answer was asked and not known ("I don't know", the API's {@code skipped}),
 * so it is not asked again. Out: the response with the interview's next screen appended to the
 * contained Questionnaire (a finding's item, or a screen's group of yes/no items), status
 * {@code in-progress}; or, when the interview stops, status {@code completed} and the assessment
 * as read-only items ({@link AdaptiveResult}). The server keeps nothing: the response carries it all.
 */
final class AdaptiveForm {
    static final String CONTAINED_ID = "crampwise-adaptive";
    static final String PARAMETER = "questionnaire-response";
    private static final String WHERE = "QuestionnaireResponse.contained[id='" + CONTAINED_ID + "']";

    private final KnowledgeBase kb;
    private final Interview interview;
    private final ResponseReader reader;
    private final QuestionnaireBuilder items;
    private final AdaptiveResult result;
    /** The contained form's title, in the knowledge base's language: the same on every call. */
    private final String title;

    AdaptiveForm(KnowledgeBase kb, Interview interview, ResponseReader reader) {
        this.kb = kb;
        this.interview = interview;
        this.reader = reader;
        this.items = new QuestionnaireBuilder(kb);
        this.result = new AdaptiveResult(kb);
        this.title = Words.of(kb).get("fhir.questionnaire.adaptiveTitle");
    }

    /** The response with the next screen, and the interview's step. */
    record Next(QuestionnaireResponse response, Step step) {
    }

    /** The QuestionnaireResponse posted as it is, or inside a Parameters. */
    static QuestionnaireResponse unwrap(IBaseResource posted) {
        if (posted instanceof QuestionnaireResponse qr) {
            return qr;
        }
        if (posted instanceof Parameters p) {
            Parameters.ParametersParameterComponent param = p.getParameter(PARAMETER);
            if (param != null && param.getResource() instanceof QuestionnaireResponse qr) {
                return qr;
            }
            throw new HttpError.BadRequest("Parameters: no parameter '" + PARAMETER + "' with a QuestionnaireResponse",
                    List.of(new HttpError.FieldProblem("Parameters.parameter", "needs '" + PARAMETER
                            + "' with a QuestionnaireResponse as its resource")));
        }
        throw new HttpError.BadRequest("expected a QuestionnaireResponse (or a Parameters with one), got a "
                + posted.fhirType());
    }

    Next next(QuestionnaireResponse in, Date now) {
        Questionnaire posted = contained(in);
        List<QuestionnaireItemComponent> asked = new ArrayList<>();
        Set<String> askedFindings = new LinkedHashSet<>();
        if (posted != null) {
            for (QuestionnaireItemComponent item : posted.getItem()) {
                if (!item.getLinkId().equals(AdaptiveResult.LINK_ID)) {
                    asked.add(rebuild(item, askedFindings));
                }
            }
        }
        QuestionnaireResponse out = in.copy();
        out.getContained().clear();
        out.getItem().removeIf(i -> AdaptiveResult.LINK_ID.equals(i.getLinkId()));
        Set<String> answered = new LinkedHashSet<>();
        answered(out.getItem(), answered);
        askedFindings.removeAll(answered);
        Evidence e = reader.read(out, askedFindings);
        Step step = interview.next(e);

        Questionnaire q = questionnaire();
        asked.forEach(q::addItem);
        if (step.shouldStop()) {
            result.add(step.assessment(), q, out);
            out.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        } else {
            q.addItem(item(step.question()));
            out.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        }
        out.addContained(q);
        out.setQuestionnaire("#" + CONTAINED_ID);
        out.setLanguage(q.getLanguage()); // the items' texts the person read are in it
        if (!out.hasAuthored()) {
            out.setAuthored(now);
        }
        return new Next(out, step);
    }

    /** The contained Questionnaire the response is to; null when it names none (the first call). */
    private static Questionnaire contained(QuestionnaireResponse qr) {
        String ref = qr.getQuestionnaire();
        if (ref == null || ref.isEmpty()) {
            return null;
        }
        String url = ref.contains("|") ? ref.substring(0, ref.indexOf('|')) : ref;
        if (url.equals(Fhir.QUESTIONNAIRE_URL) || url.equals("Questionnaire/" + Fhir.QUESTIONNAIRE_ID)) {
            return null; // starting from the whole Questionnaire: nothing asked yet
        }
        for (Resource r : qr.getContained()) {
            if (r instanceof Questionnaire q && ref.equals("#" + q.getIdElement().getIdPart().replace("#", ""))) {
                return q;
            }
        }
        throw new HttpError.BadRequest("QuestionnaireResponse.questionnaire: " + ref + " is not a contained Questionnaire",
                List.of(new HttpError.FieldProblem("QuestionnaireResponse.questionnaire", "must be #" + CONTAINED_ID
                        + " (the contained Questionnaire of the last answer) or " + Fhir.QUESTIONNAIRE_URL)));
    }

    /** An item asked before, rebuilt from the knowledge base: the client's copy is not trusted. */
    private QuestionnaireItemComponent rebuild(QuestionnaireItemComponent item, Set<String> findings) {
        String linkId = item.getLinkId();
        Finding f = kb.finding(linkId);
        if (f != null) {
            findings.add(f.id());
            return items.question(f, false);
        }
        for (Screen s : kb.screens()) {
            if (QuestionnaireBuilder.groupLinkId(kb, s).equals(linkId)) {
                List<Finding> asked = new ArrayList<>();
                for (Finding member : s.items()) {
                    if (item.getItem().stream().anyMatch(i -> member.id().equals(i.getLinkId()))) {
                        asked.add(member);
                        findings.add(member.id());
                    }
                }
                return item(new Question.Group(s, asked));
            }
        }
        String where = WHERE + ".item[linkId='" + linkId + "']";
        throw new HttpError.BadRequest(where + ": not a question of the Crampwise interview",
                List.of(new HttpError.FieldProblem(where, "not a question of the Crampwise interview")));
    }

    /** A screen of the interview as Questionnaire items: a finding, or a group of yes/no findings. */
    private QuestionnaireItemComponent item(Question question) {
        if (question instanceof Question.Single single) {
            return items.question(single.finding(), false);
        }
        Question.Group g = (Question.Group) question;
        String linkId = QuestionnaireBuilder.groupLinkId(kb, g.screen());
        QuestionnaireItemComponent group = new QuestionnaireItemComponent().setLinkId(linkId)
                .setText(kb.fill(g.text())).setType(QuestionnaireItemType.GROUP);
        QuestionnaireBuilder.help(group, linkId, kb.fill(g.help()));
        for (Finding f : g.items()) {
            group.addItem(items.question(f, false));
        }
        return group;
    }

    private Questionnaire questionnaire() {
        Questionnaire q = new Questionnaire();
        q.setId(CONTAINED_ID);
        q.addExtension(Fhir.SDC_ADAPTIVE, new BooleanType(true));
        q.setVersion(kb.version());
        q.setLanguage(kb.language().toLanguageTag());
        q.setName("CrampwiseAdaptive");
        q.setTitle(title);
        q.setStatus(PublicationStatus.ACTIVE);
        q.addDerivedFrom(Fhir.QUESTIONNAIRE_URL + "|" + kb.version());
        q.addSubjectType("Patient");
        return q;
    }

    /** The linkIds that have an answer, at any depth. */
    private static void answered(List<QuestionnaireResponseItemComponent> items, Set<String> out) {
        for (QuestionnaireResponseItemComponent i : items) {
            if (i.hasAnswer()) {
                out.add(i.getLinkId());
                i.getAnswer().forEach(a -> answered(a.getItem(), out));
            }
            answered(i.getItem(), out);
        }
    }
}
