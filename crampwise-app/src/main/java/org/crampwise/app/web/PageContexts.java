package org.crampwise.app.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crampwise.engine.Engine;
import org.crampwise.kb.Audience;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Region;

/**
 * Makes the layout's context for a request, in the words of the request's audience (region and
 * language), and gives the knowledge base in those words. Each audience's words are made once,
 * on its first request.
 */
public final class PageContexts {
    /** Where a language link goes: {@code /language/es?back=/the/page}. */
    public static final String LANGUAGE_PATH = "/language/";
    private final Places places;
    private final KnowledgeBase baseKb;
    private final Map<String, Messages> messages = new ConcurrentHashMap<>();
    private final Map<String, KnowledgeBase> kbs = new ConcurrentHashMap<>();
    private final Map<String, Engine> engines = new ConcurrentHashMap<>();
    private final Assets assets;
    private final Csrf csrf;

    public PageContexts(Places places, KnowledgeBase baseKb, Assets assets, Csrf csrf) {
        this.places = places;
        this.baseKb = baseKb;
        this.assets = assets;
        this.csrf = csrf;
    }

    public PageContext of(Context ctx) {
        Audience a = places.of(ctx);
        Region suggested = places.suggestion(ctx, places.find(a.region().id()));
        return new PageContext(messages(a), assets, csrf.token(ctx), ctx.path(),
                suggested == null ? null : places.in(suggested, a.language()), links(ctx, a), source());
    }

    /** This page in each other language: the link sets the person's choice and comes back here. */
    private List<PageContext.LanguageLink> links(Context ctx, Audience a) {
        // Back to the same address, less a language it named (which would win over the choice).
        String query = ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)lang=[^&]*", "")
                .replaceFirst("^&", "");
        String here = ctx.path() + (query.isEmpty() ? "" : "?" + query);
        List<PageContext.LanguageLink> out = new ArrayList<>();
        for (Locale lang : baseKb.languages()) {
            if (!lang.equals(a.language())) {
                String tag = lang.toLanguageTag();
                out.add(new PageContext.LanguageLink(tag, messages(new Audience(a.region(), lang)).get("language.self"),
                        LANGUAGE_PATH + tag + "?back=" + URLEncoder.encode(here, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** The words of this request's audience. */
    public Messages messages(Context ctx) {
        return messages(places.of(ctx));
    }

    /** The words of a region in a language (a feature built for one audience). */
    public Messages messages(Region region, Locale language) {
        return messages(new Audience(region, language));
    }

    public Messages messages(Audience a) {
        // The region as the language words it (its services' names), with the deployment's numbers.
        return messages.computeIfAbsent(a.key(), k -> new Messages(new Audience(kb(a).region(), a.language())));
    }

    /** The knowledge base in this request's audience's language, speaking for its region. */
    public KnowledgeBase kb(Context ctx) {
        return kb(places.of(ctx));
    }

    public KnowledgeBase kb(Audience a) {
        return kbs.computeIfAbsent(a.key(), k -> baseKb.forRegion(a.region()).in(a.language()));
    }

    /** An engine whose words (headlines, reasons, the diary's banner) are this request's audience's. */
    public Engine engine(Context ctx) {
        return engine(places.of(ctx));
    }

    public Engine engine(Audience a) {
        return engines.computeIfAbsent(a.key(), k -> new Engine(kb(a)));
    }

    /** The language the knowledge base's sources (titles, publishers) are written in. */
    public String source() {
        return baseKb.languages().get(0).toLanguageTag();
    }

    /** The words of the server's default region and language. */
    public Messages messages() {
        return messages(new Audience(places.fallback(), places.languages().get(0)));
    }

    public Places places() {
        return places;
    }

}
