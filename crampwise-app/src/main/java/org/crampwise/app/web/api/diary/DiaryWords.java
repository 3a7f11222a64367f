package org.crampwise.app.web.api.diary;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.DiaryInsights;
import org.crampwise.app.diary.DiarySummaries;
import org.crampwise.app.web.Messages;
import org.crampwise.app.web.Places;
import org.crampwise.app.web.diary.PlainWords;
import org.crampwise.engine.Engine;
import org.crampwise.kb.Audience;
import org.crampwise.kb.KnowledgeBase;

/**
 * The diary API's words for each request (issue 14): its audience's language and region, as
 * {@link Places} chooses them, for the insights' sentences and banner and the summary. Each
 * audience's are made once, on its first request.
 */
public final class DiaryWords {
    private final Places places;
    private final KnowledgeBase kb;
    private final Diary diary;
    private final Clock clock;
    private final Map<String, Spoken> made = new ConcurrentHashMap<>();

    /** What speaks to one audience. */
    record Spoken(Messages messages, PlainWords plain, DiaryInsights insights, DiarySummaries summaries) {
    }

    /** @param places null: every request gets the knowledge base's own region and language */
    public DiaryWords(Places places, KnowledgeBase kb, Diary diary, Clock clock) {
        this.places = places;
        this.kb = kb;
        this.diary = diary;
        this.clock = clock;
    }

    Spoken of(Context ctx) {
        Audience a = places == null ? new Audience(kb.region(), kb.language()) : places.of(ctx);
        return made.computeIfAbsent(a.region().id() + "/" + a.language().toLanguageTag(), key -> {
            KnowledgeBase theirs = kb.forRegion(a.region()).in(a.language());
            Messages messages = new Messages(new Audience(theirs.region(), a.language()));
            Engine engine = new Engine(theirs);
            return new Spoken(messages, new PlainWords(theirs.diary(), messages),
                    new DiaryInsights(diary, engine, clock), new DiarySummaries(diary, engine, clock));
        });
    }
}
