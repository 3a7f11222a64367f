package org.crampwise.app.web.region;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.List;
import java.util.Locale;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.Places;
import org.crampwise.kb.KnowledgeBase;

/**
 * The language link of every page ({@code /language/es?back=/the/page}): it only remembers the
 * person's choice in a cookie (no account; a GET, as it changes nothing but a preference, so it
 * is a plain link a screen reader announces in its own language) and goes back to the page.
 */
public final class LanguagePages {
    /** A year, like the region: a person rarely changes language. */
    private static final int YEAR = 365 * 24 * 3600;
    private final KnowledgeBase kb;
    private final boolean secureCookies;

    public LanguagePages(KnowledgeBase kb, boolean secureCookies) {
        this.kb = kb;
        this.secureCookies = secureCookies;
    }

    public void routes(RoutesConfig r) {
        r.get(PageContexts.LANGUAGE_PATH + "{tag}", this::choose);
    }

    private void choose(Context ctx) {
        String tag = ctx.pathParam("tag");
        Locale asked = Locale.forLanguageTag(tag);
        if (asked.getLanguage().isEmpty() || !kb.supports(asked)) {
            throw new HttpError.BadRequest("unknown language '" + tag + "'", List.of(new HttpError.FieldProblem(
                    "tag", "must be one of " + String.join(", ", kb.languages().stream().map(Locale::toLanguageTag)
                            .toList()))));
        }
        ctx.cookie(new Cookie(Places.LANG_COOKIE, asked.toLanguageTag(), "/", YEAR, secureCookies, true, null,
                SameSite.LAX));
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(RegionPages.back(ctx.queryParam("back")), HttpStatus.SEE_OTHER);
    }
}
