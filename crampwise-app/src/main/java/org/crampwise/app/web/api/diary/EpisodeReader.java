package org.crampwise.app.web.api.diary;

import java.time.Duration;
import java.time.Instant;
import org.crampwise.diary.Episode;
import org.crampwise.app.diary.EpisodeChecks;
import org.crampwise.app.input.Fields;
import org.crampwise.app.input.Invalid;
import org.crampwise.app.input.JsonTree;
import org.crampwise.app.web.HttpError;
import org.crampwise.kb.KnowledgeBase;

/** An episode from a request body, checked by {@link EpisodeChecks}: a 400 names each field that is wrong. */
final class EpisodeReader {
    static final Duration FUTURE_SLACK = EpisodeChecks.FUTURE_SLACK;

    private final EpisodeChecks checks;

    EpisodeReader(KnowledgeBase kb) {
        this.checks = new EpisodeChecks(kb);
    }

    Episode read(byte[] body, Instant now) {
        try {
            Fields f = new Fields(JsonTree.object(body));
            Episode episode = checks.read(f, now);
            f.ignore("id", "createdAt"); // read-only: a client may send back what it got
            f.noOthers().check();
            return episode;
        } catch (Invalid e) {
            throw HttpError.BadRequest.of(e);
        }
    }
}
