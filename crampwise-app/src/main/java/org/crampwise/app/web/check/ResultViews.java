package org.crampwise.app.web.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crampwise.engine.Assessment;
import org.crampwise.evidence.Evidence;
import org.crampwise.kb.Finding;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.Level;
import org.crampwise.kb.Source;

/** Turns an assessment into the words of the result page. */
final class ResultViews {
    private static final int MAX_CAUSES = 3;
    private static final int MAX_WATCH = 8;

    private final KnowledgeBase kb;

    ResultViews(KnowledgeBase kb) {
        this.kb = kb;
    }

    ResultView view(Assessment a, Evidence evidence, List<Assessment.WatchFor> watchFor, boolean stoppedEarly) {
        Assessment.Triage t = a.triage();
        Set<String> sourceIds = new LinkedHashSet<>();
        List<ResultView.Reason> reasons = new ArrayList<>();
        for (Assessment.Reason r : t.reasons()) {
            reasons.add(new ResultView.Reason(r.explanation(), r.answers()));
            sourceIds.addAll(r.sources());
        }
        List<ResultView.Cause> causes = new ArrayList<>();
        for (Assessment.CauseResult c : a.causes()) {
            if (causes.size() == MAX_CAUSES || c.likelihood() == Assessment.Likelihood.UNLIKELY) {
                break;
            }
            causes.add(new ResultView.Cause(c.name(), c.likelihood().id(), c.summary(), said(c.supporting(), evidence),
                    said(c.opposing(), evidence)));
            sourceIds.addAll(c.sources());
        }
        List<ResultView.Watch> watch = new ArrayList<>();
        for (Assessment.WatchFor w : watchFor) {
            if (watch.size() < MAX_WATCH) {
                watch.add(new ResultView.Watch(w.text(), label(w.level())));
            }
        }
        List<ResultView.Source> sources = new ArrayList<>();
        for (String id : union(sourceIds, a.advice())) {
            Source s = kb.source(id);
            sources.add(new ResultView.Source(s.title(), s.publisher(), s.url()));
        }
        Level level = t.level();
        String call = level == Level.CALL_EMERGENCY ? kb.emergencyNumber()
                : level == Level.URGENT ? kb.urgentNumber() : null;
        return new ResultView(level.id(), label(level), t.headline(), t.action(), call, t.complete(), reasons, causes,
                advice(a.advice().relief()), advice(a.advice().avoid()), advice(a.advice().prevention()), watch,
                sources, a.disclaimer(), stoppedEarly);
    }

    private String label(Level level) {
        return kb.fill(kb.level(level).label());
    }

    /** The person's own answers, said back, for "what points for and against". */
    private List<String> said(List<String> findingIds, Evidence evidence) {
        List<String> out = new ArrayList<>();
        for (String id : findingIds) {
            Finding f = kb.finding(id);
            evidence.answer(f).map(f::say).ifPresent(out::add); // the engine names only answered findings
        }
        return out;
    }

    private static List<ResultView.Advice> advice(List<Assessment.AdviceGiven> items) {
        List<ResultView.Advice> out = new ArrayList<>();
        items.forEach(i -> out.add(new ResultView.Advice(i.text(), i.why())));
        return out;
    }

    private static Set<String> union(Set<String> ids, Assessment.Advice advice) {
        Set<String> all = new LinkedHashSet<>(ids);
        advice.relief().forEach(i -> all.addAll(i.sources()));
        advice.avoid().forEach(i -> all.addAll(i.sources()));
        advice.prevention().forEach(i -> all.addAll(i.sources()));
        return all;
    }
}
