package org.crampwise.app.web.ops;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.crampwise.app.web.TriageRecorder;
import org.crampwise.kb.Level;

/**
 * The server's Prometheus metrics: requests per route and status class with their latency, the
 * triage levels given, and the JVM's basics. Labels are the route TEMPLATE ({@code /learn/{id}},
 * never {@code /learn/night-cramps}), the method and the status class: their number is bounded by
 * the routes the server has, whatever the requests, and nothing in them comes from a person.
 */
public final class Metrics implements TriageRecorder, AutoCloseable {
    static final String REQUESTS = "crampwise.http.requests";
    static final String TRIAGE = "crampwise.triage.levels";
    /** Requests that matched no route: one label whatever their path. */
    static final String UNMATCHED = "unmatched";
    // Fixed buckets, not Micrometer's ~70 percentile buckets: a few series per route, and a
    // request records into a short array.
    private static final Duration[] BUCKETS = {Duration.ofNanos(250_000), Duration.ofNanos(500_000),
        Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    /** Timers by route (the Endpoint itself, or the method's name when unmatched), one per status class. */
    private final ConcurrentMap<Object, Timer[]> timers = new ConcurrentHashMap<>();
    private final Counter[][] levels = new Counter[TriageRecorder.Channel.values().length][Level.values().length];

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        for (TriageRecorder.Channel c : TriageRecorder.Channel.values()) {
            for (Level l : Level.values()) {
                // Registered up front so that every series exists from the start (at 0), as
                // Prometheus' rate() wants.
                levels[c.ordinal()][l.ordinal()] = Counter.builder(TRIAGE)
                        .description("Triage levels given, by where they were given")
                        .tags("channel", c.id(), "level", l.id()).register(registry);
            }
        }
    }

    @Override
    public void given(TriageRecorder.Channel channel, Level level) {
        levels[channel.ordinal()][level.ordinal()].increment();
    }

    /** Records one finished request; {@code endpoint} is the route it matched, null when none did. */
    void request(Context ctx, Endpoint endpoint, int status, long nanos) {
        String method = ctx.method().name();
        Object key = endpoint != null ? endpoint : method;
        Timer[] byClass = timers.get(key);
        if (byClass == null) {
            byClass = timers.computeIfAbsent(key, k -> new Timer[6]);
        }
        int statusClass = Math.max(1, Math.min(5, status / 100));
        Timer t = byClass[statusClass];
        if (t == null) {
            String route = endpoint != null ? endpoint.path : UNMATCHED;
            t = Timer.builder(REQUESTS).description("HTTP requests by route template, method and status class")
                    .tags(Tags.of("method", method, "route", route, "status", statusClass + "xx"))
                    .serviceLevelObjectives(BUCKETS)
                    .register(registry); // the registry returns the same timer to racing threads
            byClass[statusClass] = t;
        }
        t.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The Prometheus text exposition of every metric. */
    String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
