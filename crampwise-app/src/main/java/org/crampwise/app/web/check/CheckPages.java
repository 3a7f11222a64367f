package org.crampwise.app.web.check;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crampwise.app.web.Csrf;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.TriageRecorder;
import org.crampwise.app.web.Views;
import org.crampwise.engine.Assessment;
import org.crampwise.engine.Engine;
import org.crampwise.evidence.Evidence;
import org.crampwise.interview.Interview;
import org.crampwise.interview.Question;
import org.crampwise.interview.Step;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Level;

/**
 * The interview pages: one question per page in the order the interview gives, "check your
 * answers", and the result. The answers live in a signed cookie that travels with the person;
 * nothing is stored on the server.
 */
public final class CheckPages {
    static final String COOKIE = "cw_check";

    private final KnowledgeBase kb;
    private final Engine engine;
    private final Interview interview;
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
        this.interview = new Interview(engine);
        this.views = views;
        this.pages = pages;
        this.csrf = csrf;
        this.codec = new StateCodec(kb, secret);
        this.secureCookies = secureCookies;
        this.form = new AnswerForm(kb);
        this.questions = new QuestionViews(kb);
        this.results = new ResultViews(kb);
    }

    public void routes(RoutesConfig r) {
        r.get("/check/start", ctx -> {
            save(ctx, InterviewState.start(kb));
            ctx.redirect("/check", HttpStatus.SEE_OTHER);
        });
        r.get("/check", this::current);
        r.post("/check", this::answer);
        r.get("/check/back", ctx -> {
            save(ctx, state(ctx).backTo(intParam(ctx, "to")));
            ctx.redirect("/check", HttpStatus.SEE_OTHER);
        });
        r.get("/check/change", this::change);
        r.get("/check/answers", this::answers);
        r.get("/check/result", this::result);
    }

    private void current(Context ctx) {
        InterviewState s = state(ctx);
        Step step = interview.next(s.evidence());
        if (step.shouldStop()) {
            boolean emergency = step.assessment().triage().level().isAbove(Level.URGENT);
            ctx.redirect(emergency ? "/check/result" : "/check/answers", HttpStatus.SEE_OTHER);
            return;
        }
        showQuestion(ctx, s, s.steps().size() + 1, step.question(), List.of(), false, HttpStatus.OK);
    }

    private void answer(Context ctx) {
        csrf.check(ctx);
        InterviewState s = state(ctx);
        String change = ctx.formParam("change");
        Question q = question(ctx.formParam("findings"));
        if (q == null) {
            ctx.redirect("/check", HttpStatus.SEE_OTHER);
            return;
        }
        AnswerForm.Result r = form.read(q, s.evidence(), ctx::formParam, ctx::formParams);
        int step = change != null ? Math.max(1, parse(change)) : s.steps().size() + 1;
        if (!r.ok()) {
            showQuestion(ctx, s, step, q, r.errors(), change != null, HttpStatus.BAD_REQUEST);
            return;
        }
        boolean again = s.steps().stream().anyMatch(done -> done.containsAll(q.findings()));
        save(ctx, change != null || again ? s.changed(pruned(r.evidence())) : s.answered(q.findings(), r.evidence()));
        ctx.redirect(change != null ? "/check/answers" : "/check", HttpStatus.SEE_OTHER);
    }

    private void change(Context ctx) {
        InterviewState s = state(ctx);
        int step = intParam(ctx, "step");
        if (step < 1 || step > s.steps().size()) {
            ctx.redirect("/check/answers", HttpStatus.SEE_OTHER);
            return;
        }
        Question q = question(s.steps().get(step - 1));
        showQuestion(ctx, s, step, q, List.of(), true, HttpStatus.OK);
    }

    private void answers(Context ctx) {
        InterviewState s = state(ctx);
        List<AnswersView.Row> rows = new ArrayList<>();
        for (int i = 0; i < s.steps().size(); i++) {
            Question q = question(s.steps().get(i));
            rows.add(new AnswersView.Row(q.text(), said(q, s.evidence()), "/check/change?step=" + (i + 1)));
        }
        boolean finished = interview.next(s.evidence()).shouldStop();
        views.page(ctx, "check/answers.jte", Map.of("page", pages.of(ctx), "view", new AnswersView(rows, finished)));
    }

    private void result(Context ctx) {
        Evidence e = state(ctx).evidence();
        Assessment a = engine.assess(e);
        triage.given(TriageRecorder.Channel.PAGES, a.triage().level());
        views.page(ctx, "check/result.jte", Map.of("page", pages.of(ctx),
                "view", results.view(a, e, engine.watchFor(e))));
    }

    private void showQuestion(Context ctx, InterviewState s, int step, Question q, List<AnswerForm.FieldError> errors,
                              boolean changing, HttpStatus status) {
        String back = changing ? "/check/answers" : s.steps().isEmpty() ? "/" : "/check/back?to=" + s.steps().size();
        QuestionView view = questions.view(step, q, s.evidence(), errors, pages.messages(), back, changing);
        ctx.status(status);
        views.page(ctx, "check/question.jte", Map.of("page", pages.of(ctx), "view", view,
                "findings", String.join(",", q.findings().stream().map(Finding::id).toList()),
                "change", changing ? String.valueOf(step) : ""));
    }

    /** The question that asks exactly these findings, rebuilt from a form or the history. */
    private Question question(String findingIds) {
        if (findingIds == null || findingIds.isBlank()) {
            return null;
        }
        List<Finding> fs = new ArrayList<>();
        for (String id : findingIds.split(",")) {
            Finding f = kb.finding(id);
            if (f == null) {
                return null;
            }
            fs.add(f);
        }
        return question(fs);
    }

    private Question question(List<Finding> fs) {
        if (fs.size() == 1) {
            return new Question.Single(fs.get(0));
        }
        return kb.screenOf(fs.get(0)) == null ? null : new Question.Group(kb.screenOf(fs.get(0)), List.copyOf(fs));
    }

    private List<String> said(Question q, Evidence e) {
        List<String> out = new ArrayList<>();
        boolean group = q instanceof Question.Group;
        for (Finding f : q.findings()) {
            if (e.isSkipped(f)) {
                out.add(pages.messages().get("answer.dontKnow"));
            } else if (group ? e.isYes(f) : e.isKnown(f)) {
                out.add(group ? f.shortText() : f.sayAnswer(e.value(f.index())));
            }
            Finding side = kb.finding("side");
            if (BodyMap.asks(f, kb) && e.isKnown(side)) {
                out.add(side.sayAnswer(e.value(side.index()))); // the body map answers the leg too
            }
        }
        if (group && out.isEmpty()) {
            out.add(pages.messages().get("answer.noneOfThese"));
        }
        return out;
    }

    /** Drops answers to questions that no longer apply after a change (lump details without a lump). */
    private Evidence pruned(Evidence e) {
        Evidence out = e;
        for (Finding f : kb.findings()) {
            if ((e.isKnown(f) || e.isSkipped(f)) && f.askIf() != null && !interview.applies(f, e)) {
                out = out.without(f);
            }
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

    private static int intParam(Context ctx, String name) {
        return parse(ctx.queryParam(name));
    }

    private static int parse(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
