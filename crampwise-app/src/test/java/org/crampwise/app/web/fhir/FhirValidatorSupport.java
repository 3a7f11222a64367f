package org.crampwise.app.web.fhir;

import org.crampwise.app.fhir.Fhir;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * HL7's instance validator (HAPI's FhirInstanceValidator) against the R4 core profiles, offline:
 * DefaultProfileValidationSupport, InMemoryTerminologyServerValidationSupport and
 * CommonCodeSystemsTerminologyService (UCUM, languages, MIME types...). SNOMED CT and LOINC cannot
 * be checked without a terminology server, and Crampwise's own code systems are not published:
 * {@link UnknownCodeSystemWarningValidationSupport} makes a code from a system it cannot check a
 * warning, not an error. Nothing else is relaxed.
 *
 * <p>One validator for the JVM, used by every FHIR test class at once: HAPI's validator is
 * thread-safe (a new HL7 InstanceValidator per call, over one shared, caching support chain), and
 * building and warming it (the R4 profiles, loaded once) is the costly part. Validating under a lock
 * would leave the test threads of the other FHIR classes idle while one validates.
 */
final class FhirValidatorSupport {
    private static final FhirValidator VALIDATOR = create();

    private FhirValidatorSupport() {
    }

    private static FhirValidator create() {
        var ctx = Fhir.context();
        UnknownCodeSystemWarningValidationSupport unknown = new UnknownCodeSystemWarningValidationSupport(ctx);
        unknown.setNonExistentCodeSystemSeverity(ca.uhn.fhir.context.support.IValidationSupport.IssueSeverity.WARNING);
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx), new CommonCodeSystemsTerminologyService(ctx), unknown);
        FhirInstanceValidator instance = new FhirInstanceValidator(chain);
        instance.setNoTerminologyChecks(false);
        FhirValidator v = ctx.newValidator();
        v.registerValidatorModule(instance);
        return v;
    }

    /** The errors (and fatal errors) HL7's validator finds in a resource's text (JSON or XML). */
    static List<String> errors(String resource) {
        ValidationResult result = VALIDATOR.validateWithResult(resource);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidatorSupport::line).toList();
    }

    /** Every message, whatever its severity (for looking at the warnings). */
    static List<String> messages(String resource) {
        return VALIDATOR.validateWithResult(resource).getMessages().stream().map(FhirValidatorSupport::line).toList();
    }

    private static String line(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }
}
