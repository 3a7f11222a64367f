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
import org.crampwise.kb.Audience;

/**
 * The features whose words depend on the audience (the check pages, learn pages, the API and
 * FHIR) are built once per audience, a region in a language; each route is registered once and
 * answers with the build of the request's audience. The features themselves know nothing of
 * regions or languages: they are given the knowledge base of theirs. The default audience is
 * built at start; another on its first request (a server whose people are all in one place and
 * speak one language pays for one).
 */
public final class RegionalRoutes {
    private final Places places;
    private final Function<Audience, Consumer<JavalinDefaultRoutingApi>> build;
    private final Map<String, Recorder> byAudience = new ConcurrentHashMap<>();
    private final Recorder first;

    /** @param build registers one audience's routes (on the API it is given) */
    public RegionalRoutes(Places places, Function<Audience, Consumer<JavalinDefaultRoutingApi>> build) {
        this.places = places;
        this.build = build;
        this.first = of(new Audience(places.fallback(), places.languages().get(0)));
    }

    public void routes(RoutesConfig r) {
        for (Recorder.Key key : first.handlers.keySet()) {
            Handler h = ctx -> of(places.of(ctx)).handlers.get(key).handle(ctx);
            r.addEndpoint(new Endpoint(key.method(), key.path(), h));
        }
    }

    private Recorder of(Audience audience) {
        String id = audience.key();
        return byAudience.computeIfAbsent(id, k -> {
            Recorder rec = new Recorder();
            build.apply(audience).accept(rec);
            if (first != null && !first.handlers.keySet().equals(rec.handlers.keySet())) {
                throw new IllegalStateException("audience " + id + " registered other routes than the default");
            }
            return rec;
        });
    }
}
