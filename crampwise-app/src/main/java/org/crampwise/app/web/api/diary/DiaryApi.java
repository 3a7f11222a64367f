package org.crampwise.app.web.api.diary;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.Locale;
import org.crampwise.app.account.Accounts;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.io.DiaryExport;
import org.crampwise.app.diary.DiaryInsights;
import org.crampwise.app.account.Sessions;
import org.crampwise.app.account.SignInThrottle;
import org.crampwise.app.web.Messages;
import org.crampwise.app.web.diary.PlainWords;
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

    /** @param secret signs the lists' cursors, so that any server of the deployment reads them */
    public DiaryApi(Engine engine, Accounts accounts, Sessions sessions, Diary diary, SignInThrottle throttle,
                    byte[] secret, Clock clock) {
        KnowledgeBase kb = engine.knowledgeBase();
        BearerAuth auth = new BearerAuth(sessions);
        this.accounts = new AccountRoutes(accounts, sessions, throttle, auth, clock);
        Paging paging = new Paging(secret);
        this.episodes = new EpisodeRoutes(diary, auth, new EpisodeReader(kb), paging, clock);
        this.days = new DayRoutes(diary, auth, paging, clock);
        // The API's words are the pages' (British English), with the knowledge base's numbers.
        PlainWords plain = new PlainWords(kb.diary(), new Messages(Locale.UK, kb.emergencyNumber(), kb.urgentNumber()));
        this.insights = new InsightRoutes(new DiaryInsights(diary, engine, clock), new DiaryExport(diary, kb), auth, plain);
    }

    public void routes(RoutesConfig r) {
        accounts.routes(r);
        episodes.routes(r);
        days.routes(r);
        insights.routes(r);
    }
}
