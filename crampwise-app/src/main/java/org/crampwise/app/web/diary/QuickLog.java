package org.crampwise.app.web.diary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.crampwise.app.diary.Diary;
import org.crampwise.diary.Episode;
import org.crampwise.app.diary.StoredEpisode;
import org.crampwise.app.web.Csrf;
import org.crampwise.app.web.account.SignedIn;

/**
 * "I had a cramp just now": one tap on the diary stores a cramp starting now, in the person's
 * zone (the phone's, else that of their latest cramp, else the site's default), with the place, leg and minutes of their latest cramp, then opens it to add details.
 *
 * <p>{@code at} (an instant, such as 2026-11-26T03:10:00Z) is the moment of the tap when an
 * offline phone sends the cramp later; a time in the future or more than {@link #MAX_QUEUED}
 * ago is not believed, and the time of sending is used.
 */
public final class QuickLog {
    static final String PATH = "/diary/quick";
    static final Duration MAX_QUEUED = Duration.ofDays(30);
    /** When there is no earlier cramp to copy: a cramp lasts a minute or two; the person can change it. */
    static final int FIRST_MINUTES = 1;

    private final Diary diary;
    private final SignedIn signedIn;
    private final Csrf csrf;
    private final Clock clock;
    private final ZoneId defaultZone;

    public QuickLog(Diary diary, SignedIn signedIn, Csrf csrf, Clock clock, ZoneId defaultZone) {
        this.diary = diary;
        this.signedIn = signedIn;
        this.csrf = csrf;
        this.clock = clock;
        this.defaultZone = defaultZone;
    }

    public void routes(RoutesConfig r) {
        r.post(PATH, this::log);
    }

    private void log(Context ctx) {
        csrf.check(ctx);
        long account = signedIn.require(ctx);
        var key = FormKeys.read(ctx);
        Instant now = clock.instant();
        Instant at = tapped(ctx.formParam("at"), now);
        Optional<StoredEpisode> latest = diary.latestEpisode(account);
        Episode last = latest.map(StoredEpisode::episode).orElse(null);
        ZoneId zone = phoneZone(ctx.formParam("zone")).orElse(last == null ? defaultZone : last.zone());
        Episode e = new Episode(at.atZone(zone).toOffsetDateTime(), zone,
                last == null ? FIRST_MINUTES : last.durationMinutes(), last == null ? null : last.location(),
                last == null ? null : last.side(), null, null, null, null);
        long id = FormKeys.once(() -> diary.addEpisode(account, e, key)).value();
        ctx.redirect("/diary/episodes/" + id + "/edit?logged=1", HttpStatus.SEE_OTHER);
    }

    /** The zone the phone is in now (filled in by the page's script), when it is one of the list. */
    static Optional<ZoneId> phoneZone(String zone) {
        return zone != null && Zones.known(zone.strip()) ? Optional.of(ZoneId.of(zone.strip())) : Optional.empty();
    }

    static Instant tapped(String at, Instant now) {
        if (at == null || at.isBlank() || at.length() > 40) {
            return now;
        }
        try {
            Instant t = Instant.parse(at.strip());
            return t.isAfter(now) || t.isBefore(now.minus(MAX_QUEUED)) ? now : t;
        } catch (DateTimeParseException e) {
            return now;
        }
    }
}
