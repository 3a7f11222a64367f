package org.crampwise.app.web.diary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampwise.diary.DayLog;
import org.crampwise.app.diary.Diary;
import org.crampwise.diary.Episode;
import org.crampwise.app.diary.StoredEpisode;
import org.crampwise.app.web.Csrf;
import org.crampwise.app.web.FormErrors;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.Views;
import org.crampwise.app.web.account.SignedIn;
import org.crampwise.app.web.check.InterviewAnswers;

/**
 * The diary's own pages: the list of recent cramps, adding, changing and deleting one, and saving
 * an interview result as a cramp. Every page needs a signed-in person, and an episode id of
 * someone else is "not found", exactly like one that does not exist.
 */
public final class DiaryPages {
    static final int RECENT_DAYS = 56;

    private final Diary diary;
    private final SignedIn signedIn;
    private final InterviewAnswers interview;
    private final DiaryBanner banner;
    private final Views views;
    private final PageContexts pages;
    private final Csrf csrf;
    private final Clock clock;

    public DiaryPages(Diary diary, SignedIn signedIn, InterviewAnswers interview,
                      DiaryBanner banner, Views views, PageContexts pages, Csrf csrf, Clock clock) {
        this.diary = diary;
        this.signedIn = signedIn;
        this.interview = interview;
        this.banner = banner;
        this.views = views;
        this.pages = pages;
        this.csrf = csrf;
        this.clock = clock;
    }

    /** The diary's words in the person's language, with the knowledge base's names for places and legs. */
    DiaryViews diaryViews(Context ctx) {
        return new DiaryViews(pages.kb(ctx), pages.messages(ctx));
    }

    public void routes(RoutesConfig r) {
        r.get("/diary", this::home);
        // The interview's answers are in a cookie only pages under /check receive.
        r.get("/diary/save", ctx -> ctx.redirect("/check/save", HttpStatus.SEE_OTHER));
        r.get("/check/save", this::fromInterview);
        r.get("/diary/episodes/new", ctx -> {
            long account = signedIn.require(ctx);
            showForm(ctx, "/diary/episodes", EpisodeForm.fresh(now(account), Map.of()), new FormErrors(), "",
                    HttpStatus.OK);
        });
        r.post("/diary/episodes", this::create);
        r.get("/diary/episodes/{id}/edit", ctx -> {
            long account = signedIn.require(ctx);
            StoredEpisode s = episode(ctx, account);
            // Just stored by "I had a cramp just now": say so, and offer the details.
            String notice = ctx.queryParam("logged") == null ? ""
                    : pages.messages(ctx).get("quick.logged", diaryViews(ctx).row(s).when());
            showForm(ctx, "/diary/episodes/" + s.id(), EpisodeForm.of(s.episode()), new FormErrors(), "", notice,
                    HttpStatus.OK);
        });
        r.post("/diary/episodes/{id}", this::update);
        r.get("/diary/episodes/{id}/delete", ctx -> {
            long account = signedIn.require(ctx);
            views.page(ctx, "diary/delete.jte", Map.of("page", pages.of(ctx),
                    "row", diaryViews(ctx).row(episode(ctx, account))));
        });
        // A form shown again with its errors is at the address it posted to; the language and
        // region links come back there with a GET, which finds the form.
        r.get("/diary/episodes", ctx -> ctx.redirect("/diary/episodes/new", HttpStatus.SEE_OTHER));
        r.get("/diary/episodes/{id}", ctx -> ctx.redirect("/diary/episodes/" + episodeId(ctx) + "/edit",
                HttpStatus.SEE_OTHER));
        r.post("/diary/episodes/{id}/delete", ctx -> {
            csrf.check(ctx);
            long account = signedIn.require(ctx);
            if (!diary.deleteEpisode(account, episode(ctx, account).id())) {
                throw new HttpError.NotFound("no such episode");
            }
            ctx.redirect("/diary", HttpStatus.SEE_OTHER);
        });
    }

    private void home(Context ctx) {
        long account = signedIn.require(ctx);
        Instant now = clock.instant();
        List<StoredEpisode> recent = new ArrayList<>(
                diary.episodesBetween(account, now.minus(Duration.ofDays(RECENT_DAYS)), now.plus(Duration.ofDays(2))));
        java.util.Collections.reverse(recent);
        ZonedDateTime here = now(account);
        LocalDate today = here.toLocalDate();
        Set<LocalDate> logged = new HashSet<>();
        for (DayLog d : diary.daysBetween(account, today.minusDays(6), today)) {
            logged.add(d.date());
        }
        DiaryViews diaryViews = diaryViews(ctx);
        List<DiaryViews.DayRow> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(diaryViews.day(today.minusDays(i), logged.contains(today.minusDays(i))));
        }
        DiaryBanner.Shown b = banner.of(account, here.getZone(), pages.engine(ctx));
        views.page(ctx, "diary/home.jte", Map.of("page", pages.of(ctx), "view", new DiaryViews.Home(
                recent.stream().map(diaryViews::row).toList(), days, b.words(), b.level(), today.toString(),
                FormKeys.fresh())));
    }

    /** "Save to my diary" from a result: a new cramp, filled in from the answers, which are kept with it. */
    private void fromInterview(Context ctx) {
        long account = signedIn.require(ctx);
        var state = interview.signedState(ctx);
        if (state.isEmpty()) {
            ctx.redirect("/diary/episodes/new", HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> findings = interview.findings(state.get()).orElse(Map.of());
        showForm(ctx, "/diary/episodes", EpisodeForm.fresh(now(account), findings), new FormErrors(), state.get(),
                HttpStatus.OK);
    }

    private void create(Context ctx) {
        csrf.check(ctx);
        long account = signedIn.require(ctx);
        String state = value(ctx, "interview");
        var key = FormKeys.read(ctx);
        Map<String, Object> findings = Map.of();
        if (!state.isEmpty()) {
            findings = interview.findings(state)
                    .orElseThrow(() -> new HttpError.BadRequest("the answers from the check could not be read"));
        }
        EpisodeForm form = EpisodeForm.read(ctx::formParam);
        FormErrors errors = new FormErrors();
        DiaryViews diaryViews = diaryViews(ctx);
        Episode e = form.episode(diaryViews.locations(), diaryViews.sides(), findings, pages.messages(ctx), errors);
        if (e == null) {
            showForm(ctx, "/diary/episodes", form, errors, state, HttpStatus.BAD_REQUEST);
            return;
        }
        FormKeys.once(() -> diary.addEpisode(account, e, key));
        ctx.redirect("/diary", HttpStatus.SEE_OTHER);
    }

    private void update(Context ctx) {
        csrf.check(ctx);
        long account = signedIn.require(ctx);
        StoredEpisode stored = episode(ctx, account);
        EpisodeForm form = EpisodeForm.read(ctx::formParam);
        FormErrors errors = new FormErrors();
        // The answers saved from a check stay with the cramp when it is changed.
        DiaryViews diaryViews = diaryViews(ctx);
        Episode e = form.episode(diaryViews.locations(), diaryViews.sides(), stored.episode().findings(),
                pages.messages(ctx), errors);
        if (e == null) {
            showForm(ctx, "/diary/episodes/" + stored.id(), form, errors, "", HttpStatus.BAD_REQUEST);
            return;
        }
        if (!diary.updateEpisode(account, stored.id(), e)) {
            throw new HttpError.NotFound("no such episode");
        }
        ctx.redirect("/diary", HttpStatus.SEE_OTHER);
    }

    private void showForm(Context ctx, String action, EpisodeForm values, FormErrors errors, String state,
                          HttpStatus status) {
        showForm(ctx, action, values, errors, state, "", status);
    }

    private void showForm(Context ctx, String action, EpisodeForm values, FormErrors errors, String state,
                          String notice, HttpStatus status) {
        String title = pages.messages(ctx).get(action.equals("/diary/episodes") ? "episode.new.title" : "episode.edit.title");
        ctx.status(status);
        views.page(ctx, "diary/episode.jte", Map.of("page", pages.of(ctx),
                "view", diaryViews(ctx).form(title, action, values, errors, state, notice,
                        errors.any() ? FormKeys.echo(ctx) : FormKeys.fresh())));
    }

    /** The account's episode named in the path; anyone else's, or none, is not found. */
    private StoredEpisode episode(Context ctx, long account) {
        return diary.episode(account, episodeId(ctx)).orElseThrow(() -> new HttpError.NotFound("no such episode"));
    }

    private static long episodeId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new HttpError.NotFound("no such episode");
        }
    }

    /** Now on the person's clock: the zone of their latest cramp, or the site's default (a setting, not a word). */
    public ZonedDateTime now(long account) {
        ZoneId zone = diary.latestEpisode(account).map(s -> s.episode().zone())
                .orElseGet(() -> ZoneId.of(pages.messages().get("diary.defaultZone")));
        return clock.instant().atZone(zone);
    }

    private static String value(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }
}
