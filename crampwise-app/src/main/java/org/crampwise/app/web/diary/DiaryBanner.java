package org.crampwise.app.web.diary;

import java.time.ZoneId;
import org.crampwise.app.diary.DiaryInsights;
import org.crampwise.app.diary.DiaryReport;
import java.util.Comparator;
import org.crampwise.diary.Escalation;
import org.crampwise.engine.Engine;
import org.crampwise.kb.Level;

/** The "see a doctor" banner on the diary's pages, when the diary gives a reason for one. */
public final class DiaryBanner {
    private final DiaryInsights insights;

    public DiaryBanner(DiaryInsights insights) {
        this.insights = insights;
    }

    /** @param words null when there is nothing to show; {@code level} the id of the most urgent level */
    record Shown(String words, String level) {
    }

    Shown of(long account, ZoneId zone, Engine words) {
        return of(insights.report(account, zone, words));
    }

    static Shown of(DiaryReport r) {
        if (r.banner().isEmpty()) {
            return new Shown(null, null);
        }
        Level top = r.reasons().stream().map(Escalation.Reason::level).max(Comparator.naturalOrder()).orElseThrow();
        return new Shown(r.banner().get(), top.id());
    }
}
