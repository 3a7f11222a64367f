package org.crampwise.app.web.check;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crampwise.app.web.Csrf;
import org.crampwise.app.web.Messages;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.TriageRecorder;
import org.crampwise.app.web.Views;
import org.crampwise.engine.Assessment;
import org.crampwise.engine.Engine;
import org.crampwise.evidence.Evidence;
import org.crampwise.interview.Interview;
import org.crampwise.interview.Question;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/**
 * The interview pages: one question per page, each at its own address, in the order the
 * interview gives; "check your answers"; and the result. Every form is Post/Redirect/Get, so Back
 * and Forward walk the questions and never resubmit. The answers live in a signed cookie that
 * travels with the person; nothing is stored on the server.
 */
public final class CheckPages {
    static final String COOKIE = "cw_check";
    /** Query of a result the person asked for before the end: the level so far, marked incomplete. */
    static final String SO_FAR = "sofar";

    private final KnowledgeBase kb;
    private final Engine engine;
    private final Journey journey;
    private final Views views;
    private final PageContexts pages;
    private final Csrf csrf;
    private final StateCodec codec;
    private final boolean secureCookies;
    private final AnswerForm form;
    private final QuestionViews questions;
    private final ResultViews results;
    private final TriageRecorder triage;

    public CheckPages(KnowledgeBase kb, Engine engine, Views views, PageContexts pages, Csrf csrf, byte[] secret,
                      boolean secureCookies, TriageRecorder triage) {
        this.triage = triage;
        this.kb = kb;
        this.engine = engine;
        this.journey = new Journey(kb, new Interview(engine));
        this.views = views;
        this.pages = pages;
        this.csrf = csrf;
        this.codec = new StateCodec(kb, secret);
        this.secureCookies = secureCookies;
        this.form = new AnswerForm(kb);
        this.questions = new QuestionViews(kb);
        this.results = new ResultViews(kb);
    }

    public void routes(JavalinDefaultRoutingApi r) {
        r.get(Journey.START, this::start);
        r.post(Journey.START, ctx -> {
            csrf.check(ctx);
            InterviewState fresh = InterviewState.start(kb);
            save(ctx, fresh);
            see(ctx, journey.current(fresh));
        });
        r.get("/check", ctx -> see(ctx, journey.current(state(ctx))));
        r.get(Journey.QUESTION + "{id}", this::question);
        r.post(Journey.QUESTION + "{id}", this::answer);
        r.get(Journey.ANSWERS, this::answers);
        r.get(Journey.RESULT, this::result);
    }

    /** A check in progress is never thrown away unasked: the person carries on or starts again. */
    private void start(Context ctx) {
        InterviewState s = state(ctx);
        if (s.started()) {
            views.page(ctx, "check/resume.jte", Map.of("page", pages.of(ctx), "continueUrl", journey.current(s)));
            return;
        }
        save(ctx, s);
        see(ctx, journey.current(s));
    }

    private void question(Context ctx) {
        InterviewState s = state(ctx);
        Journey.Place p = journey.locate(s, ctx.pathParam("id"));
        if (p == null) {
            see(ctx, journey.current(s)); // a question not (or no longer) asked of this person
            return;
        }
        show(ctx, s, p, List.of(), "yes".equals(ctx.queryParam("change")), HttpStatus.OK);
    }

    private void answer(Context ctx) {
        csrf.check(ctx);
        InterviewState s = state(ctx);
        Journey.Place p = journey.locate(s, ctx.pathParam("id"));
        if (p == null) {
            see(ctx, journey.current(s));
            return;
        }
        boolean changing = ctx.formParam("change") != null;
        List<Finding> screen = journey.screen(s, p);
        String sent = ctx.formParam("findings");
        if (sent != null && !sent.equals(Journey.ids(screen))) {
            // A page from before the answers changed elsewhere (another tab): show it as it is now.
            see(ctx, Journey.QUESTION + p.slug() + (changing ? Journey.CHANGING : ""));
            return;
        }
        AnswerForm.Result r = form.read(p.question(), screen, s.evidence(), ctx::formParam, ctx::formParams);
        if (!r.ok()) {
            show(ctx, s, p, r.errors(), changing, HttpStatus.BAD_REQUEST);
            return;
        }
        Evidence e = journey.pruned(r.evidence());
        InterviewState next = p.answered() ? s.revised(e) : s.answered(screen, e);
        save(ctx, next);
        see(ctx, journey.after(s, p, next, changing));
    }

    private void answers(Context ctx) {
        InterviewState s = state(ctx);
        List<AnswersView.Row> rows = new ArrayList<>();
        for (int i = 0; i < s.steps().size(); i++) {
            List<Finding> screen = s.steps().get(i);
            Question q = journey.question(screen);
            rows.add(new AnswersView.Row(q.text(), said(q, screen, s.evidence(), pages.messages(ctx)),
                    journey.url(s, i + 1) + Journey.CHANGING));
        }
        boolean finished = journey.finished(s);
        views.page(ctx, "check/answers.jte", Map.of("page", pages.of(ctx), "view", new AnswersView(rows, finished,
                journey.lastAsked(s), journey.current(s), Journey.RESULT + "?" + SO_FAR + "=yes")));
    }

    /**
     * The result only when the answers support it: none yet sends the person to the start; an
     * unfinished check to its next question, unless the person chose to stop there (then it is
     * the level so far, marked incomplete).
     */
    private void result(Context ctx) {
        InterviewState s = state(ctx);
        if (!s.started()) {
            see(ctx, Journey.START);
            return;
        }
        boolean finished = journey.finished(s);
        if (!finished && !"yes".equals(ctx.queryParam(SO_FAR))) {
            see(ctx, journey.current(s));
            return;
        }
        Evidence e = s.evidence();
        Assessment a = engine.assess(e);
        triage.given(TriageRecorder.Channel.PAGES, a.triage().level());
        views.page(ctx, "check/result.jte", Map.of("page", pages.of(ctx),
                "view", results.view(a, e, engine.watchFor(e), !finished),
                "continueUrl", journey.current(s)));
    }

    private void show(Context ctx, InterviewState s, Journey.Place p, List<AnswerForm.FieldError> errors,
                      boolean changing, HttpStatus status) {
        String back = changing ? Journey.ANSWERS : journey.back(s, p);
        List<Finding> screen = journey.screen(s, p);
        QuestionView view = questions.view(p.step(), p.question(), screen, s.evidence(), errors, pages.messages(ctx),
                back, changing);
        ctx.status(status);
        views.page(ctx, "check/question.jte", Map.of("page", pages.of(ctx), "view", view,
                "findings", Journey.ids(screen), "change", changing ? "yes" : "",
                "action", Journey.QUESTION + p.slug(),
                "stopUrl", s.started() ? Journey.RESULT + "?" + SO_FAR + "=yes" : ""));
    }

    /** What the person said on a screen, in words, for "Check your answers". */
    private static List<String> said(Question q, List<Finding> screen, Evidence e, Messages messages) {
        List<String> out = new ArrayList<>();
        boolean group = q instanceof Question.Group;
        for (Finding f : screen) {
            if (e.isSkipped(f)) {
                out.add(messages.get("answer.dontKnow"));
            } else if (group) {
                if (e.isYes(f)) {
                    out.add(f.shortText());
                }
            } else {
                e.answer(f).map(f::say).ifPresent(out::add);
            }
        }
        if (group && out.isEmpty()) {
            out.add(messages.get("answer.noneOfThese"));
        }
        return out;
    }

    private InterviewState state(Context ctx) {
        InterviewState s = codec.read(ctx.cookie(COOKIE));
        return s == null ? InterviewState.start(kb) : s;
    }

    private void save(Context ctx, InterviewState s) {
        ctx.cookie(new Cookie(COOKIE, codec.write(s), "/check", -1, secureCookies, true, null, SameSite.LAX));
    }

    private static void see(Context ctx, String url) {
        ctx.redirect(url, HttpStatus.SEE_OTHER);
    }
}
