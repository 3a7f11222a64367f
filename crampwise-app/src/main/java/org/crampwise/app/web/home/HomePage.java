package org.crampwise.app.web.home;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.Views;

/** The start page: what Crampwise does and does not do, the emergency notice first. */
public final class HomePage {
    private final Views views;
    private final PageContexts pages;

    public HomePage(Views views, PageContexts pages) {
        this.views = views;
        this.pages = pages;
    }

    public void routes(RoutesConfig r) {
        r.get("/", ctx -> views.page(ctx, "home/home.jte", Map.of("page", pages.of(ctx))));
    }
}
