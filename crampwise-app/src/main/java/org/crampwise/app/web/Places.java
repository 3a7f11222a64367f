package org.crampwise.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crampwise.kb.Audience;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Region;

/**
 * Which region a request speaks for: its {@code region} query parameter, else the person's
 * choice (a cookie), else the server's default. The answer is made once per request and kept on
 * it, so every text of one response speaks for one region.
 */
public final class Places {
    public static final String PARAM = "region";
    public static final String COOKIE = "cw_region";
    /** The response header that says which region an answer used. */
    public static final String HEADER = "Content-Region";
    private static final String ATTRIBUTE = "cw.audience";

    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final Region fallback;
    private final KnowledgeBase kb;

    /**
     * @param defaultId the server's default region (null: the knowledge base's)
     * @param emergency a deployment's emergency number for every region, or null
     * @param urgent    a deployment's same-day number for every region, or null
     */
    public Places(KnowledgeBase kb, String defaultId, String emergency, String urgent) {
        this.kb = kb;
        kb.regions().forEach((id, r) -> regions.put(id, r.withNumbers(emergency, urgent)));
        Region chosen = defaultId == null ? kb.region() : kb.region(defaultId);
        if (chosen == null) {
            throw new IllegalArgumentException("unknown region '" + defaultId + "'; one of " + String.join(", ",
                    regions.keySet()));
        }
        this.fallback = regions.get(chosen.id().toUpperCase(Locale.ROOT));
    }

    /** Every region, the knowledge base's order. */
    public Collection<Region> all() {
        return regions.values();
    }

    public Region fallback() {
        return fallback;
    }

    // TEMPORARY (h-lang-web) until the lead's language negotiation lands: main's Places wins.
    public static final String LANG_COOKIE = "cw_lang";

    public List<Locale> languages() {
        return kb.languages();
    }

    /** The region with this id (any case), or null. */
    public Region find(String id) {
        return id == null ? null : regions.get(id.trim().toUpperCase(Locale.ROOT));
    }

    /** Who this request speaks to; an unknown {@code region} parameter is a 400 naming the allowed ones. */
    public Audience of(Context ctx) {
        Audience known = ctx.attribute(ATTRIBUTE);
        if (known != null) {
            return known;
        }
        // The default first: an error page for a bad parameter still needs words.
        ctx.attribute(ATTRIBUTE, Audience.english(fallback));
        String asked = ctx.queryParam(PARAM);
        Region r;
        if (asked != null) {
            r = find(asked);
            if (r == null) {
                throw new HttpError.BadRequest("unknown region '" + asked + "'", List.of(new HttpError.FieldProblem(
                        PARAM, "must be one of " + String.join(", ", regions.keySet()) + " (any case)")));
            }
        } else {
            Region chosen = chosen(ctx);
            r = chosen == null ? fallback : chosen;
        }
        Audience a = new Audience(r, language(ctx));
        ctx.attribute(ATTRIBUTE, a);
        ctx.header(HEADER, r.id());
        ctx.header("Content-Language", a.language().toLanguageTag());
        return a;
    }

    // TEMPORARY (h-lang-web) until the lead's negotiation lands: lang parameter, cookie, Accept-Language.
    private Locale language(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null) {
            Locale l = Locale.forLanguageTag(asked.trim());
            if (!kb.supports(l)) {
                throw new HttpError.BadRequest("unknown language '" + asked + "'", List.of(new HttpError.FieldProblem(
                        "lang", "must be one of " + kb.languages())));
            }
            return Locale.forLanguageTag(l.getLanguage());
        }
        String cookie = ctx.cookie(LANG_COOKIE);
        if (cookie != null && kb.supports(Locale.forLanguageTag(cookie))) {
            return Locale.forLanguageTag(Locale.forLanguageTag(cookie).getLanguage());
        }
        String header = ctx.header("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale l = Locale.lookup(Locale.LanguageRange.parse(header), kb.languages());
                if (l != null) {
                    return l;
                }
            } catch (IllegalArgumentException e) {
                // a header that does not parse: the default
            }
        }
        return kb.languages().get(0);
    }

    /** The region the person chose on the pages (their cookie), or null. */
    public Region chosen(Context ctx) {
        return find(ctx.cookie(COOKIE));
    }

    /**
     * A region the browser's languages point to (en-US: the United States), when the person has
     * not chosen one and it differs from the one in use: offered, never switched to.
     */
    public Region suggestion(Context ctx, Region inUse) {
        String header = ctx.header("Accept-Language");
        if (chosen(ctx) != null || header == null || header.isBlank()) {
            return null;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (Locale.LanguageRange range : ranges) {
            String country = Locale.forLanguageTag(range.getRange()).getCountry();
            if (!country.isEmpty()) {
                Region r = byCountry(country);
                return r == null || r.equals(inUse) ? null : r;
            }
        }
        return null;
    }

    private Region byCountry(String country) {
        List<Region> matches = new ArrayList<>();
        for (Region r : regions.values()) {
            if (r.countries().contains(country.toUpperCase(Locale.ROOT))) {
                matches.add(r);
            }
        }
        return matches.size() == 1 ? matches.get(0) : null;
    }
}
