package org.crampwise.app.web.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.crampwise.app.web.TestServer;
import org.crampwise.app.server.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping (SIGTERM, Ctrl-C: the shutdown hook calls {@link WebServer#stop()}) refuses new
 * connections but lets requests in flight finish. A request is held in flight by sending its body
 * in two halves, the second only after the stop has begun.
 */
@Isolated("it times requests held in flight against a stopping server")
class GracefulStopTest {
    private static final byte[] BODY = "{\"findings\": {\"age_years\": 40, \"location\": \"calf\"}}"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;

    @Test
    void requests_in_flight_when_the_server_stops_all_finish_with_200() throws Exception {
        TestServer server = server(Duration.ofSeconds(10));
        int port = server.port();
        List<Socket> inFlight = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            inFlight.add(startRequest(port));
        }
        Thread.sleep(300); // every request has reached its handler, which waits for the rest of the body
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
        Thread.sleep(500);
        assertThat(stopping).as("the stop waits for the requests in flight").isNotDone();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).as("no new connections")
                .isInstanceOf(ConnectException.class);
        for (Socket s : inFlight) {
            assertThat(finishRequest(s)).startsWith("HTTP/1.1 200");
        }
        stopping.get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_request_that_never_finishes_holds_the_stop_no_longer_than_the_grace_period() throws Exception {
        TestServer server = server(Duration.ofSeconds(1));
        Socket stuck = startRequest(server.port());
        Thread.sleep(300);
        long start = System.nanoTime();
        server.close();
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(ms).as("it waited, but not for ever").isBetween(500L, 4_000L);
        stuck.close();
    }

    private TestServer server(Duration grace) {
        TestServer server = TestServer.in(data).shutdownGrace(grace).start();
        // One whole request first: the classes it needs are loaded, so the held requests below reach
        // their handler (and count as in flight) well within the pause the tests give them.
        assertThat(server.post("/api/v1/assessments", "application/json", new String(BODY, StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(200);
        return server;
    }

    /** Sends a request's head and the first half of its body. */
    private static Socket startRequest(int port) throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        s.setSoTimeout(15_000);
        OutputStream out = s.getOutputStream();
        out.write(("POST /api/v1/assessments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + BODY.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(BODY, 0, BODY.length / 2);
        out.flush();
        return s;
    }

    /** Sends the rest of the body; the answer's status line. */
    private static String finishRequest(Socket s) throws IOException {
        try (s) {
            OutputStream out = s.getOutputStream();
            out.write(BODY, BODY.length / 2, BODY.length - BODY.length / 2);
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
