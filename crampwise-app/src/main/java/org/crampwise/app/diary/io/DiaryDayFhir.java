package org.crampwise.app.diary.io;

import java.math.BigDecimal;
import org.crampwise.diary.DayLog;
import org.crampwise.app.fhir.Fhir;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * A day log as one FHIR Observation: code {@code day-log} in {@value #SYSTEM}, effective = the
 * day (a date), a component per thing noted, coded in the same system with the names of the JSON
 * export ({@code fluidsGlasses}, {@code exerciseLevel} 0–3, {@code hoursSitting} (UCUM h),
 * {@code alcoholUnits}, {@code caffeineDrinks}, {@code heavySweating}, {@code newMedicine},
 * {@code pregnancyWeek} (UCUM wk)) and one {@code tag} component per tag. Nothing noted, no component.
 */
final class DiaryDayFhir {
    static final String SYSTEM = "https://crampwise.org/fhir/CodeSystem/day-log";

    private DiaryDayFhir() {
    }

    static Observation observation(DayLog d) {
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(concept("day-log", "What the day was like (cramp diary)"));
        o.setSubject(new Reference().setDisplay("The person who kept this cramp diary"));
        o.setEffective(new DateTimeType(d.date().toString()));
        if (d.fluidsGlasses() != null) {
            add(o, "fluidsGlasses", "Glasses of fluid drunk", new IntegerType(d.fluidsGlasses()));
        }
        if (d.exerciseLevel() != null) {
            add(o, "exerciseLevel", "Exercise (0 none to 3 hard)", new IntegerType(d.exerciseLevel()));
        }
        if (d.hoursSitting() != null) {
            add(o, "hoursSitting", "Hours sitting", new Quantity().setValue(BigDecimal.valueOf(d.hoursSitting()))
                    .setUnit("h").setSystem(Fhir.UCUM).setCode("h"));
        }
        if (d.alcoholUnits() != null) {
            add(o, "alcoholUnits", "Units of alcohol", new Quantity().setValue(BigDecimal.valueOf(d.alcoholUnits()))
                    .setUnit("units of alcohol"));
        }
        if (d.caffeineDrinks() != null) {
            add(o, "caffeineDrinks", "Drinks with caffeine", new IntegerType(d.caffeineDrinks()));
        }
        if (d.heavySweating() != null) {
            add(o, "heavySweating", "Heavy sweating", new BooleanType(d.heavySweating()));
        }
        if (d.newMedicine() != null) {
            add(o, "newMedicine", "Started a new medicine", new BooleanType(d.newMedicine()));
        }
        if (d.pregnancyWeek() != null) {
            add(o, "pregnancyWeek", "Week of pregnancy", new Quantity().setValue(d.pregnancyWeek()).setUnit("wk")
                    .setSystem(Fhir.UCUM).setCode("wk"));
        }
        for (String tag : d.tags()) {
            add(o, "tag", "Own tag", new StringType(tag));
        }
        return o;
    }

    private static void add(Observation o, String code, String display, Type value) {
        o.addComponent().setCode(concept(code, display)).setValue(value);
    }

    private static CodeableConcept concept(String code, String display) {
        return new CodeableConcept(new Coding(SYSTEM, code, display)).setText(display);
    }
}
