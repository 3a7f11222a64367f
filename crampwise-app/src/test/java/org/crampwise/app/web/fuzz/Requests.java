package org.crampwise.app.web.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crampwise.app.web.fuzz.Targets.Body;
import org.crampwise.app.web.fuzz.Targets.Guard;
import org.crampwise.app.web.fuzz.Targets.Kind;
import org.crampwise.app.web.fuzz.Targets.Target;

/**
 * Makes the fuzz test's requests. Request {@code i} of a run depends only on the seed and
 * {@code i}, so any failure is reproduced by its seed and number whatever thread sent it.
 */
final class Requests {
    /**
     * What the server knows about: a live token, a CSRF token, ids that exist; the owner's live
     * page session and a spare one (sign-out may end it), episodes of the owner that may be
     * deleted, and another person's episode.
     */
    record Known(String token, String csrf, long episodeId, String learnId, String session, String spareSession,
                 List<Long> deletableEpisodeIds, long othersEpisodeId) {
    }

    /**
     * One request. {@code mustFail}: spoiled in a way no server may accept (a 4xx is required);
     * {@code anyKind}: its path may climb out of its part of the site (../), so any kind of
     * error document will do; {@code form}: a page's form, which answers a wrong answer by showing
     * itself again with the error marked (a 400 page, or a 429 one saying how long to wait, whatever the
     * client accepts).
     */
    record Request(long number, String what, String method, String target, Map<String, String> headers, byte[] body,
                   long declaredLength, boolean mustFail, Kind kind, boolean anyKind, boolean form) {
        @Override
        public String toString() {
            return "#" + number + " " + method + " " + (target.length() > 120 ? target.substring(0, 120) + "..." : target)
                    + " [" + what + "]";
        }
    }

    private final long seed;
    private final Known known;

    Requests(long seed, Known known) {
        this.seed = seed;
        this.known = known;
    }

    Request make(long number) {
        Random r = new Random(seed * 1_000_003L + number);
        Target t = Mutations.pick(r, Targets.ALL);
        List<String> what = new ArrayList<>();
        boolean mustFail = false;
        boolean anyKind = false;
        String method = t.method();

        String path = t.path();
        boolean others = false;
        if (path.contains("{")) {
            String id;
            if (path.startsWith("/diary/episodes/") && r.nextInt(6) == 0) {
                id = Long.toString(known.othersEpisodeId());
                others = true;
                what.add("another person's episode");
            } else if (r.nextInt(3) == 0) {
                id = validId(r, t);
            } else {
                id = Mutations.pick(r, Mutations.ODD_IDS);
                what.add("id " + (id.length() > 20 ? id.substring(0, 20) + "..." : id));
                // ../ may climb out of its part of the site; an address Jetty cannot decode is
                // answered before anything knows which part it was for.
                anyKind = id.contains("..") || id.contains("%") || id.contains("[") || id.contains(";");
            }
            path = path.replaceAll("\\{[a-z]+}", id);
        }
        String query = query(r, t, what);

        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = null;
        long declared = -1;
        if (t.body() != Body.NONE) {
            body = Targets.VALID.get(t.body()).getBytes(StandardCharsets.UTF_8);
            headers.put("Content-Type", t.isForm() ? "application/x-www-form-urlencoded"
                    : t.body() == Body.FHIR_RESPONSE ? "application/fhir+json" : "application/json");
            if (r.nextInt(10) < 8) {
                int m = r.nextInt(13);
                body = mutate(r, t, body, m, what, headers);
                mustFail |= strict(t, m);
                if (m == 8) {
                    declared = body.length + 1 + r.nextInt(1000);
                }
            }
        } else if (r.nextInt(8) == 0) {
            body = Mutations.pick(r, Mutations.JUNK).getBytes(StandardCharsets.UTF_8);
            headers.put("Content-Type", Mutations.pick(r, Mutations.WRONG_JSON_TYPES));
            what.add("body on " + t.method());
        }

        mustFail |= guard(r, t, headers, what);
        // Signed in as the owner, another person's episode is not found.
        mustFail |= others && headers.getOrDefault("Cookie", "").contains("cw_session=" + known.session());
        if (headers.containsKey("X-Csrf-Field") && body != null && !headers.containsKey("X-No-Field")) {
            body = (new String(body, StandardCharsets.ISO_8859_1) + "&_csrf=" + headers.remove("X-Csrf-Field"))
                    .getBytes(StandardCharsets.ISO_8859_1);
        }
        headers.remove("X-No-Field");
        headers.remove("X-Csrf-Field");
        if (r.nextInt(25) == 0) {
            method = "PATCH"; // no route takes PATCH: 405 (or 404 for an address that is not a route)
            what.add("method PATCH");
            mustFail = true;
        }
        // The diary's creating routes honour Idempotency-Key: a key sent again, or a spoiled one.
        if (t.guard() == Guard.BEARER && t.isJson() && r.nextInt(4) == 0) {
            headers.put("Idempotency-Key", r.nextBoolean() ? "fuzz-key-" + r.nextInt(4)
                    : Mutations.pick(r, Mutations.ODD_TEXTS).replaceAll("[\\r\\n\\x00]", "?"));
            what.add("Idempotency-Key");
        }
        if (r.nextInt(6) == 0) {
            headers.put("X-Request-Id", Mutations.pick(r, Mutations.ODD_TEXTS).replaceAll("[\\r\\n\\x00]", "?"));
        }
        Kind kind = Targets.kindOf(t.path());
        if (kind == Kind.PAGE && r.nextBoolean()) {
            headers.put("Accept", "application/problem+json");
            kind = Kind.PROBLEM; // a client of the pages may ask for problem documents
        }
        return new Request(number, what.isEmpty() ? "valid" : String.join(", ", what), method, path + query, headers,
                body, declared, mustFail, kind, anyKind, t.isForm());
    }

    private String validId(Random r, Target t) {
        String template = t.path();
        if (template.equals("/diary/episodes/{id}/delete")) {
            return Long.toString(Mutations.pick(r, known.deletableEpisodeIds()));
        }
        if (template.startsWith("/api/v1/diary/episodes") || template.startsWith("/diary/episodes")) {
            return Long.toString(known.episodeId());
        }
        if (template.startsWith("/api/v1/diary/days") || template.startsWith("/diary/days")) {
            return "2025-11-20";
        }
        if (template.startsWith("/diary/export")) {
            return Mutations.pick(r, List.of("csv", "json", "fhir"));
        }
        if (template.startsWith("/fhir/Questionnaire")) {
            return "crampwise";
        }
        if (template.startsWith("/fhir/OperationDefinition")) {
            return "QuestionnaireResponse-assess";
        }
        return known.learnId();
    }

    private static String query(Random r, Target t, List<String> what) {
        String name = switch (t.path()) {
            case "/check/q/{id}" -> "change";
            case "/check/result" -> "sofar";
            case "/api/v1/diary/episodes", "/api/v1/diary/days" -> Mutations.pick(r, List.of("from", "to", "zone"));
            case "/api/v1/diary/insights" -> "zone";
            case "/api/v1/diary/summary", "/diary/summary", "/diary/summary.pdf" ->
                    Mutations.pick(r, List.of("from", "to", "zone"));
            case "/api/v1/diary/export" -> "format";
            case "/fhir/QuestionnaireResponse/$assess", "/fhir/Questionnaire/$next-question" -> "_format";
            default -> r.nextInt(4) == 0 ? "q" : null;
        };
        if (name == null || r.nextInt(3) == 0) {
            return "";
        }
        String value = r.nextBoolean() ? Mutations.pick(r, Mutations.ODD_IDS) : Mutations.pick(r, Mutations.ODD_NUMBERS);
        what.add("query " + name);
        return "?" + name + "=" + value + (r.nextInt(5) == 0 ? "&" + name + "=" + value + "&&=&%ZZ" : "");
    }

    private static byte[] mutate(Random r, Target t, byte[] body, int m, List<String> what, Map<String, String> headers) {
        if (t.isForm() && m != 5 && m != 6 && m != 8 && m != 12) {
            what.add("form fields");
            return Mutations.spoilForm(r, body);
        }
        switch (m) {
            case 0: what.add("truncated"); return Mutations.truncate(r, body);
            case 1: what.add("deeply nested"); return Mutations.deeplyNested(r, body);
            case 2: what.add("wrong type"); return Mutations.wrongType(r, body);
            case 3: what.add("odd number"); return Mutations.oddNumber(r, body);
            case 4: what.add("odd unicode"); return Mutations.oddUnicode(r, body);
            case 5: what.add("1 MB"); return Mutations.huge(r, body, 1_000_000);
            case 6: what.add("64 KiB + 1"); return Mutations.huge(r, body, 64 * 1024 + 1);
            case 7: what.add("bytes flipped"); return Mutations.flipBytes(r, body);
            case 8: what.add("ends early"); return body;
            case 9: what.add("junk document"); return Mutations.pick(r, Mutations.JUNK).getBytes(StandardCharsets.UTF_8);
            case 10: what.add("duplicate key"); return Mutations.duplicateKey(body);
            case 11: what.add("invalid UTF-8"); return Mutations.invalidUtf8(r, body);
            default:
                String type = Mutations.pick(r, t.isForm() ? Mutations.WRONG_FORM_TYPES : Mutations.WRONG_JSON_TYPES);
                if (r.nextInt(5) == 0) {
                    headers.remove("Content-Type");
                    what.add("no content type");
                } else {
                    headers.put("Content-Type", type);
                    what.add("content type " + type);
                }
                return body;
        }
    }

    /** Mutations that no server may accept for this kind of body. */
    private static boolean strict(Target t, int m) {
        if (t.isForm()) {
            return false; // a spoiled form may still be a valid one (an answer the page asks again)
        }
        return m == 0 || m == 1 || m == 5 || m == 6 || m == 8 || m == 12;
    }

    /** Sets the guard's credentials, right or wrong; whether they are wrong. */
    private boolean guard(Random r, Target t, Map<String, String> headers, List<String> what) {
        if (t.guard() == Guard.BEARER) {
            // Erasing the account or ending the session with the live token would end the run's token.
            boolean ends = t.method().equals("DELETE") && !t.path().contains("{");
            int c = r.nextInt(10);
            if (c < 5 && !ends) {
                headers.put("Authorization", "Bearer " + known.token());
                return false;
            }
            String bad = switch (c % 5) {
                case 0 -> null;
                case 1 -> "Bearer " + forged(r);
                case 2 -> "Basic " + java.util.Base64.getEncoder().encodeToString("a:b".getBytes(StandardCharsets.UTF_8));
                case 3 -> "Bearer ../../" + Mutations.pick(r, List.of("%00", "x y", "\u00e9", "")) ;
                default -> "Bearer " + "A".repeat(2000 + r.nextInt(4000));
            };
            what.add(bad == null ? "no token" : "forged token");
            if (bad != null) {
                headers.put("Authorization", bad);
            }
            return true;
        }
        if (t.guard() == Guard.SESSION) {
            boolean wrong = t.method().equals("POST") && csrf(r, headers, what);
            int c = r.nextInt(5);
            String session = switch (c) {
                case 0 -> null;
                case 1 -> forged(r);
                // Signing in or out with the live session would end it for every other request.
                default -> t.endsSession() ? known.spareSession() : known.session();
            };
            if (session != null) {
                headers.merge("Cookie", "cw_session=" + session, (a, b) -> a + "; " + b);
            }
            if (c < 2) {
                what.add(session == null ? "not signed in" : "forged session");
            }
            return wrong;
        }
        if (t.guard() == Guard.CSRF) {
            return csrf(r, headers, what);
        }
        return false;
    }

    /** Sets a CSRF cookie and field, right or wrong; whether they are wrong. */
    private boolean csrf(Random r, Map<String, String> headers, List<String> what) {
        int c = r.nextInt(8);
        String cookie = known.csrf();
        String field = known.csrf();
        switch (c) {
            case 4 -> { headers.put("X-No-Field", "1"); what.add("no CSRF field"); }
            case 5 -> { cookie = null; what.add("no CSRF cookie"); }
            case 6 -> { field = forged(r); what.add("forged CSRF token"); }
            case 7 -> { field = java.net.URLEncoder.encode(Mutations.pick(r, Mutations.ODD_TEXTS), StandardCharsets.UTF_8);
                what.add("odd CSRF token"); }
            default -> { }
        }
        if (cookie != null) {
            headers.put("Cookie", "cw_csrf=" + cookie);
        }
        headers.put("X-Csrf-Field", field);
        return c >= 4;
    }

    private static String forged(Random r) {
        byte[] b = new byte[32];
        r.nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
