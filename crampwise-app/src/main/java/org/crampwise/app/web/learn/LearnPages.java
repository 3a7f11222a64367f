package org.crampwise.app.web.learn;

import org.crampwise.app.learn.Learn;
import org.crampwise.app.learn.LearnPage;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.crampwise.app.feedback.FeedbackStore;
import org.crampwise.app.web.Csrf;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.Views;
import org.crampwise.kb.KnowledgeBase;

/**
 * The learn pages: a list at /learn, one page at /learn/{id}, and "Was this page helpful?"
 * posted to /learn/{id}/feedback, which stores the answer and comes back to the page with a
 * thank-you.
 */
public final class LearnPages {
    private final Learn learn;
    private final LearnViews learnViews;
    private final Views views;
    private final PageContexts pages;
    private final Csrf csrf;
    private final FeedbackStore feedback;

    public LearnPages(Learn learn, KnowledgeBase kb, Views views, PageContexts pages, Csrf csrf,
                      FeedbackStore feedback) {
        this.learn = learn;
        // Built once per audience (RegionalRoutes): the kb is in the person's language, and so are the dates.
        this.learnViews = new LearnViews(learn, kb, pages.messages(kb.region(), kb.language()));
        this.views = views;
        this.pages = pages;
        this.csrf = csrf;
        this.feedback = feedback;
    }

    public void routes(JavalinDefaultRoutingApi r) {
        r.get("/learn", ctx -> views.page(ctx, "learn/index.jte",
                Map.of("page", pages.of(ctx), "view", learnViews.index())));
        r.get("/learn/{id}", this::show);
        r.post("/learn/{id}/feedback", this::answer);
    }

    private void show(Context ctx) {
        LearnPage p = page(ctx);
        boolean thanks = "1".equals(ctx.queryParam("thanks"));
        views.page(ctx, "learn/page.jte", Map.of("page", pages.of(ctx), "view", learnViews.page(p, thanks)));
    }

    private void answer(Context ctx) {
        csrf.check(ctx);
        LearnPage p = page(ctx);
        String helpful = ctx.formParam("helpful");
        if (!"yes".equals(helpful) && !"no".equals(helpful)) {
            throw new HttpError.BadRequest("helpful must be yes or no");
        }
        feedback.record(p.id(), "yes".equals(helpful));
        ctx.redirect(LearnViews.href(p.id()) + "?thanks=1#feedback", HttpStatus.SEE_OTHER);
    }

    private LearnPage page(Context ctx) {
        LearnPage p = learn.page(ctx.pathParam("id"));
        if (p == null) {
            throw new HttpError.NotFound("no learn page " + ctx.pathParam("id"));
        }
        return p;
    }
}
