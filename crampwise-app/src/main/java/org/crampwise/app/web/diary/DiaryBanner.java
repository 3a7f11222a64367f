package org.crampwise.app.web.diary;

import java.time.LocalDate;
import java.util.Comparator;
import org.crampwise.diary.Escalation;
import org.crampwise.kb.Level;

/** The "see a doctor" banner on the diary's pages, when the diary gives a reason for one. */
public final class DiaryBanner {
    private final DiaryReport reports;

    public DiaryBanner(DiaryReport reports) {
        this.reports = reports;
    }

    /** @param words null when there is nothing to show; {@code level} the id of the most urgent level */
    record Shown(String words, String level) {
    }

    Shown of(long account, LocalDate today) {
        return of(reports.of(account, today));
    }

    static Shown of(DiaryReport.Report r) {
        if (r.banner().isEmpty()) {
            return new Shown(null, null);
        }
        Level top = r.reasons().stream().map(Escalation.Reason::level).max(Comparator.naturalOrder()).orElseThrow();
        return new Shown(r.banner().get(), top.id());
    }
}
