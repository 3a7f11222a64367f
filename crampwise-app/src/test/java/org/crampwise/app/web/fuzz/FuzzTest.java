package org.crampwise.app.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.crampwise.app.web.WithServer;
import org.crampwise.app.web.Served;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crampwise.app.web.TestServer;
import org.crampwise.app.server.WebServer;
import org.crampwise.app.web.fuzz.RawHttp.Answer;
import org.crampwise.app.web.fuzz.Requests.Request;
import org.crampwise.app.web.fuzz.Targets.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Sends at least 10 000 spoiled requests across every API, FHIR and operations route and every
 * form ({@link Targets}): truncated and deeply nested JSON, wrong types, huge and negative
 * numbers, odd Unicode and invalid UTF-8, bodies of 1 MB, wrong content types, ids such as
 * {@code ../} and {@code %00}, another person's episode, missing and forged tokens, CSRF tokens and
 * sessions. No answer may be a 5xx; every error is
 * a document of its part of the site (a problem document for the API and for clients of the
 * pages that ask for one, an OperationOutcome for FHIR, else a page); and the server is healthy
 * afterwards. Seeded: {@code -Dcrampwise.fuzz.seed=N} replays a run, {@code
 * -Dcrampwise.fuzz.requests=N} changes its size.
 */
@WithServer
@Isolated("10 000 requests on 4 threads within a time limit")
class FuzzTest {
    static final long SEED = Long.getLong("crampwise.fuzz.seed", 20261126L);
    static final int REQUESTS = Integer.getInteger("crampwise.fuzz.requests", 10_000);
    private static final int THREADS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Served
    static TestServer server;
    static int port;

    @BeforeAll
    static void start() {
        port = server.port();
    }

    @Test
    void every_route_the_server_registers_for_machines_and_forms_is_in_the_fuzz_table() throws Exception {
        Set<String> table = Targets.ALL.stream().map(t -> t.method() + " " + t.path()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (ParsedEndpoint e : javalin().unsafe.internalRouter.allHttpHandlers()) {
            String method = e.endpoint.method.name();
            String path = e.endpoint.path;
            boolean machine = Targets.kindOf(path) != Kind.PAGE && !path.equals("/api-docs");
            boolean form = e.endpoint.method.isHttpMethod() && !method.equals("GET") && !method.equals("HEAD")
                    && !method.equals("OPTIONS");
            if (e.endpoint.method.isHttpMethod() && (machine || form) && !table.contains(method + " " + path)) {
                missing.add(method + " " + path);
            }
        }
        assertThat(missing).as("routes the fuzz test does not send to (add them to Targets)").isEmpty();
    }

    @Test
    void spoiled_requests_never_get_a_5xx_and_every_error_is_a_document_of_its_kind() throws Exception {
        Requests.Known known = know();
        Requests requests = new Requests(SEED, known);
        System.out.println("FuzzTest: seed " + SEED + ", " + REQUESTS + " requests (replay: -Dcrampwise.fuzz.seed="
                + SEED + ")");
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (int w = 0; w < THREADS; w++) {
            int worker = w;
            pool.submit(() -> {
                for (long i = worker; i < REQUESTS; i += THREADS) {
                    Request q = requests.make(i);
                    try {
                        Answer a = RawHttp.send(port, q.method(), q.target(), q.headers(), q.body(), q.declaredLength());
                        sent.incrementAndGet();
                        statuses.computeIfAbsent(a.status(), s -> new AtomicLong()).incrementAndGet();
                        String wrong = check(q, a);
                        if (wrong != null && failures.size() < 30) {
                            failures.add(q + ": " + wrong);
                        }
                    } catch (Exception e) {
                        if (failures.size() < 30) {
                            failures.add(q + ": " + e);
                        }
                    }
                }
            });
        }
        pool.shutdown();
        // A request the server never answers fails on its socket's 20 s time-out and is listed below.
        boolean finished = pool.awaitTermination(3, TimeUnit.MINUTES);
        pool.shutdownNow();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println("FuzzTest: " + sent.get() + " answers in " + seconds + " s, by status: " + new TreeMap<>(statuses));

        assertThat(failures).as("seed " + SEED).isEmpty();
        assertThat(finished).as("all requests sent within 3 minutes").isTrue();
        assertThat(sent.get()).isGreaterThanOrEqualTo(10_000L).isEqualTo(REQUESTS);
        long errors = statuses.entrySet().stream().filter(e -> e.getKey() >= 400).mapToLong(e -> e.getValue().get()).sum();
        assertThat(errors).as("most spoiled requests are refused").isGreaterThan(REQUESTS / 2);
        stillHealthy();
    }

    /** What is wrong with an answer, or null. */
    static String check(Request q, Answer a) {
        if (a.status() >= 500) {
            return a.status() + " " + abbreviate(a.body());
        }
        if (q.mustFail() && a.status() < 400) {
            return "accepted (" + a.status() + ") though spoiled";
        }
        if (a.status() < 400) {
            return null;
        }
        String media = a.mediaType();
        boolean problem = media.equals("application/problem+json") && isProblem(a);
        boolean outcome = media.equals("application/fhir+json") && a.body().contains("\"OperationOutcome\"");
        boolean page = media.equals("text/html") && a.body().contains("<html");
        boolean right = switch (q.kind()) {
            case PROBLEM -> problem;
            case FHIR -> outcome;
            case PAGE -> page;
        };
        // A 431 is Jetty's, before it has read the headers: the Accept header the request carried is
        // unknown to the server, so a page is as right as a problem document (EarlyErrors).
        boolean acceptUnread = a.status() == 431;
        if (right || ((q.anyKind() || acceptUnread) && (problem || outcome || page))) {
            return null;
        }
        boolean again = a.status() == 400 || a.status() == 429 && a.headers().containsKey("retry-after");
        if (q.form() && again && page && a.body().contains("<form")) {
            return null; // the form again, its error (or the wait) marked: for people, whatever Accept says
        }
        return a.status() + " answered as " + media + ", not a " + q.kind() + " document: " + abbreviate(a.body());
    }

    private static boolean isProblem(Answer a) {
        try {
            JsonNode p = JSON.readTree(a.body());
            return p.path("status").asInt() == a.status() && !p.path("title").asText().isBlank()
                    && p.has("type") && p.has("detail");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * A live account with a token and episodes, signed in on the pages too; another person with
     * an episode; a CSRF token, a learn page. The valid page forms are checked to be valid here.
     */
    private static Requests.Known know() throws Exception {
        String token = apiAccount("fuzz.owner@example.org", Targets.OWNER_PASSWORD);
        long episodeId = apiEpisode(token);
        List<Long> deletable = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            deletable.add(apiEpisode(token));
        }
        Answer learn = RawHttp.send(port, "GET", "/learn", Map.of(), null, -1);
        Matcher page = Pattern.compile("href=\"/learn/([a-z0-9-]+)\"").matcher(learn.body());
        assertThat(page.find()).as("a learn page to post feedback to").isTrue();
        Answer check = RawHttp.send(port, "GET", "/", Map.of(), null, -1);
        Matcher csrf = Pattern.compile("cw_csrf=([A-Za-z0-9_-]{43})").matcher(check.headers().getOrDefault("set-cookie", ""));
        assertThat(csrf.find()).as("a CSRF cookie").isTrue();
        assertThat(episodeId).isPositive();
        String xsrf = csrf.group(1);

        String owner = "email=fuzz.owner%40example.org&password="
                + java.net.URLEncoder.encode(Targets.OWNER_PASSWORD, StandardCharsets.UTF_8);
        String session = pageSession(xsrf, "/account/sign-in", owner);
        String spare = pageSession(xsrf, "/account/sign-in", owner);
        String others = "email=" + java.net.URLEncoder.encode(Targets.OTHER_EMAIL, StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(Targets.OTHER_PASSWORD, StandardCharsets.UTF_8);
        Answer registered = postForm(xsrf, null, "/account/register", others); // then sign in, as a person does
        assertThat(registered.status()).as(abbreviate(registered.body())).isEqualTo(303);
        String other = pageSession(xsrf, "/account/sign-in", others);
        long othersEpisode = apiEpisode(apiSignIn(Targets.OTHER_EMAIL, Targets.OTHER_PASSWORD));
        for (Targets.Body form : List.of(Targets.Body.EPISODE_FORM, Targets.Body.DAY_FORM, Targets.Body.QUICK_FORM)) {
            String target = switch (form) {
                case EPISODE_FORM -> "/diary/episodes";
                case QUICK_FORM -> "/diary/quick";
                default -> "/diary/days/2025-11-20";
            };
            Answer saved = postForm(xsrf, other, target, Targets.VALID.get(form));
            assertThat(saved.status()).as(form + " is valid: " + abbreviate(saved.body())).isEqualTo(303);
        }
        return new Requests.Known(token, xsrf, episodeId, page.group(1), session, spare, List.copyOf(deletable),
                othersEpisode);
    }

    private static String apiAccount(String email, String password) throws Exception {
        Map<String, String> json = Map.of("Content-Type", "application/json");
        assertThat(RawHttp.send(port, "POST", "/api/v1/accounts", json, credentials(email, password), -1).status())
                .isEqualTo(201);
        return apiSignIn(email, password);
    }

    private static String apiSignIn(String email, String password) throws Exception {
        Map<String, String> json = Map.of("Content-Type", "application/json");
        Answer signIn = RawHttp.send(port, "POST", "/api/v1/sessions", json, credentials(email, password), -1);
        assertThat(signIn.status()).isEqualTo(201);
        return JSON.readTree(signIn.body()).path("token").asText();
    }

    private static byte[] credentials(String email, String password) {
        return JSON.createObjectNode().put("email", email).put("password", password).toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private static long apiEpisode(String token) throws Exception {
        Map<String, String> auth = Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token);
        Answer episode = RawHttp.send(port, "POST", "/api/v1/diary/episodes", auth,
                Targets.VALID.get(Targets.Body.EPISODE).getBytes(StandardCharsets.UTF_8), -1);
        assertThat(episode.status()).isEqualTo(201);
        return JSON.readTree(episode.body()).path("id").asLong();
    }

    /** Signs in (or registers) through a page's form: the new {@code cw_session}. */
    private static String pageSession(String xsrf, String target, String form) throws Exception {
        Answer a = postForm(xsrf, null, target, form);
        Matcher m = Pattern.compile("cw_session=([^;\\s]+)").matcher(a.headers().getOrDefault("set-cookie", ""));
        assertThat(a.status()).as(target + ": " + abbreviate(a.body())).isEqualTo(303);
        assertThat(m.find()).as("a session cookie from " + target).isTrue();
        return m.group(1);
    }

    private static Answer postForm(String xsrf, String session, String target, String form) throws Exception {
        Map<String, String> headers = Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Cookie", "cw_csrf=" + xsrf + (session == null ? "" : "; cw_session=" + session));
        byte[] body = (form + "&_csrf=" + xsrf).getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(port, "POST", target, headers, body, -1);
    }

    /** After the storm: alive, ready, still assessing, and no request was ever a server error. */
    private static void stillHealthy() throws Exception {
        assertThat(RawHttp.send(port, "GET", "/health", Map.of(), null, -1).status()).isEqualTo(200);
        assertThat(RawHttp.send(port, "GET", "/ready", Map.of(), null, -1).status()).isEqualTo(200);
        Answer assessed = RawHttp.send(port, "POST", "/api/v1/assessments", Map.of("Content-Type", "application/json"),
                Targets.VALID.get(Targets.Body.EVIDENCE).getBytes(StandardCharsets.UTF_8), -1);
        assertThat(assessed.status()).isEqualTo(200);
        assertThat(JSON.readTree(assessed.body()).at("/triage/level").asText()).isNotBlank();
        String metrics = RawHttp.send(port, "GET", "/metrics", Map.of(), null, -1).body();
        assertThat(metrics).contains("crampwise_http_requests_seconds_count").doesNotContain("status=\"5xx\"");
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "..." : one;
    }

    private static Javalin javalin() throws IllegalAccessException {
        for (Field f : WebServer.class.getDeclaredFields()) {
            if (Javalin.class.isAssignableFrom(f.getType())) {
                f.setAccessible(true);
                return (Javalin) f.get(server.server());
            }
        }
        throw new IllegalStateException("no Javalin in WebServer");
    }
}
