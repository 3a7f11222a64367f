package org.crampwise.app.web.fhir;

import java.util.Date;
import org.crampwise.app.fhir.Fhir;
import org.crampwise.app.web.Messages;
import java.util.List;
import java.util.UUID;
import org.crampwise.engine.Assessment;
import org.crampwise.kb.AdviceItem;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;

/**
 * An assessment as FHIR: a {@code collection} Bundle of
 * <ol>
 *   <li>an Observation whose value is the triage level, coded in {@value Fhir#TRIAGE_LEVEL_SYSTEM}
 *       (display = the level's label, text = the headline), with the action and the disclaimer as
 *       notes and components for "complete", the rules reached (with why) and the safety questions
 *       still unanswered;
 *   <li>a RiskAssessment with a prediction per cause, most likely first: outcome coded in
 *       {@value Fhir#CAUSE_SYSTEM}, qualitativeRisk {@code likely}/{@code possible}/{@code unlikely}
 *       in {@value Fhir#LIKELIHOOD_SYSTEM}, rationale = the cause's summary;
 *   <li>three CarePlans, category {@code relief}, {@code prevention} and {@code avoid} in
 *       {@value Fhir#ADVICE_KIND_SYSTEM}: an activity per advice item, coded in
 *       {@value Fhir#ADVICE_SYSTEM}; what to avoid has {@code doNotPerform} true and its why as
 *       reasonCode text.
 * </ol>
 * and, last, the QuestionnaireResponse assessed (as posted), which the Observation names as
 * {@code derivedFrom}, the RiskAssessment as {@code basis} and each CarePlan as
 * {@code supportingInfo}. Every entry carries the disclaimer as a note and a {@code urn:uuid} fullUrl
 * (a new random one each time: an assessment is a new document).
 * The Bundle has an id and a timestamp (now); the Observation's effective time and the
 * RiskAssessment's occurrence are when the answers were given (the response's {@code authored}),
 * else now, and the Observation is {@code issued} now.
 */
final class AssessmentBundle {
    private final KnowledgeBase kb;
    private final Messages words;
    private final String language;

    AssessmentBundle(KnowledgeBase kb) {
        this.kb = kb;
        this.words = Words.of(kb);
        this.language = kb.language().toLanguageTag();
    }

    /** The assessment of a response, assembled at {@code now}. */
    Bundle of(Assessment a, QuestionnaireResponse response, Date now) {
        Reference subject = response.getSubject();
        Reference who = subject != null && !subject.isEmpty() ? subject.copy()
                : new Reference().setDisplay(words.get("fhir.subject"));
        CodeableConcept method = new CodeableConcept().setText(words.get("fhir.method", a.knowledgeBaseVersion()));
        QuestionnaireResponse qr = response.copy();
        String qrUrl = newId(qr);
        Reference basis = new Reference(qrUrl).setType("QuestionnaireResponse")
                .setDisplay(words.get("fhir.basis"));
        Date answered = qr.hasAuthored() ? qr.getAuthored() : now;
        Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION).setTimestamp(now);
        b.setLanguage(language);
        b.setId(UUID.randomUUID().toString());
        b.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + b.getId()));
        Observation triage = triage(a, who, method);
        triage.setEffective(qr.hasAuthored() ? qr.getAuthoredElement().copy() : new DateTimeType(now));
        triage.setIssued(now);
        triage.addDerivedFrom(basis.copy());
        add(b, triage);
        RiskAssessment causes = causes(a, who, method);
        causes.setOccurrence(new DateTimeType(answered));
        causes.addBasis(basis.copy());
        add(b, causes);
        for (CarePlan p : List.of(advice(a, who, AdviceItem.Kind.RELIEF, words.get("fhir.relief"), a.advice().relief()),
                advice(a, who, AdviceItem.Kind.PREVENTION, words.get("fhir.prevention"), a.advice().prevention()),
                advice(a, who, AdviceItem.Kind.AVOID, words.get("fhir.avoid"), a.advice().avoid()))) {
            p.setCreated(now);
            p.addSupportingInfo(basis.copy());
            add(b, p);
        }
        b.addEntry().setFullUrl(qrUrl).setResource(qr);
        return b;
    }

    /** Every resource made here says its language (the posted response is left as it came). */
    private void add(Bundle b, Resource r) {
        r.setLanguage(language);
        b.addEntry().setFullUrl(newId(r)).setResource(r);
    }

    /**
     * A new random fullUrl ({@code urn:uuid:}) for an entry. The resource itself gets no id: the
     * fullUrl is its identity in the Bundle, and HAPI reads such an entry back with the URN as id.
     */
    private static String newId(Resource r) {
        r.setId((String) null);
        return "urn:uuid:" + UUID.randomUUID();
    }

    private Observation triage(Assessment a, Reference who, CodeableConcept method) {
        Assessment.Triage t = a.triage();
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
                "survey", "Survey")));
        o.setCode(concept(Fhir.ASSESSMENT_SYSTEM, "triage-level", words.get("fhir.triageLevel")));
        o.setSubject(who);
        o.setMethod(method.copy());
        String label = kb.fill(kb.level(t.level()).label());
        o.setValue(new CodeableConcept(new Coding(Fhir.TRIAGE_LEVEL_SYSTEM, t.level().id(), label)).setText(t.headline()));
        o.addNote(new Annotation().setText(t.action()));
        o.addNote(new Annotation().setText(a.disclaimer()));
        o.addComponent().setCode(concept(Fhir.ASSESSMENT_SYSTEM, "triage-complete", words.get("fhir.triageComplete")))
                .setValue(new BooleanType(t.complete()));
        for (Assessment.Reason r : t.reasons()) {
            o.addComponent().setCode(concept(Fhir.ASSESSMENT_SYSTEM, "triage-reason", words.get("fhir.ruleReached")))
                    .setValue(new CodeableConcept(new Coding(Fhir.TRIAGE_RULE_SYSTEM, r.rule(), r.headline()))
                            .setText(r.explanation()));
        }
        for (String id : t.unansweredSafetyQuestions()) {
            Finding f = kb.finding(id);
            o.addComponent().setCode(concept(Fhir.ASSESSMENT_SYSTEM, "unanswered-safety-question",
                            words.get("fhir.unanswered")))
                    .setValue(new CodeableConcept(new Coding(Fhir.FINDING_SYSTEM, id, f == null ? null : kb.fill(f.question()))));
        }
        return o;
    }

    private RiskAssessment causes(Assessment a, Reference who, CodeableConcept method) {
        RiskAssessment r = new RiskAssessment();
        r.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
        r.setCode(concept(Fhir.ASSESSMENT_SYSTEM, "causes", words.get("fhir.causes")));
        r.setMethod(method.copy());
        r.setSubject(who.copy());
        for (Assessment.CauseResult c : a.causes()) {
            String likelihood = c.likelihood().id();
            r.addPrediction()
                    .setOutcome(new CodeableConcept(new Coding(Fhir.CAUSE_SYSTEM, c.id(), c.name())))
                    .setQualitativeRisk(new CodeableConcept(new Coding(Fhir.LIKELIHOOD_SYSTEM, likelihood,
                            words.get("likelihood." + likelihood))))
                    .setRationale(c.summary());
        }
        r.addNote(new Annotation().setText(a.disclaimer()));
        return r;
    }

    private static CarePlan advice(Assessment a, Reference who, AdviceItem.Kind kind, String title,
                                   List<Assessment.AdviceGiven> items) {
        CarePlan p = new CarePlan();
        p.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        p.setIntent(CarePlan.CarePlanIntent.PROPOSAL);
        p.addCategory(concept(Fhir.ADVICE_KIND_SYSTEM, kind.id(), title));
        p.setTitle(title);
        p.setSubject(who.copy());
        for (Assessment.AdviceGiven item : items) {
            CarePlan.CarePlanActivityDetailComponent d = p.addActivity().getDetail();
            d.setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED);
            d.setCode(new CodeableConcept(new Coding(Fhir.ADVICE_SYSTEM, item.id(), null)).setText(item.text()));
            d.setDescription(item.text());
            if (kind == AdviceItem.Kind.AVOID) {
                d.setDoNotPerform(true);
            }
            if (item.why() != null) {
                d.addReasonCode().setText(item.why());
            }
        }
        p.addNote(new Annotation().setText(a.disclaimer()));
        return p;
    }

    private static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept(new Coding(system, code, display)).setText(display);
    }
}
