package org.crampwise.app.web.diary;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.crampwise.app.web.Messages;
import org.crampwise.diary.Insights;
import org.crampwise.diary.Trigger;
import org.crampwise.kb.DiaryRules;

/**
 * The geometry of the insight charts, worked out here so the templates only draw (SVG made on the
 * server: no script, and no inline style, which the CSP forbids; looks come from classes). Every
 * bar carries its number as text, bars are hatched as well as coloured, and each chart has a
 * table of the same figures beside it, so nothing depends on colour or on seeing the drawing.
 */
public final class Charts {
    /**
     * About a phone's width (390 px less the page's margins), so on a phone the drawing is shown at
     * about its own size and its 14–16 px text stays at least 12 px; wider screens scale it up.
     */
    static final int WIDTH = 360;
    static final int HEIGHT = 236;
    /** Where the plotting area starts: the numbers of the axis go left of it. */
    public static final int LEFT = 30;
    /** Where the trigger chart's row labels start: the full width is theirs. */
    public static final int LEFT_LABEL = 4;
    static final int BOTTOM = 180;
    static final int TOP = 24;
    /** A trigger's label wraps at this many characters: about the chart's width at 15 px. */
    static final int LABEL_CHARS = 40;
    /** The ratio axis: log scale from 1/8 to 8, so "twice as many" and "half as many" sit alike. */
    private static final double MIN_RATIO = 0.125;
    private static final double MAX_RATIO = 8;
    private static final double[] RATIO_TICKS = {0.125, 0.25, 0.5, 1, 2, 4, 8};

    private Charts() {
    }

    /** A bar: its box, its label under it (on two lines when {@code label2} is not empty) and its count above it. */
    public record Bar(int x, int y, int width, int height, String label, String label2, String value, int labelX,
                      int valueY) {
    }

    public record Tick(int position, String label) {
    }

    public record BarChart(List<Bar> bars, List<Tick> ticks, int baseline, int width, int height) {
    }

    /**
     * One trigger's line: point at the ratio, the 95% interval as a line (arrows where it runs
     * off), its label wrapped above it, and {@code beyond} ("more than 8") when the ratio itself is
     * past the axis, written under the line at that end.
     */
    public record TriggerLine(List<String> label, int y, int from, int to, int at, boolean offLow, boolean offHigh,
                              String beyond, int beyondX, String beyondAnchor) {
    }

    public record TriggerChart(List<TriggerLine> lines, List<Tick> ticks, int one, int width, int height, int top,
                               int bottom) {
    }

    static BarChart weeks(List<Insights.WeekCount> weeks, Messages m) {
        // The month's short name in the reader's language ("Dec", "dic").
        DateTimeFormatter dayOfMonth = DateTimeFormatter.ofPattern("d", m.locale());
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", m.locale());
        List<String> labels = new ArrayList<>();
        List<String> months = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Insights.WeekCount w : weeks) {
            // Eight dates side by side do not fit a phone on one line: the day, and its month under it.
            labels.add(dayOfMonth.format(w.weekStart()));
            months.add(month.format(w.weekStart()));
            counts.add(w.episodes());
        }
        return bars(labels, months, counts);
    }

    static BarChart timeOfDay(Insights.TimeOfDay t, Messages m) {
        return bars(List.of(m.get("insights.night"), m.get("insights.morning"), m.get("insights.afternoon"),
                m.get("insights.evening")), List.of("", "", "", ""), List.of(t.night(), t.morning(), t.afternoon(), t.evening()));
    }

    private static BarChart bars(List<String> labels, List<String> labels2, List<Integer> counts) {
        int max = Math.max(1, counts.stream().mapToInt(Integer::intValue).max().orElse(0));
        int top = niceTop(max);
        int n = labels.size();
        int slot = (WIDTH - LEFT) / n;
        int barWidth = slot * 3 / 5;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int h = (int) Math.round((double) counts.get(i) * (BOTTOM - TOP) / top);
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            bars.add(new Bar(x, BOTTOM - h, barWidth, h, labels.get(i), labels2.get(i), String.valueOf(counts.get(i)),
                    x + barWidth / 2, BOTTOM - h - 6));
        }
        List<Tick> ticks = new ArrayList<>();
        int step = Math.max(1, top / 4);
        for (int v = 0; v <= top; v += step) {
            ticks.add(new Tick(BOTTOM - (int) Math.round((double) v * (BOTTOM - TOP) / top), String.valueOf(v)));
        }
        return new BarChart(bars, ticks, BOTTOM, WIDTH, HEIGHT);
    }

    /** The smallest of 4, 8, 12, 20, 40 ... at or above the largest count, so ticks are whole numbers. */
    static int niceTop(int max) {
        int top = 4;
        while (top < max) {
            top = top < 12 ? top + 4 : top * 2;
        }
        return top;
    }

    static TriggerChart triggers(List<Trigger.Measured> measured, DiaryRules rules, Messages m) {
        int top = 8;
        int y = top;
        List<TriggerLine> lines = new ArrayList<>();
        for (Trigger.Measured t : measured) {
            List<String> label = wrap(label(t, rules, m));
            y += 18 * label.size() + 16; // the line; its words sit above it
            boolean high = t.rateRatio() > MAX_RATIO;
            boolean low = t.rateRatio() < MIN_RATIO;
            String beyond = high ? m.get("insights.beyondHigh") : low ? m.get("insights.beyondLow") : "";
            lines.add(new TriggerLine(label, y, x(t.lower()), x(t.upper()), x(t.rateRatio()),
                    t.lower() < MIN_RATIO, t.upper() > MAX_RATIO, beyond, high ? WIDTH - 4 : LEFT, high ? "end" : "start"));
            y += beyond.isEmpty() ? 8 : 28; // room under the line for the words past the axis
        }
        int bottom = y + 4;
        int height = bottom + 48;
        List<Tick> ticks = new ArrayList<>();
        for (double r : RATIO_TICKS) {
            ticks.add(new Tick(x(r), r == 0.125 ? "1/8" : r == 0.25 ? "1/4" : r == 0.5 ? "1/2" : String.valueOf((int) r)));
        }
        return new TriggerChart(lines, ticks, x(1), WIDTH, height, top, bottom);
    }

    /** "Same day: you drank alcohol" — the timing first, then the kb's words for the factor. */
    static String label(Trigger t, DiaryRules rules, Messages m) {
        return m.get(t.timing() == Trigger.Timing.SAME_DAY ? "insights.sameDay" : "insights.nextDay",
                rules.wordsFor(t.factor()));
    }

    /** Words on lines of at most {@link #LABEL_CHARS} characters (a longer word keeps a line to itself). */
    static List<String> wrap(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LABEL_CHARS) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        out.add(line.toString());
        return out;
    }

    private static int x(double ratio) {
        double clipped = Math.max(MIN_RATIO, Math.min(MAX_RATIO, ratio));
        double share = (Math.log(clipped) - Math.log(MIN_RATIO)) / (Math.log(MAX_RATIO) - Math.log(MIN_RATIO));
        return LEFT + (int) Math.round(share * (WIDTH - LEFT - 16));
    }
}
