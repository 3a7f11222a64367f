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
    enum Body {
        NONE, EVIDENCE, FHIR_RESPONSE, CREDENTIALS, PASSWORD, EPISODE, DAY, CHECK_FORM, FEEDBACK_FORM, REGISTER_FORM,
        SIGN_IN_FORM, ERASE_FORM, EPISODE_FORM, DAY_FORM, QUICK_FORM, SHARE_FORM, EMPTY_FORM;

        boolean isForm() {
            return name().endsWith("_FORM");
        }
    }

    /**
     * What a request must carry to get past the route's guard. SESSION: a page for the signed in,
     * sent a CSRF token (when it posts) and a {@code cw_session} cookie, each right or wrong.
     */
    enum Guard { NONE, BEARER, CSRF, SESSION }

    /** One route: method, path template ({id}, {date} are filled in), body and guard. */
    record Target(String method, String path, Body body, Guard guard) {
        boolean isForm() {
            return body.isForm();
        }

        /**
         * Ends or replaces the session it is sent with (signing out, signing in): never sent the
         * run's live session, which the other requests need.
         */
        boolean endsSession() {
            return path.equals("/account/sign-out") || path.equals("/account/sign-in")
                    || path.equals("/account/register");
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
            new Target("DELETE", "/api/v1/accounts/me", Body.PASSWORD, Guard.BEARER),
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
            new Target("GET", "/api/v1/diary/summary", Body.NONE, Guard.BEARER),
            // FHIR
            new Target("GET", "/fhir/metadata", Body.NONE, Guard.NONE),
            new Target("GET", "/fhir/Questionnaire/{id}", Body.NONE, Guard.NONE),
            new Target("GET", "/fhir/OperationDefinition/{id}", Body.NONE, Guard.NONE),
            new Target("POST", "/fhir/QuestionnaireResponse/$assess", Body.FHIR_RESPONSE, Guard.NONE),
            new Target("POST", "/fhir/Questionnaire/$next-question", Body.FHIR_RESPONSE, Guard.NONE),
            // the service
            new Target("GET", "/health", Body.NONE, Guard.NONE),
            new Target("GET", "/ready", Body.NONE, Guard.NONE),
            new Target("GET", "/metrics", Body.NONE, Guard.NONE),
            new Target("GET", "/openapi.json", Body.NONE, Guard.NONE),
            // the pages' forms, and pages that read an id or a number from the address
            new Target("POST", "/check/q/{id}", Body.CHECK_FORM, Guard.CSRF),
            new Target("POST", "/check/start", Body.EMPTY_FORM, Guard.CSRF),
            // choosing the region (no region field here: the refusal paths are what it exercises)
            new Target("POST", "/region", Body.EMPTY_FORM, Guard.CSRF),
            new Target("POST", "/learn/{id}/feedback", Body.FEEDBACK_FORM, Guard.CSRF),
            new Target("GET", "/learn/{id}", Body.NONE, Guard.NONE),
            new Target("GET", "/check/q/{id}", Body.NONE, Guard.NONE),
            new Target("GET", "/check/result", Body.NONE, Guard.NONE),
            // accounts and the diary on the pages (a session cookie)
            new Target("POST", "/account/register", Body.REGISTER_FORM, Guard.SESSION),
            new Target("POST", "/account/sign-in", Body.SIGN_IN_FORM, Guard.SESSION),
            new Target("POST", "/account/sign-out", Body.EMPTY_FORM, Guard.SESSION),
            new Target("POST", "/account/erase", Body.ERASE_FORM, Guard.SESSION),
            new Target("POST", "/diary/episodes", Body.EPISODE_FORM, Guard.SESSION),
            new Target("POST", "/diary/episodes/{id}", Body.EPISODE_FORM, Guard.SESSION),
            new Target("POST", "/diary/episodes/{id}/delete", Body.EMPTY_FORM, Guard.SESSION),
            new Target("POST", "/diary/days/{date}", Body.DAY_FORM, Guard.SESSION),
            new Target("POST", "/diary/quick", Body.QUICK_FORM, Guard.SESSION),
            new Target("GET", "/diary/episodes/{id}/edit", Body.NONE, Guard.SESSION),
            new Target("GET", "/diary/episodes/{id}/delete", Body.NONE, Guard.SESSION),
            new Target("GET", "/diary/days/{date}", Body.NONE, Guard.SESSION),
            new Target("GET", "/diary/export/{format}", Body.NONE, Guard.SESSION),
            // the one-page summary and its share links
            new Target("GET", "/diary/summary", Body.NONE, Guard.SESSION),
            new Target("GET", "/diary/summary.pdf", Body.NONE, Guard.SESSION),
            new Target("POST", "/diary/summary/share", Body.SHARE_FORM, Guard.SESSION),
            new Target("POST", "/diary/summary/share/{id}/revoke", Body.EMPTY_FORM, Guard.SESSION),
            new Target("GET", "/shared/summary/{token}", Body.NONE, Guard.NONE));

    /** The password of the run's owner (FuzzTest makes the account); the erase form never sends it. */
    static final String OWNER_PASSWORD = "the fuzz owner's passphrase";
    /** Another person, whose session the sign-in form makes and whose episode the owner must not reach. */
    static final String OTHER_EMAIL = "fuzz.other@example.org";
    static final String OTHER_PASSWORD = "another person's passphrase 7";

    /** A valid body of each kind: the fuzz test mutates these. */
    static final Map<Body, String> VALID = Map.ofEntries(
            Map.entry(Body.EVIDENCE, "{\"findings\": {\"age_years\": 45, \"location\": \"calf\", \"side\": \"left\", "
                    + "\"one_leg_swollen\": true, \"pain_score\": 6}, \"skipped\": [\"breathless\"]}"),
            Map.entry(Body.FHIR_RESPONSE, "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", "
                    + "\"item\": [{\"linkId\": \"age_years\", \"answer\": [{\"valueInteger\": 45}]}]}"),
            // Not the account's password: the run's account must live on (a 403, nothing erased).
            Map.entry(Body.PASSWORD, "{\"password\": \"not the password of the account\"}"),
            Map.entry(Body.CREDENTIALS, "{\"email\": \"fuzz.person@example.org\", \"password\": \"a long enough passphrase 42\"}"),
            Map.entry(Body.EPISODE, "{\"start\": \"2025-11-20T03:10:00+00:00\", \"zone\": \"Europe/London\", "
                    + "\"durationMinutes\": 5, \"location\": \"calf\", \"side\": \"left\", \"painScore\": 7, "
                    + "\"context\": \"in_bed\", \"helped\": \"stretching\", \"notes\": \"after a long walk\"}"),
            Map.entry(Body.DAY, "{\"fluidsGlasses\": 4, \"exerciseLevel\": 3, \"hoursSitting\": 2.5, \"alcoholUnits\": 0, "
                    + "\"caffeineDrinks\": 2, \"heavySweating\": true}"),
            Map.entry(Body.CHECK_FORM, "findings=age_years&age_years=45"),
            Map.entry(Body.FEEDBACK_FORM, "helpful=yes"),
            // The first registers (and signs in) a newcomer; later ones are the newcomer signing in again.
            Map.entry(Body.REGISTER_FORM, "email=fuzz.newcomer%40example.org&password=a+newcomer%27s+passphrase+9"
                    + "&next=%2Fdiary"),
            Map.entry(Body.SIGN_IN_FORM, "email=fuzz.other%40example.org&password=another+person%27s+passphrase+7"
                    + "&next=%2Fdiary%2Finsights"),
            // Never the owner's password: erasing the owner would end the run's session and episodes.
            Map.entry(Body.ERASE_FORM, "password=not+the+owner%27s+passphrase"),
            Map.entry(Body.EPISODE_FORM, "date=2025-11-20&time=03%3A10&zone=Europe%2FLondon&duration=5&location=calf"
                    + "&side=left&pain=7&context=in_bed&helped=stretching&notes=after+a+long+walk"),
            Map.entry(Body.DAY_FORM, "fluids=4&exercise=3&sitting=2.5&alcohol=0&caffeine=2&sweating=yes&medicine=no"
                    + "&pregnancy=&tags=travel"),
            Map.entry(Body.QUICK_FORM, "zone=Europe%2FLondon&at=2025-11-20T03%3A10%3A00Z"
                    + "&request_key=5b0f3c9e-2d4a-4f6b-8c1d-9e7a6b5c4d3e"),
            Map.entry(Body.SHARE_FORM, "from=2025-11-01&to=2025-11-28&days=7"),
            Map.entry(Body.EMPTY_FORM, ""));

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
