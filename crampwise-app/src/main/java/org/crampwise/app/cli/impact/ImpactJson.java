package org.crampwise.app.cli.impact;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.crampwise.engine.impact.CaseImpact;
import org.crampwise.engine.impact.CaseResult;
import org.crampwise.engine.impact.Difference;
import org.crampwise.engine.impact.ImpactReport;
import org.crampwise.engine.impact.ImpactSummary;

/** The impact report as JSON: the same cases and differences as the text, each difference also in words. */
final class ImpactJson {
    private static final JsonFactory JSON = new JsonFactory();

    private ImpactJson() {
    }

    static String write(Compared compared, ImpactReport report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            knowledgeBase(g, "base", compared.base());
            knowledgeBase(g, "current", compared.current());
            g.writeArrayFieldStart("caseFolders");
            for (CaseFolders.Folder f : compared.folders()) {
                g.writeStartObject();
                g.writeStringField("folder", f.path().toString());
                g.writeBooleanField("found", f.found());
                g.writeNumberField("cases", f.cases().size());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("changed");
            for (CaseImpact c : report.changed()) {
                changed(g, c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notAssessedByEither");
            for (CaseImpact c : report.notAssessedByEither()) {
                g.writeStartObject();
                g.writeStringField("id", c.kase().id());
                g.writeStringField("title", c.kase().title());
                g.writeStringField("source", c.kase().source());
                g.writeStringField("problem", ((CaseResult.Invalid) c.base()).problem());
                g.writeEndObject();
            }
            g.writeEndArray();
            summary(g, report.summary());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + System.lineSeparator();
    }

    private static void knowledgeBase(JsonGenerator g, String field, Compared.Loaded kb) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("knowledgeBase", kb.where());
        g.writeStringField("version", kb.kb().version());
        g.writeNumberField("failedChecks", kb.failedChecks());
        g.writeEndObject();
    }

    private static void changed(JsonGenerator g, CaseImpact c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.kase().id());
        g.writeStringField("title", c.kase().title());
        g.writeStringField("source", c.kase().source());
        result(g, "base", c.base());
        result(g, "current", c.current());
        g.writeArrayFieldStart("differences");
        for (Difference d : c.differences()) {
            difference(g, d);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, String field, CaseResult r) throws IOException {
        g.writeObjectFieldStart(field);
        if (r instanceof CaseResult.Assessed a) {
            g.writeStringField("level", a.level().id());
            g.writeBooleanField("complete", a.complete());
            causes(g, "causes", a.causes());
            strings(g, "advised", a.advised());
            strings(g, "avoided", a.avoided());
            strings(g, "ignoredFindings", a.ignored());
        } else {
            g.writeStringField("notAssessed", ((CaseResult.Invalid) r).problem());
        }
        g.writeEndObject();
    }

    private static void difference(JsonGenerator g, Difference d) throws IOException {
        g.writeStartObject();
        if (d instanceof Difference.LevelChange l) {
            g.writeStringField("kind", "level");
            g.writeStringField("base", l.base().id());
            g.writeStringField("current", l.current().id());
            g.writeStringField("direction", l.down() ? "down" : "up");
        } else if (d instanceof Difference.CompletenessChange c) {
            g.writeStringField("kind", "complete");
            g.writeBooleanField("base", c.base());
            g.writeBooleanField("current", c.current());
        } else if (d instanceof Difference.CausesChange c) {
            g.writeStringField("kind", "causes");
            causes(g, "base", c.base());
            causes(g, "current", c.current());
        } else if (d instanceof Difference.AdviceChange a) {
            g.writeStringField("kind", a.kind() == Difference.AdviceKind.ADVISED ? "advice" : "avoid");
            g.writeStringField("item", a.item());
            g.writeStringField("change", a.added() ? "added" : "removed");
        } else if (d instanceof Difference.FindingsIgnored f) {
            g.writeStringField("kind", "findingsIgnored");
            g.writeStringField("side", f.side().id());
            strings(g, "findings", f.findings());
        } else {
            Difference.NotAssessed n = (Difference.NotAssessed) d;
            g.writeStringField("kind", "notAssessed");
            g.writeStringField("side", n.side().id());
            g.writeStringField("problem", n.problem());
        }
        g.writeStringField("text", ImpactText.line(d));
        g.writeEndObject();
    }

    private static void causes(JsonGenerator g, String field, List<CaseResult.RankedCause> causes) throws IOException {
        g.writeArrayFieldStart(field);
        for (CaseResult.RankedCause c : causes) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("likelihood", c.likelihood().id());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> items) throws IOException {
        g.writeFieldName(field);
        g.writeArray(items.toArray(String[]::new), 0, items.size());
    }

    private static void summary(JsonGenerator g, ImpactSummary s) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("cases", s.cases());
        g.writeNumberField("changed", s.changed());
        g.writeNumberField("levelUp", s.levelUp());
        g.writeNumberField("levelDown", s.levelDown());
        g.writeNumberField("completeness", s.completeness());
        g.writeNumberField("causes", s.causes());
        g.writeNumberField("advice", s.advice());
        g.writeNumberField("notAssessedBase", s.notAssessedBase());
        g.writeNumberField("notAssessedCurrent", s.notAssessedCurrent());
        g.writeNumberField("ignoredBase", s.ignoredBase());
        g.writeNumberField("ignoredCurrent", s.ignoredCurrent());
        g.writeStringField("text", ImpactText.summary(s));
        g.writeEndObject();
    }
}
