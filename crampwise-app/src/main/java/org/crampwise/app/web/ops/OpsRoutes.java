package org.crampwise.app.web.ops;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.BooleanSupplier;
import org.crampwise.app.web.HttpError;

/**
 * The operator's view: {@code /ready} (the database answers), {@code /metrics} (Prometheus), and
 * per request an id, metrics and one log line. {@code /health} only says the process is alive.
 */
public final class OpsRoutes {
    static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";

    private final Metrics metrics;
    private final BooleanSupplier databaseReachable;

    public OpsRoutes(Metrics metrics, BooleanSupplier databaseReachable) {
        this.metrics = metrics;
        this.databaseReachable = databaseReachable;
    }

    /** Metrics and the access log for every request, the ones that match no route included. */
    public void observe(JavalinConfig c) {
        c.requestLogger.http(new AccessLog(metrics));
    }

    /** First thing for every request (the server's before-handler): its id, for the response and the log. */
    public static void begin(Context ctx) {
        AccessLog.begin(ctx);
    }

    public void routes(RoutesConfig r) {
        r.get("/ready", ctx -> {
            if (!databaseReachable.getAsBoolean()) {
                throw new HttpError.ServiceUnavailable("the database does not answer");
            }
            ctx.header("Cache-Control", "no-store");
            ctx.contentType("application/json").result("{\"status\":\"ready\"}");
        });
        r.get("/metrics", ctx -> {
            ctx.header("Cache-Control", "no-store");
            ctx.contentType(PROMETHEUS).result(metrics.scrape());
        });
    }
}
