package org.crampwise.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * One connection's share of the load: an account of its own, then requests one after the other
 * until the end time: 40 % assessments, 40 % interview steps, 10 % new diary episodes, 10 % day
 * logs; with {@code --quick-log-share N}, N % of the requests are instead "I had a cramp just now"
 * on the pages (the form's POST, with the session cookie and CSRF token). Latencies are recorded only after the warm-up; every answer that is not the expected 2xx
 * (or a failure to get one) is an error.
 */
final class LoadWorker implements Runnable {
    static final String[] OPERATIONS = {"assessment", "interview step", "episode write", "day write", "quick log"};
    static final int QUICK_LOG = 4;

    private final HttpClient http;
    private final String base;
    private final List<Vignettes.Input> inputs;
    private final long warmUpEnd;
    private final long end;
    private final int number;
    private final SplittableRandom random;
    final Latencies[] latencies = new Latencies[OPERATIONS.length];
    final long[] errors = new long[OPERATIONS.length];
    private final Map<String, LongAdder> errorKinds;
    private final int quickShare;
    private String token;
    private String pageCookies;
    private String csrf;

    LoadWorker(HttpClient http, String base, List<Vignettes.Input> inputs, long warmUpEnd, long end, int number,
               Map<String, LongAdder> errorKinds, int quickShare) {
        this.quickShare = quickShare;
        this.http = http;
        this.base = base;
        this.inputs = inputs;
        this.warmUpEnd = warmUpEnd;
        this.end = end;
        this.number = number;
        this.random = new SplittableRandom(number * 7919L + 1);
        this.errorKinds = errorKinds;
        for (int i = 0; i < OPERATIONS.length; i++) {
            latencies[i] = new Latencies();
        }
    }

    /** Registers and signs in this worker's person (once, before the clock starts). */
    void signIn(String runId) throws Exception {
        String credentials = "{\"email\": \"load." + runId + "." + number + "@example.org\", "
                + "\"password\": \"a load-test passphrase " + number + "\"}";
        HttpResponse<String> registered = send("POST", "/api/v1/accounts", credentials, null);
        HttpResponse<String> session = send("POST", "/api/v1/sessions", credentials, null);
        if (registered.statusCode() != 201 || session.statusCode() != 201) {
            throw new IllegalStateException("cannot sign in: " + registered.statusCode() + " " + session.body());
        }
        String body = session.body();
        int at = body.indexOf("\"token\":\"") + 9;
        token = body.substring(at, body.indexOf('"', at));
        if (quickShare > 0) {
            signInOnThePages(runId);
        }
    }

    /** The pages' sign-in, as a browser does it: the CSRF cookie from the form, then the session cookie. */
    private void signInOnThePages(String runId) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/account/sign-in")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        csrf = cookie(form, "cw_csrf");
        String fields = "_csrf=" + csrf + "&email=" + enc("load." + runId + "." + number + "@example.org")
                + "&password=" + enc("a load-test passphrase " + number);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/account/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "cw_csrf=" + csrf)
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        pageCookies = "cw_csrf=" + csrf + "; cw_session=" + cookie(signedIn, "cw_session");
    }

    private static String cookie(HttpResponse<?> r, String name) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            if (c.startsWith(name + "=")) {
                return c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
            }
        }
        throw new IllegalStateException("no " + name + " cookie from " + r.uri() + " (" + r.statusCode() + ")");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One tap: a new request key each time, as each page gives its form. */
    private HttpResponse<String> quickLog() throws Exception {
        String fields = "_csrf=" + csrf + "&request_key=" + java.util.UUID.randomUUID() + "&zone=Europe%2FLondon";
        return http.send(HttpRequest.newBuilder(URI.create(base + "/diary/quick")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", pageCookies)
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void run() {
        while (System.nanoTime() < end) {
            int roll = random.nextInt(10);
            int op = random.nextInt(100) < quickShare ? QUICK_LOG : roll < 4 ? 0 : roll < 8 ? 1 : roll < 9 ? 2 : 3;
            long start = System.nanoTime();
            boolean ok;
            try {
                HttpResponse<String> r = switch (op) {
                    case 0 -> send("POST", "/api/v1/assessments", evidence(), null);
                    case 1 -> send("POST", "/api/v1/interview/next", evidence(), null);
                    case 2 -> send("POST", "/api/v1/diary/episodes", episode(), token);
                    case QUICK_LOG -> quickLog();
                    default -> send("PUT", "/api/v1/diary/days/" + day(), dayLog(), token);
                };
                // The quick log answers as a form does: 303 to the cramp it stored.
                ok = op == QUICK_LOG ? r.statusCode() == 303 && r.headers().firstValue("Location").orElse("")
                        .startsWith("/diary/episodes/") : r.statusCode() / 100 == 2;
                if (!ok) {
                    errorKinds.computeIfAbsent(OPERATIONS[op] + " " + r.statusCode(), k -> new LongAdder()).increment();
                }
            } catch (Exception e) {
                ok = false;
                // With the message, so that a rare failure can be told apart (a time-out, a closed connection ...).
                String kind = OPERATIONS[op] + " " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage());
                errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
            }
            long took = System.nanoTime() - start;
            if (start >= warmUpEnd) {
                latencies[op].add(took);
            }
            if (!ok) {
                errors[op]++;
            }
        }
    }

    private String evidence() {
        return new String(inputs.get(random.nextInt(inputs.size())).evidence(), StandardCharsets.UTF_8);
    }

    private String episode() {
        String[] locations = {"calf", "foot", "inner_thigh"};
        return "{\"start\": \"2025-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28)) + "T0"
                + random.nextInt(10) + ":" + two(random.nextInt(60)) + ":00Z\", \"durationMinutes\": "
                + (1 + random.nextInt(30)) + ", \"location\": \"" + locations[random.nextInt(locations.length)]
                + "\", \"side\": \"left\", \"painScore\": " + random.nextInt(11) + ", \"notes\": \"load test\"}";
    }

    private String day() {
        return LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)).toString();
    }

    private String dayLog() {
        return "{\"fluidsGlasses\": " + random.nextInt(12) + ", \"exerciseLevel\": " + random.nextInt(4)
                + ", \"caffeineDrinks\": " + random.nextInt(6) + ", \"heavySweating\": " + random.nextBoolean() + "}";
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private HttpResponse<String> send(String method, String path, String json, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, LongAdder> newErrorKinds() {
        return new ConcurrentHashMap<>();
    }
}
