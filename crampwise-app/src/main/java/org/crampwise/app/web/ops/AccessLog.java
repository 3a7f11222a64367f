package org.crampwise.app.web.ops;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import org.crampwise.app.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * After every request: its metrics, and one log line with the request id, method, route
 * template, status and duration. Never the path itself, a query, a header or a body: a path can
 * hold an id, and the rest can hold someone's evidence, email or diary.
 */
final class AccessLog implements RequestLogger {
    static final String LOGGER = "crampwise.access";
    static final String MDC_KEY = "requestId";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final Metrics metrics;

    AccessLog(Metrics metrics) {
        this.metrics = metrics;
    }

    /** Before any handler: the request's id, in the response and in every log line of this request. */
    static void begin(Context ctx) {
        MDC.put(MDC_KEY, RequestIds.assign(ctx));
    }

    @Override
    public void handle(Context ctx, Float ms) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        int status = ctx.statusCode();
        long nanos = (long) (ms * 1_000_000.0);
        metrics.request(ctx, endpoint, status, nanos);
        if (LOG.isInfoEnabled()) {
            LOG.atInfo().addKeyValue("method", ctx.method().name())
                    .addKeyValue("route", endpoint != null ? endpoint.path : Metrics.UNMATCHED)
                    .addKeyValue("status", status)
                    .addKeyValue("ms", Math.round(ms * 1000.0) / 1000.0)
                    .log("request");
        }
        MDC.remove(MDC_KEY);
    }
}
