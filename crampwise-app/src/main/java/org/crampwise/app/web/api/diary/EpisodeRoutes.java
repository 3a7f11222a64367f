package org.crampwise.app.web.api.diary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.crampwise.app.diary.io.DiaryRecordJson;
import org.crampwise.app.diary.Diary;
import org.crampwise.app.diary.DiaryPaging;
import org.crampwise.diary.Episode;
import org.crampwise.app.diary.StoredEpisode;
import org.crampwise.app.web.HttpError;
import org.crampwise.app.web.api.JsonBody;

/**
 * Cramp episodes of the signed-in account. An id that is not a number, that does not exist, or
 * that is another account's episode all get the same 404: ids cannot be probed (issue 5).
 */
final class EpisodeRoutes {
    static final String PATH = "/api/v1/diary/episodes";
    static final String NOT_FOUND = "there is no episode with that id in your diary";

    private final Diary diary;
    private final BearerAuth auth;
    private final EpisodeReader reader;
    private final Clock clock;
    private final DiaryPaging pages;
    private final Paging paging;

    EpisodeRoutes(Diary diary, BearerAuth auth, EpisodeReader reader, Paging paging, Clock clock) {
        this.diary = diary;
        this.pages = new DiaryPaging(diary);
        this.paging = paging;
        this.auth = auth;
        this.reader = reader;
        this.clock = clock;
    }

    void routes(RoutesConfig r) {
        r.post(PATH, this::add);
        r.get(PATH, this::list);
        r.get(PATH + "/{id}", this::show);
        r.put(PATH + "/{id}", this::change);
        r.delete(PATH + "/{id}", this::delete);
    }

    private void add(Context ctx) {
        long account = auth.account(ctx);
        Episode episode = reader.read(JsonBody.read(ctx, DiaryJson.JSON), clock.instant());
        var key = Keys.of(ctx);
        long id;
        if (key.isEmpty()) {
            id = diary.addEpisode(account, episode);
        } else {
            var outcome = Keys.once(() -> diary.addEpisode(account, episode, key.get()));
            id = outcome.value();
            Keys.markReplayed(ctx, outcome.replayed());
        }
        StoredEpisode stored = diary.episode(account, id).orElseThrow(() -> new HttpError.NotFound(
                "the episode stored with this Idempotency-Key has been deleted since"));
        ctx.header("Location", PATH + "/" + id);
        DiaryJson.send(ctx, 201, g -> DiaryRecordJson.episode(g, stored));
    }

    private void show(Context ctx) {
        long account = auth.account(ctx);
        StoredEpisode stored = diary.episode(account, id(ctx)).orElseThrow(EpisodeRoutes::notFound);
        DiaryJson.send(ctx, 200, g -> DiaryRecordJson.episode(g, stored));
    }

    private void change(Context ctx) {
        long account = auth.account(ctx);
        byte[] body = JsonBody.read(ctx, DiaryJson.JSON); // read whole first, so a 404 leaves no body unread
        // The body is checked first, as the OpenAPI document says: an invalid one is a 400 whatever
        // the id, so the answer still never depends on whose episode the id is.
        Episode episode = reader.read(body, clock.instant());
        long id = id(ctx);
        if (diary.episode(account, id).isEmpty()) {
            throw notFound();
        }
        if (!diary.updateEpisode(account, id, episode)) {
            throw notFound(); // deleted meanwhile
        }
        StoredEpisode stored = diary.episode(account, id).orElseThrow(EpisodeRoutes::notFound);
        DiaryJson.send(ctx, 200, g -> DiaryRecordJson.episode(g, stored));
    }

    private void delete(Context ctx) {
        long account = auth.account(ctx);
        if (!diary.deleteEpisode(account, id(ctx))) {
            throw notFound();
        }
        DiaryJson.noContent(ctx);
    }

    /**
     * Newest first (by start, then id: the last cramps are the ones a person looks for), a page
     * at a time ({@link Paging}).
     */
    private void list(Context ctx) {
        long account = auth.account(ctx);
        Period period = Period.of(ctx, clock.instant());
        Paging.Query query = paging.read(ctx, "episodes");
        Optional<DiaryPaging.EpisodeKey> after = query.after().map(EpisodeRoutes::key);
        DiaryPaging.Page<StoredEpisode> page = pages.episodes(account, period.from(), period.to(), after, query.limit());
        // The period as resolved (whole seconds, as starts are), so the next page covers the same one.
        Map<String, String> same = new LinkedHashMap<>();
        same.put("from", Instant.ofEpochSecond(DiaryPaging.ceilSeconds(period.from())).toString());
        same.put("to", Instant.ofEpochSecond(DiaryPaging.ceilSeconds(period.to())).toString());
        String next = !page.more() ? null : paging.next(ctx, PATH, same, query.limit(), "episodes",
                key(DiaryPaging.EpisodeKey.of(page.items().get(page.items().size() - 1))));
        DiaryJson.send(ctx, 200, g -> {
            g.writeStartObject();
            g.writeStringField("from", period.from().toString());
            g.writeStringField("to", period.to().toString());
            g.writeArrayFieldStart("episodes");
            for (StoredEpisode e : page.items()) {
                DiaryRecordJson.episode(g, e);
            }
            g.writeEndArray();
            if (next != null) {
                g.writeStringField("next", next);
            }
            g.writeEndObject();
        });
    }

    private static String key(DiaryPaging.EpisodeKey key) {
        return key.startEpoch() + "|" + key.id();
    }

    private static DiaryPaging.EpisodeKey key(String text) {
        String[] parts = text.split("\\|", -1);
        try {
            if (parts.length == 2) {
                return new DiaryPaging.EpisodeKey(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            }
        } catch (NumberFormatException e) {
            // as below
        }
        throw Paging.badCursor();
    }

    /** The id in the path; one that is not a positive number is simply not found. */
    private static long id(Context ctx) {
        String text = ctx.pathParam("id");
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw notFound();
        }
        return Long.parseLong(text);
    }

    private static HttpError.NotFound notFound() {
        return new HttpError.NotFound(NOT_FOUND);
    }
}
