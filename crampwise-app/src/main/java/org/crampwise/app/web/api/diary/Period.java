package org.crampwise.app.web.api.diary;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.crampwise.app.web.HttpError;

/**
 * The time a listing covers, from the query: {@code from} and {@code to} are dates
 * ({@code 2026-11-01}, read in {@code zone}, UTC by default; {@code to} takes in the whole day) or
 * date-times with an offset ({@code to} itself not included). By default the last
 * {@value #DEFAULT_DAYS} days up to now; at most {@value #MAX_DAYS} days at once.
 */
record Period(Instant from, Instant to) {
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 366;

    static Period of(Context ctx, Instant now) {
        List<org.crampwise.app.web.HttpError.FieldProblem> problems = new ArrayList<>();
        ZoneId zone = zone(ctx.queryParam("zone"), problems);
        Instant to = bound(ctx.queryParam("to"), "to", true, zone, problems);
        Instant from = bound(ctx.queryParam("from"), "from", false, zone, problems);
        if (problems.isEmpty()) {
            to = to == null ? (from == null ? now : from.plus(Duration.ofDays(DEFAULT_DAYS))) : to;
            from = from == null ? to.minus(Duration.ofDays(DEFAULT_DAYS)) : from;
            if (!from.isBefore(to)) {
                problems.add(new HttpError.FieldProblem("to", "must be after from"));
            } else if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
                problems.add(new HttpError.FieldProblem("to", "must be at most " + MAX_DAYS + " days after from"));
            }
        }
        if (!problems.isEmpty()) {
            throw new HttpError.BadRequest(problems.get(0).field() + " " + problems.get(0).message(), problems);
        }
        return new Period(from, to);
    }

    private static ZoneId zone(String text, List<HttpError.FieldProblem> problems) {
        if (text == null || text.isEmpty()) {
            return ZoneOffset.UTC;
        }
        java.util.Optional<ZoneId> zone = org.crampwise.app.diary.Zones.parse(text);
        if (zone.isPresent()) {
            return zone.get();
        }
        problems.add(new HttpError.FieldProblem("zone", "must be a time-zone id, such as Europe/London"));
        return ZoneOffset.UTC;
    }

    private static Instant bound(String text, String name, boolean end, ZoneId zone,
                                 List<HttpError.FieldProblem> problems) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            // As the OpenAPI document says: from 1900 (and four-digit years, so never before it).
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() >= 1900) {
                    return (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
                }
            } else {
                OffsetDateTime at = OffsetDateTime.parse(text);
                if (at.getYear() >= 1900 && at.getYear() <= 9999) {
                    return at.toInstant();
                }
            }
        } catch (DateTimeParseException e) {
            // as below
        }
        problems.add(new HttpError.FieldProblem(name, "must be a date from 1900 (2026-11-01) or a date and time"
                + " with an offset (2026-11-01T00:00:00+01:00)"));
        return null;
    }
}
