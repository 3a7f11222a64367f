package org.crampwise.app.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.crampwise.kb.Audience;

/** Makes the layout's context for a request, in the words of the request's region. */
public final class PageContexts {
    private final Places places;
    private final Map<Audience, Messages> messages = new HashMap<>();
    private final Assets assets;
    private final Csrf csrf;

    public PageContexts(Places places, Assets assets, Csrf csrf) {
        this.places = places;
        this.assets = assets;
        this.csrf = csrf;
        for (var lang : places.languages()) {
            for (var r : places.all()) {
                Audience a = new Audience(places.in(r, lang), lang);
                messages.put(a, new Messages(a));
            }
        }
    }

    public PageContext of(Context ctx) {
        Audience a = places.of(ctx);
        return new PageContext(messages.get(a), assets, csrf.token(ctx), ctx.path(),
                places.suggestion(ctx, a.region()));
    }

    /** The words of the server's default region. */
    public Messages messages() {
        return messages.get(new Audience(places.fallback(), places.languages().get(0)));
    }

    public Places places() {
        return places;
    }
}
