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
 * Who a request speaks to. The region: its {@code region} query parameter, else the person's
 * choice (a cookie), else the server's default. The language: its {@code lang} query parameter,
 * else the person's choice (a cookie), else the browser's {@code Accept-Language}, else the
 * knowledge base's first. The answer is made once per request and kept on it, so every text of
 * one response speaks to one audience; the response says which ({@code Content-Region},
 * {@code Content-Language}).
 */
public final class Places {
    public static final String PARAM = "region";
    public static final String COOKIE = "cw_region";
    /** The response header that says which region an answer used. */
    public static final String HEADER = "Content-Region";
    public static final String LANG_PARAM = "lang";
    public static final String LANG_COOKIE = "cw_lang";
    private static final String ATTRIBUTE = "cw.audience";

    private final Map<String, Region> regions = new LinkedHashMap<>();
    /** The same regions in each language's words, by language. */
    private final Map<Locale, Map<String, Region>> translated = new LinkedHashMap<>();
    private final List<Locale> languages;
    private final Region fallback;

    /**
     * @param defaultId the server's default region (null: the knowledge base's)
     * @param emergency a deployment's emergency number for every region, or null
     * @param urgent    a deployment's same-day number for every region, or null
     */
    public Places(KnowledgeBase kb, String defaultId, String emergency, String urgent) {
        this(kb, defaultId, null, emergency, urgent);
    }

    /**
     * @param defaultLanguage the server's default language tag (null: the knowledge base's first),
     *                        for a request that names none and whose browser asks for none it has
     */
    public Places(KnowledgeBase kb, String defaultId, String defaultLanguage, String emergency, String urgent) {
        kb.regions().forEach((id, r) -> regions.put(id, r.withNumbers(emergency, urgent)));
        Region chosen = defaultId == null ? kb.region() : kb.region(defaultId);
        if (chosen == null) {
            throw new IllegalArgumentException("unknown region '" + defaultId + "'; one of " + String.join(", ",
                    regions.keySet()));
        }
        this.fallback = regions.get(chosen.id().toUpperCase(Locale.ROOT));
        this.languages = defaultFirst(kb.languages(), defaultLanguage);
        for (Locale lang : languages) {
            Map<String, Region> words = new LinkedHashMap<>();
            kb.in(lang).regions().forEach((id, r) -> words.put(id, r.withNumbers(emergency, urgent)));
            translated.put(lang, words);
        }
    }

    private static List<Locale> defaultFirst(List<Locale> all, String tag) {
        if (tag == null) {
            return all;
        }
        Locale asked = Locale.forLanguageTag(tag.trim());
        List<Locale> out = new ArrayList<>(all.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).toList());
        if (out.isEmpty()) {
            throw new IllegalArgumentException("unknown language '" + tag + "'; one of " + String.join(", ",
                    all.stream().map(Locale::toLanguageTag).toList()));
        }
        all.stream().filter(l -> !out.contains(l)).forEach(out::add);
        return List.copyOf(out);
    }

    /** The languages the texts are in, the default first. */
    public List<Locale> languages() {
        return languages;
    }

    /** The region with this id in a language's words (a language it speaks). */
    public Region in(Region region, Locale lang) {
        Map<String, Region> words = translated.get(supported(lang));
        return words == null ? region : words.getOrDefault(region.id().toUpperCase(Locale.ROOT), region);
    }

    /** The supported language {@code lang} asks for (its language part: es-MX is es), or null. */
    public Locale supported(Locale lang) {
        return lang == null ? null : languages.stream()
                .filter(l -> l.getLanguage().equals(lang.getLanguage())).findFirst().orElse(null);
    }

    /** Every region, the knowledge base's order. */
    public Collection<Region> all() {
        return regions.values();
    }

    public Region fallback() {
        return fallback;
    }

    /** The region with this id (any case), or null. */
    public Region find(String id) {
        return id == null ? null : regions.get(id.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * Who this request speaks to; an unknown {@code region} or {@code lang} parameter is a 400
     * naming the allowed ones.
     */
    public Audience of(Context ctx) {
        Audience known = ctx.attribute(ATTRIBUTE);
        if (known != null) {
            return known;
        }
        // The default first: an error page for a bad parameter still needs words.
        ctx.attribute(ATTRIBUTE, new Audience(in(fallback, languages.get(0)), languages.get(0)));
        Locale lang = language(ctx);
        ctx.attribute(ATTRIBUTE, new Audience(in(fallback, lang), lang));
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
        Audience a = new Audience(in(r, lang), lang);
        ctx.attribute(ATTRIBUTE, a);
        ctx.header(HEADER, r.id());
        ctx.header("Content-Language", lang.toLanguageTag());
        return a;
    }

    /** The language a request asks for: its parameter, the person's choice, its browser's, or the default. */
    private Locale language(Context ctx) {
        String asked = ctx.queryParam(LANG_PARAM);
        if (asked != null) {
            Locale l = asked.isBlank() ? null : supported(Locale.forLanguageTag(asked.trim()));
            if (l == null) {
                throw new HttpError.BadRequest("unknown language '" + asked + "'", List.of(new HttpError.FieldProblem(
                        LANG_PARAM, "must be one of " + tags())));
            }
            return l;
        }
        String cookie = ctx.cookie(LANG_COOKIE);
        Locale chosen = cookie == null ? null : supported(Locale.forLanguageTag(cookie));
        if (chosen != null) {
            return chosen;
        }
        String header = ctx.header("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale l = Locale.lookup(Locale.LanguageRange.parse(header), languages);
                if (l != null) {
                    return l;
                }
            } catch (IllegalArgumentException e) {
                // A malformed header is no preference.
            }
        }
        return languages.get(0);
    }

    /** The language tags, for messages: "en, es". */
    public String tags() {
        return String.join(", ", languages.stream().map(Locale::toLanguageTag).toList());
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
