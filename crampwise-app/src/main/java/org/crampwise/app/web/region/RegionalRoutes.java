package org.crampwise.app.web.region;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.crampwise.kb.Region;

/**
 * The features whose words depend on the region (the check pages, learn pages, the API and FHIR)
 * are built once per region; each route is registered once and answers with the build of the
 * request's region. The features themselves know nothing of regions: they are given the
 * knowledge base of theirs.
 */
public final class RegionalRoutes {
    private final Places places;
    private final Map<String, Recorder> byRegion = new HashMap<>();
    private final Recorder first;

    /** @param build registers one region's routes (on the API it is given) */
    public RegionalRoutes(Places places, Function<Region, Consumer<JavalinDefaultRoutingApi>> build) {
        this.places = places;
        Recorder any = null;
        for (Region r : places.all()) {
            Recorder rec = new Recorder();
            build.apply(r).accept(rec);
            byRegion.put(r.id(), rec);
            if (any == null) {
                any = rec;
            } else if (!any.handlers.keySet().equals(rec.handlers.keySet())) {
                throw new IllegalStateException("region " + r.id() + " registered other routes than the first");
            }
        }
        this.first = any;
    }

    public void routes(RoutesConfig r) {
        for (Recorder.Key key : first.handlers.keySet()) {
            Handler h = ctx -> byRegion.get(places.of(ctx).region().id()).handlers.get(key).handle(ctx);
            r.addEndpoint(new Endpoint(key.method(), key.path(), h));
        }
    }
}
