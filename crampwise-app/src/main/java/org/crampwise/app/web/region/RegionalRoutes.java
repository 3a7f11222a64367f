package org.crampwise.app.web.region;

import org.crampwise.app.web.Places;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.crampwise.kb.Region;

/**
 * The features whose words depend on the region (the check pages, learn pages, the API and FHIR)
 * are built once per region; each route is registered once and answers with the build of the
 * request's region. The features themselves know nothing of regions: they are given the
 * knowledge base of theirs. The default region is built at start; another on its first request
 * (a server whose people are all in one place pays for one).
 */
public final class RegionalRoutes {
    private final Places places;
    private final Function<Region, Consumer<JavalinDefaultRoutingApi>> build;
    private final Map<String, Recorder> byRegion = new ConcurrentHashMap<>();
    private final Recorder first;

    /** @param build registers one region's routes (on the API it is given) */
    public RegionalRoutes(Places places, Function<Region, Consumer<JavalinDefaultRoutingApi>> build) {
        this.places = places;
        this.build = build;
        this.first = of(places.fallback());
    }

    public void routes(RoutesConfig r) {
        for (Recorder.Key key : first.handlers.keySet()) {
            Handler h = ctx -> of(places.of(ctx).region()).handlers.get(key).handle(ctx);
            r.addEndpoint(new Endpoint(key.method(), key.path(), h));
        }
    }

    private Recorder of(Region region) {
        return byRegion.computeIfAbsent(region.id(), id -> {
            Recorder rec = new Recorder();
            build.apply(region).accept(rec);
            if (first != null && !first.handlers.keySet().equals(rec.handlers.keySet())) {
                throw new IllegalStateException("region " + id + " registered other routes than the default");
            }
            return rec;
        });
    }
}
