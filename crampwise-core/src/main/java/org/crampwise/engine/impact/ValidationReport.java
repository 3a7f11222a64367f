package org.crampwise.engine.impact;

import java.util.ArrayList;
import java.util.List;
import org.crampwise.engine.Engine;
import org.crampwise.kb.Level;

/**
 * How often one knowledge base gives each case its expected triage level: per expected level, how
 * many exactly, how many too urgent (over-triaged) and how many not urgent enough (under-triaged).
 * Cases without an expected level, or that the knowledge base cannot assess, are listed apart.
 */
public record ValidationReport(List<Row> rows, List<Uncounted> uncounted) {
    public ValidationReport {
        rows = List.copyOf(rows);
        uncounted = List.copyOf(uncounted);
    }

    /** A case's expected and actual level. */
    public record Outcome(ImpactCase kase, Level expected, Level actual) {
        public boolean exact() {
            return expected == actual;
        }

        public boolean over() {
            return actual.isAbove(expected);
        }

        public boolean under() {
            return expected.isAbove(actual);
        }
    }

    /** The cases expected at one level. */
    public record Row(Level expected, List<Outcome> outcomes) {
        public Row {
            outcomes = List.copyOf(outcomes);
        }

        public int cases() {
            return outcomes.size();
        }

        public int exact() {
            return (int) outcomes.stream().filter(Outcome::exact).count();
        }

        public int over() {
            return (int) outcomes.stream().filter(Outcome::over).count();
        }

        public int under() {
            return (int) outcomes.stream().filter(Outcome::under).count();
        }

        public List<Outcome> misses() {
            return outcomes.stream().filter(o -> !o.exact()).toList();
        }
    }

    /** A case left out of the counts, and why. */
    public record Uncounted(ImpactCase kase, String reason) {
    }

    /** Runs every case through the engine; rows come most urgent level first, all five always. */
    public static ValidationReport of(Engine engine, List<ImpactCase> cases) {
        List<List<Outcome>> byLevel = new ArrayList<>();
        for (int i = 0; i < Level.values().length; i++) {
            byLevel.add(new ArrayList<>());
        }
        List<Uncounted> uncounted = new ArrayList<>();
        for (ImpactCase c : cases) {
            Level expected = c.expected() == null ? null : Level.fromId(c.expected());
            CaseResult r = CaseResult.of(engine, c);
            if (c.expected() == null) {
                uncounted.add(new Uncounted(c, "no expected level (expect.triage)"));
            } else if (expected == null) {
                uncounted.add(new Uncounted(c, "unknown expected level '" + c.expected() + "'"));
            } else if (r instanceof CaseResult.Invalid i) {
                uncounted.add(new Uncounted(c, i.problem()));
            } else {
                byLevel.get(expected.ordinal()).add(new Outcome(c, expected, ((CaseResult.Assessed) r).level()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = Level.values().length - 1; i >= 0; i--) {
            rows.add(new Row(Level.values()[i], byLevel.get(i)));
        }
        return new ValidationReport(rows, uncounted);
    }

    public int cases() {
        return rows.stream().mapToInt(Row::cases).sum();
    }

    public int exact() {
        return rows.stream().mapToInt(Row::exact).sum();
    }

    public int over() {
        return rows.stream().mapToInt(Row::over).sum();
    }

    public int under() {
        return rows.stream().mapToInt(Row::under).sum();
    }

    /** Exact cases as a share of the counted ones, 0 to 1; 0 when none is counted. */
    public double accuracy() {
        return cases() == 0 ? 0 : (double) exact() / cases();
    }
}
