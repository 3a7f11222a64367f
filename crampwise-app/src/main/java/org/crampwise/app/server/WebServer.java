package org.crampwise.app.server;

import org.crampwise.app.web.AddressCheck;
import org.crampwise.app.web.Assets;
import org.crampwise.app.web.Cors;
import org.crampwise.app.web.Csrf;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.SecurityHeaders;
import org.crampwise.app.web.Views;
import io.javalin.Javalin;
import java.time.Clock;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.crampwise.app.feedback.FeedbackStore;
import org.crampwise.app.web.account.AccountPages;
import org.crampwise.app.web.account.SignedIn;
import org.crampwise.app.web.check.InterviewAnswers;
import org.crampwise.app.web.diary.DayPages;
import org.crampwise.app.web.diary.DiaryBanner;
import org.crampwise.app.web.diary.DiaryPages;
import org.crampwise.app.web.diary.QuickLog;
import org.crampwise.app.web.offline.AppShell;
import org.crampwise.app.web.diary.ExportPages;
import org.crampwise.app.web.diary.InsightsPage;
import org.crampwise.app.web.summary.SummaryPages;
import org.crampwise.app.diary.DiarySummaries;
import org.crampwise.app.diary.ShareLinks;
import org.crampwise.app.storage.Database;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.io.DiaryExport;
import org.crampwise.app.diary.DiaryInsights;
import org.crampwise.app.account.Passwords;
import org.crampwise.app.account.Sessions;
import org.crampwise.app.account.SignInThrottle;
import org.crampwise.app.web.api.ApiRoutes;
import org.crampwise.app.web.api.diary.DiaryApi;
import org.crampwise.app.web.api.diary.DiaryWords;
import org.crampwise.app.web.api.diary.SummaryApi;
import org.crampwise.app.web.check.CheckPages;
import org.crampwise.app.web.fhir.FhirRoutes;
import org.crampwise.app.web.home.HomePage;
import org.crampwise.app.learn.LearnLoader;
import org.crampwise.app.web.learn.LearnPages;
import org.crampwise.app.web.Places;
import org.crampwise.app.web.region.LanguagePages;
import org.crampwise.app.web.region.RegionPages;
import org.crampwise.app.web.region.RegionalRoutes;
import org.crampwise.app.web.ops.Metrics;
import org.crampwise.app.web.ops.OpsRoutes;
import org.crampwise.engine.Engine;
import org.crampwise.kb.KnowledgeBase;

/**
 * The web server, built from its parts: each feature registers its own routes. Start it on port
 * 0 for a random free port (as the tests do).
 */
public final class WebServer {
    private final Javalin app;
    private final Metrics metrics;
    /** The database this server opened itself, closed when it stops; null when it was given one. */
    private final Database owned;

    /** A server on the database of {@code config.dataDir()}, opened (and migrated) here. */
    public WebServer(WebConfig config, KnowledgeBase baseKb) {
        this(config, baseKb, Database.open(config.dataDir()), true, Clock.systemUTC(), Passwords.Cost.OWASP);
    }

    /** A server on a database that the caller opened and closes (after {@link #stop()}). */
    public WebServer(WebConfig config, KnowledgeBase baseKb, Database database) {
        this(config, baseKb, database, false, Clock.systemUTC(), Passwords.Cost.OWASP);
    }

    /** As above, on the time of {@code clock} (for the diary, sessions and throttle): tests move it rather than wait. */
    public WebServer(WebConfig config, KnowledgeBase baseKb, Database database, Clock clock) {
        this(config, baseKb, database, false, clock, Passwords.Cost.OWASP);
    }

    /**
     * As above, hashing passwords at {@code cost}: tests of other things than passwords take a
     * cheap one (a server started by {@code serve} always hashes at the OWASP minimum).
     */
    public WebServer(WebConfig config, KnowledgeBase baseKb, Database database, Clock clock, Passwords.Cost cost) {
        this(config, baseKb, database, false, clock, cost);
    }

    private WebServer(WebConfig config, KnowledgeBase baseKb, Database database, boolean owns, Clock clock,
                      Passwords.Cost cost) {
        this.owned = owns ? database : null;
        this.metrics = new Metrics();
        Places places = new Places(baseKb, config.region(), config.language(), config.emergencyNumber(),
                config.urgentNumber());
        KnowledgeBase kb = baseKb.forRegion(places.fallback());
        Engine engine = new Engine(kb);
        Assets assets = new Assets();
        Csrf csrf = new Csrf(config.secureCookies());
        Views views = new Views();
        PageContexts pages = new PageContexts(places, baseKb, assets, csrf);
        HomePage home = new HomePage(views, pages);
        RegionPages regionPages = new RegionPages(places, views, pages, csrf, config.secureCookies());
        FeedbackStore feedback = new FeedbackStore(database);
        LanguagePages languagePages = new LanguagePages(baseKb, config.secureCookies());
        var learnPages = LearnLoader.everyLanguage(baseKb, LearnLoader::builtIn);
        // Everything whose words depend on the region and language, built once per audience (RegionalRoutes).
        RegionalRoutes regional = new RegionalRoutes(places, audience -> {
            KnowledgeBase here = pages.kb(audience);
            Engine theirs = pages.engine(audience);
            CheckPages check = new CheckPages(here, theirs, views, pages, csrf, config.secret(),
                    config.secureCookies(), metrics);
            LearnPages learn = new LearnPages(learnPages.get(audience.language()), here, views, pages, csrf, feedback);
            ApiRoutes api = new ApiRoutes(here, theirs, config.appVersion(), metrics);
            FhirRoutes fhir = new FhirRoutes(here, theirs, config.appVersion(), metrics);
            return r -> {
                check.routes(r);
                learn.routes(r);
                api.routes(r);
                fhir.routes(r);
            };
        });
        // One of each for the pages and the API: a sign-in attempt counts the same by either way.
        Sessions sessions = new Sessions(database);
        Passwords passwords = new Passwords(cost);
        Accounts accounts = new Accounts(database, passwords, clock);
        Diary diary = new Diary(database, clock);
        SignInThrottle throttle = new SignInThrottle(database, clock, SignInThrottle.PER_ACCOUNT,
                SignInThrottle.PER_ADDRESS, SignInThrottle.REGISTRATIONS);
        DiaryInsights reports = new DiaryInsights(diary, engine, clock);
        DiarySummaries summaries = new DiarySummaries(diary, engine, clock);
        // The API's insights and summary speak to each request's audience, as the pages do.
        DiaryWords diaryWords = new DiaryWords(pages, reports, summaries);
        DiaryApi diaryApi = new DiaryApi(engine, accounts, sessions, diary, throttle, config.secret(), clock,
                diaryWords);
        OpsRoutes ops = new OpsRoutes(metrics, database::isReachable);
        SignedIn signedIn = new SignedIn(sessions, config.secureCookies());
        AccountPages account = new AccountPages(accounts, passwords, signedIn, throttle, views, pages, csrf);
        DiaryPages diaryPages = new DiaryPages(diary, signedIn, new InterviewAnswers(kb, config.secret()),
                new DiaryBanner(reports), views, pages, csrf, clock);
        DayPages days = new DayPages(diary, signedIn, views, pages, csrf);
        QuickLog quickLog = new QuickLog(diary, signedIn, csrf, clock,
                java.time.ZoneId.of(pages.messages().get("diary.defaultZone")));
        AppShell shell = new AppShell(views, pages, assets);
        InsightsPage insights = new InsightsPage(reports, signedIn, diaryPages, views, pages);
        ExportPages exports = new ExportPages(new DiaryExport(diary, kb), signedIn, views, pages);
        SummaryPages summaryPages = new SummaryPages(summaries, new ShareLinks(database, clock), signedIn,
                diaryPages, views, pages, csrf, clock);
        SummaryApi summaryApi = new SummaryApi(diaryWords, sessions, clock);
        ErrorPages errors = new ErrorPages(views, pages, baseKb.languages().get(0));
        this.app = Javalin.create(c -> {
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            // Bodies are limited to 64 KiB where they are read; this is Jetty's outer bound.
            c.http.maxRequestSize = 1024 * 1024;
            c.http.prefer405over404 = true;
            c.startup.showJavalinBanner = false;
            // Stopping: no new connections, requests in flight finish (up to the grace period).
            c.jetty.modifyServer(server -> {
                server.insertHandler(new GracefulHandler());
                server.setErrorHandler(new EarlyErrors());
                server.setStopTimeout(config.shutdownGrace().toMillis());
            });
            ops.observe(c);
            // One before-handler, not three: each is matched against the path on every request.
            Cors cors = new Cors(config.allowedOrigins());
            c.routes.before(ctx -> {
                OpsRoutes.begin(ctx);
                SecurityHeaders.apply(ctx);
                AddressCheck.apply(ctx);
                if (cors.apply(ctx)) {
                    ctx.skipRemainingHandlers(); // a preflight, answered
                }
            });
            c.routes.get("/assets/{file}", assets::serve);
            c.routes.get("/favicon.ico", assets::favicon);
            home.routes(c.routes);
            regionPages.routes(c.routes);
            languagePages.routes(c.routes);
            regional.routes(c.routes);
            account.routes(c.routes);
            diaryPages.routes(c.routes);
            days.routes(c.routes);
            quickLog.routes(c.routes);
            shell.routes(c.routes);
            insights.routes(c.routes);
            exports.routes(c.routes);
            summaryPages.routes(c.routes);
            diaryApi.routes(c.routes);
            summaryApi.routes(c.routes);
            ops.routes(c.routes);
            errors.routes(c.routes);
        });
    }

    public WebServer start() {
        app.start();
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Stops gracefully: refuses new connections, lets requests in flight finish, then closes. */
    public void stop() {
        app.stop();
        metrics.close();
        if (owned != null) {
            owned.close();
        }
    }
}
