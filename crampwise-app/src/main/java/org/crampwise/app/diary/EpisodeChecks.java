package org.crampwise.app.diary;

import org.crampwise.diary.Episode;
import org.crampwise.diary.EpisodeContext;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampwise.app.input.Fields;
import org.crampwise.app.input.JsonValue;
import org.crampwise.condition.FindingType;
import org.crampwise.kb.Answer;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;

/**
 * The checks of an episode, the same for the JSON API and the CSV import (one place, so the two
 * accept the same episodes with the same messages): every field is checked and each one that is
 * wrong is named. The places and sides are the options of the contract's {@code location} and
 * {@code side} findings, and the optional {@code findings} are checked like evidence: each a
 * finding of the knowledge base with an answer of its type.
 */
public final class EpisodeChecks {
    public static final int MAX_HELPED = 500;
    public static final int MAX_NOTES = 4000;
    /** A clock a day wrong, or a zone mix-up, may put a real cramp a little ahead of the server's now. */
    public static final Duration FUTURE_SLACK = Duration.ofDays(1);

    private final KnowledgeBase kb;
    private final List<String> locations;
    private final List<String> sides;
    /** The pain score's scale: the {@code pain_score} finding's range. */
    private final Finding pain;
    private final List<String> contexts = Arrays.stream(EpisodeContext.values()).map(EpisodeContext::code).toList();

    public EpisodeChecks(KnowledgeBase kb) {
        this.kb = kb;
        this.locations = options(kb, "location");
        this.sides = options(kb, "side");
        this.pain = kb.finding("pain_score");
        if (pain == null || pain.type() != FindingType.NUMBER) {
            throw new IllegalStateException("the knowledge base has no number finding 'pain_score' for diary episodes");
        }
    }

    private static List<String> options(KnowledgeBase kb, String id) {
        Finding f = kb.finding(id);
        if (f == null || f.type() != FindingType.CHOICE) {
            throw new IllegalStateException("the knowledge base has no choice finding '" + id + "' for diary episodes");
        }
        return f.options().stream().map(Finding.Option::value).toList();
    }

    /**
     * Reads the episode's fields (API names: {@code durationMinutes} ...), adding a problem to
     * {@code f} for each that is wrong; null when any is. Members it does not read are left for
     * the caller ({@link Fields#noOthers}).
     */
    public Episode read(Fields f, Instant now) {
        OffsetDateTime start = start(f, now);
        ZoneId zone = zone(f, start);
        Integer duration = f.integer("durationMinutes", true, 0, Episode.MAX_DURATION_MINUTES);
        String location = f.choice("location", locations);
        String side = f.choice("side", sides);
        Integer pain = f.integer("painScore", false, (long) this.pain.min(), (long) this.pain.max());
        String context = f.choice("context", contexts);
        String helped = f.text("helped", false, MAX_HELPED);
        String notes = f.text("notes", false, MAX_NOTES);
        Map<String, Object> findings = findings(f);
        if (f.hasProblems()) {
            return null;
        }
        return new Episode(start, zone, duration, location, side, pain,
                context == null ? null : EpisodeContext.ofCode(context), helped, notes, findings);
    }

    private static OffsetDateTime start(Fields f, Instant now) {
        String text = f.text("start", true, 64);
        if (text == null) {
            return null;
        }
        OffsetDateTime start;
        try {
            start = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            f.problem("start", withoutOffset(text)
                    ? "needs a UTC offset, such as 2026-11-26T03:10:00+01:00"
                    : "must be a date and time with a UTC offset, such as 2026-11-26T03:10:00+01:00");
            return null;
        }
        Instant at = start.toInstant();
        // The year as written (not in UTC), so that the document's pattern can say it exactly.
        if (start.getYear() < 1900 || at.isAfter(now.plus(FUTURE_SLACK))) {
            f.problem("start", "must be after 1900 and not in the future");
            return null;
        }
        return start;
    }

    private static boolean withoutOffset(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The named zone, which must have the start's offset at that moment; the start's offset when none is named. */
    private static ZoneId zone(Fields f, OffsetDateTime start) {
        String text = f.text("zone", false, 64);
        if (text == null) {
            return start == null ? null : start.getOffset();
        }
        ZoneId zone = Zones.parse(text).orElse(null);
        if (zone == null) {
            f.problem("zone", "must be a time-zone id, such as Europe/London, or an offset such as +01:00");
            return null;
        }
        if (start != null) {
            ZoneOffset there = zone.getRules().getOffset(start.toInstant());
            if (!there.equals(start.getOffset())) {
                f.problem("zone", "is at " + there.getId().replace("Z", "+00:00") + " at the start, not at the start's "
                        + start.getOffset().getId().replace("Z", "+00:00"));
                return null;
            }
        }
        return zone;
    }

    /** Interview answers by finding id: true/false, a number in range, or one of the options. */
    private Map<String, Object> findings(Fields f) {
        if (!f.given("findings")) {
            return Map.of();
        }
        if (!(f.raw("findings") instanceof JsonValue.Obj object)) {
            f.problem("findings", "must be an object of finding ids to answers, not " + f.raw("findings").kind());
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        object.members().forEach((id, value) -> {
            Finding finding = kb.finding(id);
            String field = "findings." + Fields.printable(id);
            if (finding == null) {
                unknown.add(field);
                return;
            }
            Object answer = answer(finding, value);
            if (answer == null) {
                f.problem(field, "must be " + expected(finding));
            } else {
                out.put(id, answer);
            }
        });
        unknown.forEach(field -> f.problem(field, "unknown finding"));
        return out;
    }

    /** The answer as stored (Long when whole), or null when the finding does not take it. */
    private static Object answer(Finding finding, JsonValue value) {
        Object raw = value instanceof JsonValue.Bool b ? (Object) b.value()
                : value instanceof JsonValue.Num n ? n.value()
                : value instanceof JsonValue.Text t ? t.value()
                : null; // an object or a list: refused as null is
        return finding.tryAnswer(raw).map(Answer::plain).orElse(null); // refused: said in this API's own words
    }

    private static String expected(Finding finding) {
        switch (finding.type()) {
            case BOOL:
                return "true or false";
            case NUMBER:
                return "a number from " + Finding.formatNumber(finding.min()) + " to " + Finding.formatNumber(finding.max());
            default:
                return "one of " + String.join(", ", finding.options().stream().map(Finding.Option::value).toList());
        }
    }
}
