import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The crash-durability harness behind scripts/crash-test (run from source with the app jar on the
 * class path). It starts {@code crampwise serve}, has N clients add diary episodes through the
 * JSON API, kills the server with SIGKILL at random moments, starts it again, and at the end
 * reads every client's episodes back:
 *
 * <ul>
 *   <li>lost: an episode that got a 201 but is not there, or not the same;
 *   <li>half-written: an episode that is there but is not, field for field, one that was sent
 *       (a request that got no answer may or may not have been stored, but only whole);
 *   <li>duplicates: one request stored twice.
 * </ul>
 *
 * Each episode carries notes unique to it (client, number, and filler to make the row large), by
 * which it is found again. Exit status 0 only when all three are 0 and every kill happened.
 */
public final class CrashTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] LOCATIONS = {"calf", "foot", "back_thigh", "front_thigh", "inner_thigh", "groin"};
    private static final String[] SIDES = {"left", "right", "both"};
    private static final String[] CONTEXTS = {"in_bed", "sitting", "standing", "during_exercise", "after_exercise"};
    private static final String PASSWORD = "crash test passphrase of a client";

    private final Map<String, String> options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicReference<String> base = new AtomicReference<>();
    private final Map<String, ObjectNode> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> inDoubt = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private Process server;
    private int port;

    private CrashTest(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--free-port")) {
            System.out.println(freePort());
            return;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        System.exit(new CrashTest(options).run());
    }

    private int run() throws Exception {
        int kills = Integer.parseInt(options.getOrDefault("kills", "20"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        port = freePort();
        start();
        List<String> tokens = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            tokens.add(signUp("crash-" + c + "@example.org"));
        }
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> addEpisodes(client, tokens.get(client), stop), "client-" + c);
            t.start();
            threads.add(t);
        }
        int killed = 0;
        for (int k = 0; k < kills; k++) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(200, 1500)); // the clients keep writing
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no closing of anything
            server.waitFor(30, TimeUnit.SECONDS);
            killed++;
            start();
        }
        Thread.sleep(1000);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        Result r = check(tokens);
        server.destroy(); // a normal stop at the end
        server.waitFor(30, TimeUnit.SECONDS);
        System.out.printf("crash-test %s: kills=%d clients=%d acknowledged=%d unanswered=%d (stored whole: %d)"
                        + " lost=%d half-written=%d duplicates=%d refused=%d%n",
                options.get("kind"), killed, clients, acknowledged.size(), inDoubt.size(), r.storedInDoubt,
                r.lost, r.halfWritten, r.duplicates, refused.get());
        boolean ok = killed == kills && r.lost == 0 && r.halfWritten == 0 && r.duplicates == 0 && refused.get() == 0
                && !acknowledged.isEmpty();
        return ok ? 0 : 1;
    }

    /** Starts the server on the port and waits until it answers; on a port taken meanwhile, takes another. */
    private void start() throws Exception {
        for (int attempt = 0; ; attempt++) {
            List<String> command = new ArrayList<>(List.of(options.get("launcher"), "serve", "--host", "127.0.0.1",
                    "--port", String.valueOf(port), "--data-dir", options.get("data-dir")));
            if (options.containsKey("db")) {
                command.addAll(List.of("--db", options.get("db")));
            }
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of(options.get("log")).toFile()));
            pb.environment().put("CRAMPWISE_SECRET", "crash-test-secret-that-is-long-enough-for-hmac");
            server = pb.start();
            String url = "http://127.0.0.1:" + port;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (server.isAlive() && System.nanoTime() < deadline) {
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(url + "/health")).timeout(Duration.ofSeconds(2))
                            .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        base.set(url);
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            server.destroyForcibly().waitFor();
            if (attempt == 2) {
                throw new IllegalStateException("the server did not start; see " + options.get("log"));
            }
            port = freePort();
        }
    }

    private String signUp(String email) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("email", email).put("password", PASSWORD);
        HttpResponse<String> created = post("/api/v1/accounts", body, null);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("POST /api/v1/accounts: " + created.statusCode() + " " + created.body());
        }
        HttpResponse<String> session = post("/api/v1/sessions", body, null);
        if (session.statusCode() != 201) {
            throw new IllegalStateException("POST /api/v1/sessions: " + session.statusCode() + " " + session.body());
        }
        return JSON.readTree(session.body()).path("token").asText();
    }

    private void addEpisodes(int client, String token, AtomicBoolean stop) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int n = 0; !stop.get(); n++) {
            ObjectNode e = JSON.createObjectNode();
            OffsetDateTime start = now.minus(Duration.ofMinutes(60 + random.nextInt(200 * 24 * 60)))
                    .atOffset(ZoneOffset.ofHours(random.nextInt(-5, 10)));
            e.put("start", start.toString());
            e.put("durationMinutes", random.nextInt(0, 1441));
            e.put("location", LOCATIONS[random.nextInt(LOCATIONS.length)]);
            e.put("side", SIDES[random.nextInt(SIDES.length)]);
            e.put("painScore", random.nextInt(0, 11));
            e.put("context", CONTEXTS[random.nextInt(CONTEXTS.length)]);
            e.put("helped", "stretching " + n);
            // Unique per episode, and long, so a torn row would show.
            e.put("notes", "client " + client + " episode " + n + " " + "x".repeat(random.nextInt(500, 3000)));
            String key = e.get("notes").asText();
            inDoubt.put(key, e);
            try {
                HttpResponse<String> response = post("/api/v1/diary/episodes", e, token);
                if (response.statusCode() / 100 == 2) {
                    inDoubt.remove(key);
                    acknowledged.put(key, e);
                } else if (response.statusCode() / 100 == 4) {
                    inDoubt.remove(key); // refused, so never stored; it should not happen
                    if (refused.incrementAndGet() == 1) {
                        System.err.println("refused: " + response.statusCode() + " " + response.body());
                    }
                } else {
                    pause(); // a 5xx: stored or not; the check accepts either, but only whole
                }
            } catch (ConnectException ex) {
                inDoubt.remove(key); // the server is down: the request never left
                pause();
            } catch (IOException | InterruptedException ex) {
                pause(); // killed while the request was out: stored or not, as above
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<String> post(String path, JsonNode body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.get() + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Result(int lost, int halfWritten, int duplicates, int storedInDoubt) {}

    private Result check(List<String> tokens) throws Exception {
        Map<String, Integer> seen = new HashMap<>();
        int halfWritten = 0;
        int storedInDoubt = 0;
        String from = enc(now.minus(Duration.ofDays(365)).toString());
        String to = enc(now.plus(Duration.ofHours(1)).toString());
        List<JsonNode> episodes = new ArrayList<>();
        for (String token : tokens) {
            // The list comes a page at a time: follow "next" to the end.
            String page = "/api/v1/diary/episodes?limit=200&from=" + from + "&to=" + to;
            while (page != null) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base.get() + page))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("GET episodes: " + r.statusCode() + " " + r.body());
                }
                JsonNode root = JSON.readTree(r.body());
                (root.isArray() ? root : root.path("episodes")).forEach(episodes::add);
                page = root.path("next").isTextual() ? root.path("next").asText() : null;
            }
        }
        for (JsonNode stored : episodes) {
            String key = stored.path("notes").asText("");
            seen.merge(key, 1, Integer::sum);
            ObjectNode sent = acknowledged.containsKey(key) ? acknowledged.get(key) : inDoubt.get(key);
            if (sent == null || !same(sent, stored)) {
                halfWritten++;
                if (halfWritten <= 3) {
                    System.err.println("half-written or unknown: " + stored.toString().substring(0, 200));
                }
            } else if (!acknowledged.containsKey(key)) {
                storedInDoubt++;
            }
        }
        int lost = 0;
        for (String key : acknowledged.keySet()) {
            if (!seen.containsKey(key)) {
                lost++;
            }
        }
        int duplicates = (int) seen.values().stream().filter(count -> count > 1).count();
        return new Result(lost, halfWritten, duplicates, storedInDoubt);
    }

    /** Every field that was sent is stored with the same value (the start as the same instant and offset). */
    private static boolean same(ObjectNode sent, JsonNode stored) {
        for (Map.Entry<String, JsonNode> field : sent.properties()) {
            JsonNode value = stored.get(field.getKey());
            if (value == null) {
                return false;
            }
            boolean equal = field.getKey().equals("start")
                    ? OffsetDateTime.parse(value.asText()).equals(OffsetDateTime.parse(field.getValue().asText()))
                    : value.asText().equals(field.getValue().asText());
            if (!equal) {
                return false;
            }
        }
        return true;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
