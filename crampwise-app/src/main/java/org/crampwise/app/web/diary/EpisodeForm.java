package org.crampwise.app.web.diary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
import org.crampwise.diary.Episode;
import org.crampwise.diary.EpisodeContext;
import org.crampwise.app.web.FormErrors;
import org.crampwise.app.web.Messages;
import org.crampwise.kb.Finding;

/**
 * The episode form as typed (every field kept as text, so a form with a mistake comes back as it
 * was sent) and its reading into an {@link Episode}. Location and side are the knowledge base's
 * choices for the findings {@code location} and {@code side}.
 */
public record EpisodeForm(String date, String time, String zone, String duration, String location, String side, String pain,
                   String context, String helped, String notes) {

    static final int MAX_HELPED = 200;
    static final int MAX_NOTES = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A new episode starting now on the person's clock; what the interview told is filled in. */
    static EpisodeForm fresh(ZonedDateTime now, Map<String, Object> findings) {
        return new EpisodeForm(now.toLocalDate().toString(), TIME.format(now), now.getZone().getId(),
                number(findings.get("episode_minutes")), text(findings.get("location")), text(findings.get("side")),
                number(findings.get("pain_score")), "", "", "");
    }

    static EpisodeForm of(Episode e) {
        ZonedDateTime start = e.start().atZoneSameInstant(e.zone());
        return new EpisodeForm(start.toLocalDate().toString(), TIME.format(start), e.zone().getId(),
                String.valueOf(e.durationMinutes()), orEmpty(e.location()), orEmpty(e.side()),
                e.painScore() == null ? "" : String.valueOf(e.painScore()),
                e.context() == null ? "" : e.context().code(), orEmpty(e.helped()), orEmpty(e.notes()));
    }

    static EpisodeForm read(Function<String, String> form) {
        return new EpisodeForm(get(form, "date"), get(form, "time"), get(form, "zone"), get(form, "duration"),
                get(form, "location"), get(form, "side"), get(form, "pain"), get(form, "context"),
                get(form, "helped"), get(form, "notes"));
    }

    /** The episode, or null with the problems added to {@code errors}. */
    Episode episode(Finding locations, Finding sides, Map<String, Object> findings, Messages m, FormErrors errors) {
        ZoneId z = null;
        try {
            z = zone.isEmpty() ? null : ZoneId.of(zone);
        } catch (DateTimeException e) {
            z = null;
        }
        LocalDate d = Numbers.date(date);
        if (d == null) {
            errors.add("date", m.get("episode.error.date"));
        }
        LocalTime t = Numbers.time(time);
        if (t == null) {
            errors.add("time", m.get("episode.error.time"));
        }
        if (z == null) {
            errors.add("zone", m.get("episode.error.zone"));
        }
        Integer minutes = Numbers.whole(duration, 0, Episode.MAX_DURATION_MINUTES);
        if (minutes == null) {
            errors.add("duration", m.get("episode.error.duration", Episode.MAX_DURATION_MINUTES));
        }
        if (!location.isEmpty() && !locations.accepts(location)) {
            errors.add("location", m.get("episode.error.location"));
        }
        if (!side.isEmpty() && !sides.accepts(side)) {
            errors.add("side", m.get("episode.error.side"));
        }
        Integer painScore = pain.isEmpty() ? null : Numbers.whole(pain, 0, 10);
        if (!pain.isEmpty() && painScore == null) {
            errors.add("pain", m.get("episode.error.pain"));
        }
        EpisodeContext ctx = contextOf(context);
        if (!context.isEmpty() && ctx == null) {
            errors.add("context", m.get("episode.error.context"));
        }
        if (helped.length() > MAX_HELPED) {
            errors.add("helped", m.get("episode.error.tooLong", MAX_HELPED));
        }
        if (notes.length() > MAX_NOTES) {
            errors.add("notes", m.get("episode.error.tooLong", MAX_NOTES));
        }
        if (errors.any()) {
            return null;
        }
        return new Episode(ZonedDateTime.of(d, t, z).toOffsetDateTime(), z, minutes, emptyToNull(location),
                emptyToNull(side), painScore, ctx, emptyToNull(helped), emptyToNull(notes), findings);
    }

    private static EpisodeContext contextOf(String code) {
        for (EpisodeContext c : EpisodeContext.values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        return null;
    }

    private static String get(Function<String, String> form, String name) {
        String v = form.apply(name);
        return v == null ? "" : v.strip();
    }

    private static String number(Object v) {
        return v instanceof Number n ? String.valueOf(Math.round(n.doubleValue())) : "";
    }

    private static String text(Object v) {
        return v instanceof String s ? s : "";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
