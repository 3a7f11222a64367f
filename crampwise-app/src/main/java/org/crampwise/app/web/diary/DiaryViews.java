package org.crampwise.app.web.diary;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.crampwise.diary.Episode;
import org.crampwise.diary.EpisodeContext;
import org.crampwise.app.diary.StoredEpisode;
import org.crampwise.app.web.FormErrors;
import org.crampwise.app.web.Messages;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/** Builds what the diary pages show from stored episodes and days, in plain words. */
public final class DiaryViews {
    private final Finding locations;
    private final Finding sides;
    private final Messages messages;
    private final DateTimeFormatter day;
    private final DateTimeFormatter when;

    /** @param kb in the reader's language (the places' and legs' names); {@code messages} in theirs too */
    DiaryViews(KnowledgeBase kb, Messages messages) {
        this.locations = kb.finding("location");
        this.sides = kb.finding("side");
        this.messages = messages;
        this.day = messages.dates("date.day");
        this.when = messages.dates("date.when");
    }

    Finding locations() {
        return locations;
    }

    Finding sides() {
        return sides;
    }

    /** @param banner the escalation words, or null; {@code bannerLevel} the level's id for its colour */
    public record Home(List<EpisodeRow> episodes, List<DayRow> days, String banner, String bannerLevel, String today,
                       String requestKey) {
    }

    public record EpisodeRow(long id, String when, String minutes, String place, String pain, String context) {
    }

    public record DayRow(String date, String label, boolean logged) {
    }

    /** A region of time zones ("Europe") and its zones, each with its id as value and its place as label. */
    public record ZoneGroup(String label, List<Choice> zones) {
    }

    /** One choice of a select or radio group; {@code value} "" is "not given". */
    public record Choice(String value, String label) {
    }

    /**
     * The episode form page. {@code action} is where it posts; {@code interview} the signed
     * interview answers it carries ("" when typed by hand).
     */
    public record EpisodeFormView(String title, String action, EpisodeForm values, FormErrors errors, String interview,
                           List<Choice> locations, List<Choice> sides, List<Choice> contexts, String notice,
                           String requestKey, List<ZoneGroup> zones) {
    }

    EpisodeFormView form(String title, String action, EpisodeForm values, FormErrors errors, String interview,
                         String notice, String requestKey) {
        List<Choice> contexts = new ArrayList<>();
        for (EpisodeContext c : EpisodeContext.values()) {
            contexts.add(new Choice(c.code(), messages.get("context." + c.code())));
        }
        return new EpisodeFormView(title, action, values, errors, interview, choices(locations), choices(sides),
                contexts, notice, requestKey, Zones.groups(values.zone()));
    }

    EpisodeRow row(StoredEpisode s) {
        Episode e = s.episode();
        ZonedDateTime start = e.start().atZoneSameInstant(e.zone());
        String place = label(locations, e.location());
        String side = label(sides, e.side());
        String where = place.isEmpty() ? side : side.isEmpty() ? place : place + ", " + side.toLowerCase(messages.locale());
        return new EpisodeRow(s.id(), when.format(start), messages.get("diary.minutes", e.durationMinutes()), where,
                e.painScore() == null ? "" : messages.get("diary.painOf", e.painScore()),
                e.context() == null ? "" : messages.get("context." + e.context().code()));
    }

    DayRow day(LocalDate date, boolean logged) {
        return new DayRow(date.toString(), day.format(date), logged);
    }

    private static List<Choice> choices(Finding f) {
        return f.options().stream().map(o -> new Choice(o.value(), o.label())).toList();
    }

    private static String label(Finding f, String value) {
        int i = value == null ? -1 : f.optionIndex(value);
        return i < 0 ? "" : f.options().get(i).label();
    }
}
