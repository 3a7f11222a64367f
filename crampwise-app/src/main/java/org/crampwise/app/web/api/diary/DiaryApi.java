package org.crampwise.app.web.api.diary;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.crampwise.app.diary.Accounts;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.Sessions;
import org.crampwise.app.diary.SignInThrottle;
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

    public DiaryApi(KnowledgeBase kb, Accounts accounts, Sessions sessions, Diary diary, SignInThrottle throttle,
                    Clock clock) {
        BearerAuth auth = new BearerAuth(sessions);
        this.accounts = new AccountRoutes(accounts, sessions, throttle, auth, clock);
        this.episodes = new EpisodeRoutes(diary, auth, new EpisodeReader(kb), clock);
        this.days = new DayRoutes(diary, auth, clock);
    }

    public void routes(RoutesConfig r) {
        accounts.routes(r);
        episodes.routes(r);
        days.routes(r);
    }
}
