package org.crampwise.app.web.fuzz;

import java.util.List;
import java.util.Map;

/**
 * What the fuzz test sends requests to: every API, FHIR and operations route, and every form a
 * page posts. To cover a new route, add a row here (the test fails while a route the server
 * registers is missing); a new kind of body needs a valid example in {@link #VALID}.
 */
final class Targets {
    private Targets() {
    }

    /** The body a route takes. */
    enum Body { NONE, EVIDENCE, FHIR_RESPONSE, CREDENTIALS, EPISODE, DAY, CHECK_FORM, FEEDBACK_FORM }

    /** What a request must carry to get past the route's guard. */
    enum Guard { NONE, BEARER, CSRF }

    /** One route: method, path template ({id}, {date} are filled in), body and guard. */
    record Target(String method, String path, Body body, Guard guard) {
        boolean isForm() {
            return body == Body.CHECK_FORM || body == Body.FEEDBACK_FORM;
        }

        boolean isJson() {
            return body != Body.NONE && !isForm();
        }
    }

    static final List<Target> ALL = List.of(
            // the assessment API (stateless)
            new Target("POST", "/api/v1/assessments", Body.EVIDENCE, Guard.NONE),
            new Target("POST", "/api/v1/interview/next", Body.EVIDENCE, Guard.NONE),
            new Target("GET", "/api/v1/findings", Body.NONE, Guard.NONE),
            new Target("GET", "/api/v1/causes", Body.NONE, Guard.NONE),
            new Target("GET", "/api/v1/advice", Body.NONE, Guard.NONE),
            new Target("GET", "/api/v1/sources", Body.NONE, Guard.NONE),
            new Target("GET", "/api/v1/version", Body.NONE, Guard.NONE),
            // accounts and the diary (bearer tokens)
            new Target("POST", "/api/v1/accounts", Body.CREDENTIALS, Guard.NONE),
            new Target("DELETE", "/api/v1/accounts/me", Body.NONE, Guard.BEARER),
            new Target("POST", "/api/v1/sessions", Body.CREDENTIALS, Guard.NONE),
            new Target("DELETE", "/api/v1/sessions/current", Body.NONE, Guard.BEARER),
            new Target("POST", "/api/v1/diary/episodes", Body.EPISODE, Guard.BEARER),
            new Target("GET", "/api/v1/diary/episodes", Body.NONE, Guard.BEARER),
            new Target("GET", "/api/v1/diary/episodes/{id}", Body.NONE, Guard.BEARER),
            new Target("PUT", "/api/v1/diary/episodes/{id}", Body.EPISODE, Guard.BEARER),
            new Target("DELETE", "/api/v1/diary/episodes/{id}", Body.NONE, Guard.BEARER),
            new Target("GET", "/api/v1/diary/days", Body.NONE, Guard.BEARER),
            new Target("GET", "/api/v1/diary/days/{date}", Body.NONE, Guard.BEARER),
            new Target("PUT", "/api/v1/diary/days/{date}", Body.DAY, Guard.BEARER),
            new Target("GET", "/api/v1/diary/insights", Body.NONE, Guard.BEARER),
            new Target("GET", "/api/v1/diary/export", Body.NONE, Guard.BEARER),
            // FHIR
            new Target("GET", "/fhir/metadata", Body.NONE, Guard.NONE),
            new Target("GET", "/fhir/Questionnaire/{id}", Body.NONE, Guard.NONE),
            new Target("GET", "/fhir/OperationDefinition/{id}", Body.NONE, Guard.NONE),
            new Target("POST", "/fhir/QuestionnaireResponse/$assess", Body.FHIR_RESPONSE, Guard.NONE),
            // the service
            new Target("GET", "/health", Body.NONE, Guard.NONE),
            new Target("GET", "/ready", Body.NONE, Guard.NONE),
            new Target("GET", "/metrics", Body.NONE, Guard.NONE),
            new Target("GET", "/openapi.json", Body.NONE, Guard.NONE),
            // the pages' forms, and pages that read an id or a number from the address
            new Target("POST", "/check", Body.CHECK_FORM, Guard.CSRF),
            new Target("POST", "/learn/{id}/feedback", Body.FEEDBACK_FORM, Guard.CSRF),
            new Target("GET", "/learn/{id}", Body.NONE, Guard.NONE),
            new Target("GET", "/check/change", Body.NONE, Guard.NONE),
            new Target("GET", "/check/back", Body.NONE, Guard.NONE));

    /** A valid body of each kind: the fuzz test mutates these. */
    static final Map<Body, String> VALID = Map.of(
            Body.EVIDENCE, "{\"findings\": {\"age_years\": 45, \"location\": \"calf\", \"side\": \"left\", "
                    + "\"one_leg_swollen\": true, \"pain_score\": 6}, \"skipped\": [\"breathless\"]}",
            Body.FHIR_RESPONSE, "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", \"item\": "
                    + "[{\"linkId\": \"age_years\", \"answer\": [{\"valueInteger\": 45}]}]}",
            Body.CREDENTIALS, "{\"email\": \"fuzz.person@example.org\", \"password\": \"a long enough passphrase 42\"}",
            Body.EPISODE, "{\"start\": \"2025-11-20T03:10:00+00:00\", \"zone\": \"Europe/London\", \"durationMinutes\": 5, "
                    + "\"location\": \"calf\", \"side\": \"left\", \"painScore\": 7, \"context\": \"in_bed\", "
                    + "\"helped\": \"stretching\", \"notes\": \"after a long walk\"}",
            Body.DAY, "{\"fluidsGlasses\": 4, \"exerciseLevel\": 3, \"hoursSitting\": 2.5, \"alcoholUnits\": 0, "
                    + "\"caffeineDrinks\": 2, \"heavySweating\": true}",
            Body.CHECK_FORM, "findings=age_years&age_years=45",
            Body.FEEDBACK_FORM, "helpful=yes");

    /** Where a request's errors are answered in kind: problem documents, OperationOutcomes or pages. */
    enum Kind { PROBLEM, FHIR, PAGE }

    static Kind kindOf(String path) {
        if (path.startsWith("/fhir/") || path.equals("/fhir")) {
            return Kind.FHIR;
        }
        return path.startsWith("/api/") || path.equals("/health") || path.equals("/ready") || path.equals("/metrics")
                || path.equals("/openapi.json") ? Kind.PROBLEM : Kind.PAGE;
    }
}
