package org.crampwise.app.web.api.diary;

import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crampwise.app.diary.DiaryInsights;
import org.crampwise.app.diary.DiarySummaries;
import org.crampwise.app.web.Messages;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.diary.PlainWords;
import org.crampwise.engine.Engine;
import org.crampwise.kb.Audience;
import org.crampwise.kb.KnowledgeBase;

/**
 * The diary API's words for each request (issue 14): its audience's language and region, as the
 * pages choose them ({@link PageContexts}, which makes each audience's knowledge base, words and
 * engine once), for the insights' sentences and banner and the summary.
 */
public final class DiaryWords {
    /** Null: every request gets {@link #fixed}. */
    private final PageContexts pages;
    private final Spoken fixed;
    private final DiaryInsights insights;
    private final DiarySummaries summaries;
    private final Map<String, Spoken> made = new ConcurrentHashMap<>();

    /** What speaks to one audience. */
    record Spoken(Messages messages, PlainWords plain, Engine engine) {
    }

    /** Each request in its own audience's words. */
    public DiaryWords(PageContexts pages, DiaryInsights insights, DiarySummaries summaries) {
        this.pages = pages;
        this.fixed = null;
        this.insights = insights;
        this.summaries = summaries;
    }

    /** Every request in the engine's own region and language. */
    public DiaryWords(Engine engine, DiaryInsights insights, DiarySummaries summaries) {
        KnowledgeBase kb = engine.knowledgeBase();
        Messages messages = new Messages(new Audience(kb.region(), kb.language()));
        this.pages = null;
        this.fixed = new Spoken(messages, new PlainWords(kb.diary(), messages), engine);
        this.insights = insights;
        this.summaries = summaries;
    }

    Spoken of(Context ctx) {
        if (pages == null) {
            return fixed;
        }
        Audience a = pages.places().of(ctx);
        return made.computeIfAbsent(a.key(), k -> new Spoken(pages.messages(a),
                new PlainWords(pages.kb(a).diary(), pages.messages(a)), pages.engine(a)));
    }

    DiaryInsights insights() {
        return insights;
    }

    DiarySummaries summaries() {
        return summaries;
    }
}
