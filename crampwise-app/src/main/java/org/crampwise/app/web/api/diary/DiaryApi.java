package org.crampwise.app.web.api.diary;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.DiaryInsights;
import org.crampwise.app.diary.DiarySummaries;
import org.crampwise.app.diary.io.DiaryExport;
import org.crampwise.app.account.Sessions;
import org.crampwise.app.account.SignInThrottle;
import org.crampwise.engine.Engine;
import org.crampwise.kb.KnowledgeBase;

/**
 * The accounts and diary part of the JSON API (issue 5): accounts and sessions, then everything
 * under /api/v1/diary for the account of the bearer token. Unlike the rest of the API this part
 * has state: the token names a session in the database.
 */
public final class DiaryApi {
    private final AccountRoutes accounts;
    private final EpisodeRoutes episodes;
    private final DayRoutes days;
    private final InsightRoutes insights;

    /**
     * Speaking to every request in the engine's own region and language.
     *
     * @param secret signs the lists' cursors, so that any server of the deployment reads them
     */
    public DiaryApi(Engine engine, Accounts accounts, Sessions sessions, Diary diary, SignInThrottle throttle,
                    byte[] secret, Clock clock) {
        this(engine, accounts, sessions, diary, throttle, secret, clock,
                new DiaryWords(engine, new DiaryInsights(diary, engine, clock), new DiarySummaries(diary, engine, clock)));
    }

    /** @param words the words of each request's audience (region and language) */
    public DiaryApi(Engine engine, Accounts accounts, Sessions sessions, Diary diary, SignInThrottle throttle,
                    byte[] secret, Clock clock, DiaryWords words) {
        KnowledgeBase kb = engine.knowledgeBase();
        BearerAuth auth = new BearerAuth(sessions);
        this.accounts = new AccountRoutes(accounts, sessions, throttle, auth, clock);
        Paging paging = new Paging(secret);
        this.episodes = new EpisodeRoutes(diary, auth, new EpisodeReader(kb), paging, clock);
        this.days = new DayRoutes(diary, auth, paging, clock);
        this.insights = new InsightRoutes(words, new DiaryExport(diary, kb), auth);
    }

    public void routes(RoutesConfig r) {
        accounts.routes(r);
        episodes.routes(r);
        days.routes(r);
        insights.routes(r);
    }
}
