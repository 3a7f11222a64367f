package org.crampwise.app.cli.impact;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.crampwise.engine.impact.CaseImpact;
import org.crampwise.engine.impact.CaseResult;
import org.crampwise.engine.impact.Difference;
import org.crampwise.engine.impact.ImpactReport;
import org.crampwise.engine.impact.ImpactSummary;

/** The impact report as text: what was compared, one line per difference grouped by case, then a summary. */
final class ImpactText {
    private ImpactText() {
    }

    static void print(Compared compared, ImpactReport report, PrintWriter out) {
        out.println("Base:    " + compared.base().describe());
        out.println("Current: " + compared.current().describe());
        out.println("Cases:   " + compared.folders().stream().map(f -> f.found()
                ? f.cases().size() + " in " + f.path() : "none in " + f.path() + " (not found)")
                .collect(Collectors.joining(", ")));
        List<CaseImpact> changed = report.changed();
        out.println();
        if (changed.isEmpty()) {
            out.println("No differences.");
            out.println();
        }
        for (CaseImpact c : changed) {
            out.println(heading(c));
            for (Difference d : c.differences()) {
                out.println("  " + line(d));
            }
            out.println();
        }
        List<CaseImpact> neither = report.notAssessedByEither();
        if (!neither.isEmpty()) {
            out.println("Not assessed by either knowledge base, for the same reason (no change):");
            for (CaseImpact c : neither) {
                out.println(heading(c));
                out.println("  both: " + ((CaseResult.Invalid) c.base()).problem());
            }
            out.println();
        }
        out.println(summary(report.summary()));
        out.flush();
    }

    private static String heading(CaseImpact c) {
        return c.kase().id() + "  " + c.kase().title() + "  (" + c.kase().source() + ")";
    }

    /** One difference in words; a level down says so loudly, as it is what a reviewer must sign off. */
    static String line(Difference d) {
        if (d instanceof Difference.LevelChange l) {
            return "level: " + l.base().id() + " -> " + l.current().id()
                    + (l.down() ? " (DOWN: less urgent)" : " (up: more urgent)");
        }
        if (d instanceof Difference.CompletenessChange c) {
            return "complete: " + yesNo(c.base()) + " -> " + yesNo(c.current());
        }
        if (d instanceof Difference.CausesChange c) {
            return "causes: " + causes(c.base()) + " -> " + causes(c.current());
        }
        if (d instanceof Difference.AdviceChange a) {
            return a.kind() == Difference.AdviceKind.ADVISED
                    ? "advice: " + (a.added() ? "now gives " : "no longer gives ") + a.item()
                    : "avoid: " + (a.added() ? "now says to avoid " : "no longer says to avoid ") + a.item();
        }
        if (d instanceof Difference.FindingsIgnored f) {
            return f.side().id() + ": read without the findings it does not know: " + String.join(", ", f.findings());
        }
        Difference.NotAssessed n = (Difference.NotAssessed) d;
        return n.side().id() + ": " + n.problem();
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String causes(List<CaseResult.RankedCause> causes) {
        return causes.isEmpty() ? "(none)" : causes.stream().map(c -> c.id() + " (" + c.likelihood().id() + ")")
                .collect(Collectors.joining(", "));
    }

    /** E.g. "38 cases: 12 changed (level up 9, level down 0, ...)": a case counts once per kind. */
    static String summary(ImpactSummary s) {
        return s.cases() + " cases: " + s.changed() + " changed (level up " + s.levelUp() + ", level down "
                + s.levelDown() + ", completeness " + s.completeness() + ", causes " + s.causes() + ", advice "
                + s.advice() + "; not assessed: base " + s.notAssessedBase() + ", current " + s.notAssessedCurrent()
                + (s.ignoredBase() + s.ignoredCurrent() == 0 ? "" : "; read without unknown findings: base "
                + s.ignoredBase() + ", current " + s.ignoredCurrent()) + ")";
    }
}
