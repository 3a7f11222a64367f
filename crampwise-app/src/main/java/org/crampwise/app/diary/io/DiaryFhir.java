package org.crampwise.app.diary.io;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.crampwise.diary.DayLog;
import org.crampwise.app.diary.Diary;
import org.crampwise.diary.Episode;
import org.crampwise.app.diary.StoredEpisode;
import org.crampwise.app.fhir.Fhir;
import org.crampwise.app.fhir.FindingsResponse;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * A diary as FHIR R4: a {@code collection} Bundle (with a timestamp) of one Observation per episode,
 * the interview answers saved with an episode as a QuestionnaireResponse, and one Observation per
 * day log ({@link DiaryDayFhir}). An episode's Observation:
 * <ul>
 *   <li>code: SNOMED CT 55300003 "Cramp (finding)" (https://browser.ihtsdotools.org/?perspective=full&amp;conceptId1=55300003);
 *   <li>effectiveDateTime: the start, with the offset it happened at, and the time zone (IANA id,
 *       such as Europe/London) in the core extension {@code tz-code}, so the local time reads as it was;
 *   <li>bodySite: the location coded in the questionnaire's location answers, and as text with
 *       the side ("Calf, left leg"); the side is also a component coded in the side answers;
 *   <li>components: the duration (Quantity in UCUM {@code min}; code: the contract finding
 *       {@code episode_minutes}) and the pain, LOINC 72514-3 "Pain severity - 0-10 verbal numeric
 *       rating [Score] - Reported", as an integer; what the person was doing, coded like the diary;
 *   <li>notes: what helped, and the person's notes;
 *   <li>derivedFrom: the QuestionnaireResponse of the saved answers (every one, red flags
 *       included), to Questionnaire/crampwise ({@link FindingsResponse}), when there are any.
 * </ul>
 * The entries are the same from one export to the next (ids come from the episode ids and days).
 */
final class DiaryFhir {
    static final String SNOMED = "http://snomed.info/sct";
    static final String CRAMP = "55300003";
    static final String LOINC = "http://loinc.org";
    static final String PAIN_SEVERITY = "72514-3";
    /** The core extension for "an IANA timezone code" on a dateTime (R4's extension pack). */
    static final String TZ_CODE = "http://hl7.org/fhir/StructureDefinition/tz-code";
    static final String CONTEXT_SYSTEM = "https://crampwise.org/fhir/CodeSystem/episode-context";

    private final KnowledgeBase kb;

    DiaryFhir(KnowledgeBase kb) {
        this.kb = kb;
    }

    Bundle bundle(List<StoredEpisode> episodes, List<DayLog> days, Date now) {
        Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION).setTimestamp(now);
        List<Bundle.BundleEntryComponent> answers = new java.util.ArrayList<>();
        for (StoredEpisode s : episodes) {
            Observation o = observation(s);
            b.addEntry().setFullUrl(urn("episode:" + s.id())).setResource(o);
            if (!s.episode().findings().isEmpty()) {
                QuestionnaireResponse qr = FindingsResponse.of(kb, s.episode().findings());
                qr.setId("episode-" + s.id() + "-answers");
                qr.setSubject(o.getSubject().copy());
                qr.setAuthored(Date.from(s.createdAt()));
                String url = urn("episode-answers:" + s.id());
                o.addDerivedFrom(new Reference(url).setType("QuestionnaireResponse")
                        .setDisplay("The answers saved with this cramp"));
                answers.add(new Bundle.BundleEntryComponent().setFullUrl(url).setResource(qr));
            }
        }
        answers.forEach(b::addEntry);
        for (DayLog d : days) {
            Observation o = DiaryDayFhir.observation(d);
            o.setId("day-" + d.date());
            b.addEntry().setFullUrl(urn("day:" + d.date())).setResource(o);
        }
        return b;
    }

    /**
     * FHIR allows only an absolute URL or a urn:uuid/urn:oid as a fullUrl; a name-based UUID keeps
     * the same record's fullUrl the same from one export to the next.
     */
    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("crampwise:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private Observation observation(StoredEpisode s) {
        Episode e = s.episode();
        Observation o = new Observation();
        o.setId("episode-" + s.id());
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept(new Coding(SNOMED, CRAMP, "Cramp (finding)")).setText("Muscle cramp"));
        o.setSubject(new Reference().setDisplay("The person who kept this cramp diary"));
        DateTimeType start = new DateTimeType(Diary.START.format(e.start()));
        start.addExtension(TZ_CODE, new CodeType(e.zone().getId()));
        o.setEffective(start);
        if (e.location() != null || e.side() != null) {
            CodeableConcept site = new CodeableConcept().setText(siteText(e));
            String code = choice("location", e.location());
            if (code != null) {
                site.addCoding(new Coding(Fhir.choiceSystem("location"), code, label("location", code)));
            }
            o.setBodySite(site);
        }
        o.addComponent()
                .setCode(new CodeableConcept(new Coding(Fhir.FINDING_SYSTEM, "episode_minutes", "Duration of the cramp"))
                        .setText("Duration"))
                .setValue(new Quantity().setValue(e.durationMinutes()).setUnit("min").setSystem(Fhir.UCUM).setCode("min"));
        if (e.painScore() != null) {
            o.addComponent()
                    .setCode(new CodeableConcept(new Coding(LOINC, PAIN_SEVERITY,
                            "Pain severity - 0-10 verbal numeric rating [Score] - Reported")).setText("Pain (0 to 10)"))
                    .setValue(new IntegerType(e.painScore()));
        }
        String side = choice("side", e.side());
        if (side != null) {
            o.addComponent().setCode(new CodeableConcept(new Coding(Fhir.FINDING_SYSTEM, "side", "Which leg")))
                    .setValue(new CodeableConcept(new Coding(Fhir.choiceSystem("side"), side, label("side", side))));
        }
        if (e.context() != null) {
            o.addComponent().setCode(new CodeableConcept().setText("What the person was doing"))
                    .setValue(new CodeableConcept(new Coding(CONTEXT_SYSTEM, e.context().code(), null)));
        }
        if (e.helped() != null && !e.helped().isBlank()) {
            o.addNote(new Annotation().setText("What helped: " + e.helped()));
        }
        if (e.notes() != null && !e.notes().isBlank()) {
            o.addNote(new Annotation().setText(e.notes()));
        }
        return o;
    }

    private String siteText(Episode e) {
        String code = choice("location", e.location());
        String where = code != null ? label("location", code) : e.location();
        String sideCode = choice("side", e.side());
        String side = sideCode != null ? label("side", sideCode) : e.side();
        if (where == null) {
            return side;
        }
        return side == null ? where : where + ", " + side;
    }

    /** The value when it is one of the finding's answers, else null (free text stays text only). */
    private String choice(String finding, String value) {
        Finding f = kb.finding(finding);
        return f != null && f.accepts(value) ? value : null;
    }

    private String label(String finding, String value) {
        Finding f = kb.finding(finding);
        return f.options().get(f.optionIndex(value)).label();
    }
}
