package org.crampwise.app.web.diary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.crampwise.app.diary.DiaryInsights;
import org.crampwise.app.diary.DiaryReport;
import org.crampwise.app.web.Messages;
import org.crampwise.app.web.PageContexts;
import org.crampwise.app.web.Views;
import org.crampwise.app.web.account.SignedIn;
import org.crampwise.diary.Insights;
import org.crampwise.diary.Trigger;
import org.crampwise.kb.DiaryRules;

/**
 * /diary/insights: the possible triggers in plain words, with the numbers behind each a click
 * away; cramps per week and by time of day; and all the triggers' numbers as a chart and a table.
 */
public final class InsightsPage {
    private final DiaryInsights reports;
    private final SignedIn signedIn;
    private final DiaryPages diaryPages;
    private final Views views;
    private final PageContexts pages;

    public InsightsPage(DiaryInsights reports, SignedIn signedIn, DiaryPages diaryPages, Views views,
                        PageContexts pages) {
        this.reports = reports;
        this.signedIn = signedIn;
        this.diaryPages = diaryPages;
        this.views = views;
        this.pages = pages;
    }

    public record WeekRow(String week, int episodes) {
    }

    public record TimeRow(String label, String hours, int episodes) {
    }

    public record TriggerRow(String label, String ratio, String interval, String counts, boolean corrected) {
    }

    /** A possible trigger in plain words, and the numbers behind it (null when there are none yet). */
    public record PlainRow(String sentence, String numbers) {
    }

    public record View(List<String> summary, Charts.BarChart weeks, List<WeekRow> weekRows, Charts.BarChart times,
                       List<TimeRow> timeRows, Charts.TriggerChart triggers, List<TriggerRow> triggerRows,
                       List<PlainRow> plain, String banner, String bannerLevel) {
    }

    public void routes(RoutesConfig r) {
        r.get("/diary/insights", this::show);
    }

    private void show(Context ctx) {
        long account = signedIn.require(ctx);
        DiaryReport report = reports.report(account, diaryPages.now(account).getZone(), pages.engine(ctx));
        Messages messages = pages.messages(ctx);
        DiaryRules rules = pages.kb(ctx).diary();
        PlainWords plain = new PlainWords(rules, messages);
        Insights in = report.insights();
        List<WeekRow> weekRows = new ArrayList<>();
        DateTimeFormatter day = messages.dates("date.day");
        for (Insights.WeekCount w : in.episodesPerWeek()) {
            weekRows.add(new WeekRow(day.format(w.weekStart()), w.episodes()));
        }
        Insights.TimeOfDay t = in.timeOfDay();
        List<TimeRow> timeRows = List.of(
                new TimeRow(messages.get("insights.night"), "00:00–06:00", t.night()),
                new TimeRow(messages.get("insights.morning"), "06:00–12:00", t.morning()),
                new TimeRow(messages.get("insights.afternoon"), "12:00–18:00", t.afternoon()),
                new TimeRow(messages.get("insights.evening"), "18:00–24:00", t.evening()));
        List<Trigger.Measured> measured = new ArrayList<>();
        List<TriggerRow> triggerRows = new ArrayList<>();
        List<PlainRow> plainRows = new ArrayList<>();
        for (Trigger trigger : in.triggers()) {
            plainRows.add(new PlainRow(plain.sentence(trigger), trigger instanceof Trigger.Measured m
                    ? messages.get("plain.behind", number(messages, m.rateRatio()), number(messages, m.lower()),
                            number(messages, m.upper()),
                            messages.get("insights.counts", m.episodesWith(), m.daysWith(), m.episodesWithout(),
                                    m.daysWithout()))
                    : null));
            if (trigger instanceof Trigger.Measured m) {
                measured.add(m);
                triggerRows.add(new TriggerRow(Charts.label(m, rules, messages), number(messages, m.rateRatio()),
                        messages.get("insights.interval", number(messages, m.lower()), number(messages, m.upper())),
                        messages.get("insights.counts", m.episodesWith(), m.daysWith(), m.episodesWithout(),
                                m.daysWithout()), m.corrected()));
            }
        }
        DiaryBanner.Shown b = DiaryBanner.of(report);
        views.page(ctx, "diary/insights.jte", Map.of("page", pages.of(ctx), "view", new View(summary(in, messages),
                Charts.weeks(in.episodesPerWeek(), messages), weekRows, Charts.timeOfDay(t, messages), timeRows,
                Charts.triggers(measured, rules, messages), triggerRows, plainRows, b.words(), b.level())));
    }

    private static List<String> summary(Insights in, Messages messages) {
        List<String> out = new ArrayList<>();
        out.add(messages.get("insights.trend." + in.trend().word()));
        if (in.averageDurationMinutes() != null) {
            out.add(messages.get("insights.averageMinutes", number(messages, in.averageDurationMinutes())));
        }
        if (in.averagePain() != null) {
            out.add(messages.get("insights.averagePain", number(messages, in.averagePain())));
        }
        if (in.shareAtNight() != null) {
            out.add(messages.get("insights.atNight", Math.round(in.shareAtNight() * 100)));
        }
        return out;
    }

    private static String number(Messages messages, double v) {
        return messages.decimal(v, 2);
    }
}
