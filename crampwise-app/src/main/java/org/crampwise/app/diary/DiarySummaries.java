package org.crampwise.app.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.crampwise.diary.Summary;
import org.crampwise.engine.Engine;

/**
 * Makes the one-page {@link Summary} of an account's diary for a period: reads the diary up to
 * the period's end in the core's terms ({@link DiaryFacts}, two queries) and runs the core's pure
 * summary over it.
 */
public final class DiarySummaries {
    private final Diary diary;
    private final Engine engine;
    private final Clock clock;

    public DiarySummaries(Diary diary, Engine engine, Clock clock) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Today on the person's clock. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The summary of {@code period}, compared with the same number of days before it. */
    public Summary summary(long accountId, Summary.Period period) {
        return summary(accountId, period, engine);
    }

    /** The same, its words from {@code engine} (one in the reader's language and region). */
    public Summary summary(long accountId, Summary.Period period, Engine engine) {
        DiaryFacts.Facts facts = DiaryFacts.read(diary.database(), accountId, period.to(), period.before().from(),
                engine.knowledgeBase());
        return Summary.of(period, facts.episodes(), facts.answers(), facts.lastCheck(), facts.days(), engine);
    }
}
