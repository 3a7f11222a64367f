package org.crampwise.app.web.region;

import org.crampwise.app.web.Places;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.List;
import java.util.Map;
import org.crampwise.app.web.Csrf;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.Views;
import org.crampwise.kb.Region;

/**
 * Choosing the region on the pages: a form that remembers the choice in a cookie (no account),
 * then goes back to the page it came from.
 */
public final class RegionPages {
    /** A year: the choice outlives a visit, as a person rarely moves. */
    private static final int YEAR = 365 * 24 * 3600;
    private final Places places;
    private final Views views;
    private final PageContexts pages;
    private final Csrf csrf;
    private final boolean secureCookies;

    public RegionPages(Places places, Views views, PageContexts pages, Csrf csrf, boolean secureCookies) {
        this.places = places;
        this.views = views;
        this.pages = pages;
        this.csrf = csrf;
        this.secureCookies = secureCookies;
    }

    public void routes(RoutesConfig r) {
        r.get("/region", ctx -> views.page(ctx, "region/choose.jte", Map.of("page", pages.of(ctx),
                "regions", named(places.of(ctx).language()), "back", back(ctx.queryParam("back")))));
        r.post("/region", this::choose);
    }

    private void choose(Context ctx) {
        csrf.check(ctx);
        String id = ctx.formParam("choice");
        Region r = places.find(id);
        if (r == null) {
            throw new HttpError.BadRequest("unknown region '" + id + "'", List.of(new HttpError.FieldProblem(
                    "choice", "must be one of " + String.join(", ", places.all().stream().map(Region::id).toList()))));
        }
        ctx.cookie(new Cookie(Places.COOKIE, r.id(), "/", YEAR, secureCookies, true, null, SameSite.LAX));
        ctx.redirect(back(ctx.formParam("back")), HttpStatus.SEE_OTHER);
    }

    /** Every region, named in the person's language ("Estados Unidos (EE. UU.)"). */
    private List<Region> named(java.util.Locale language) {
        return places.all().stream().map(r -> places.in(r, language)).toList();
    }

    /** Only a path of this site: never another origin ("//host", "https:"). */
    static String back(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.length() < 512 ? path : "/";
    }
}
