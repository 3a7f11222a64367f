package org.crampwise.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crampwise.engine.Assessment;
import org.crampwise.kb.Level;

/** The expectations of a scenario, checked as shared/tools/check-vignettes checks them. */
final class ScenarioCheck {
    private ScenarioCheck() {
    }

    static List<String> problems(Scenario s, Assessment a) {
        List<String> out = new ArrayList<>();
        Level expected = Level.fromId(s.triage());
        if (a.triage().level() != expected) {
            boolean under = expected.compareTo(Level.URGENT) > 0 && a.triage().level().compareTo(expected) < 0;
            out.add("triage " + a.triage().level().id() + ", expected " + s.triage()
                    + (under ? "  ** EMERGENCY UNDER-TRIAGED **" : ""));
        }
        boolean complete = (Boolean) s.expect().getOrDefault("complete", true);
        if (a.triage().complete() != complete) {
            out.add("triage.complete " + a.triage().complete() + ", expected " + complete);
        }
        List<String> top3 = a.causes().stream().limit(3)
                .filter(c -> c.likelihood() != Assessment.Likelihood.UNLIKELY).map(Assessment.CauseResult::id).toList();
        for (String c : s.expectList("causesInTop3")) {
            if (!top3.contains(c)) {
                out.add("cause " + c + " not among the top 3 likely/possible causes " + top3);
            }
        }
        for (String c : s.expectList("causesNotLikely")) {
            if (a.causes().stream().anyMatch(x -> x.id().equals(c) && x.likelihood() == Assessment.Likelihood.LIKELY)) {
                out.add("cause " + c + " is 'likely' but should not be");
            }
        }
        Set<String> given = new HashSet<>();
        a.advice().relief().forEach(x -> given.add(x.id()));
        a.advice().prevention().forEach(x -> given.add(x.id()));
        Set<String> avoid = new HashSet<>();
        a.advice().avoid().forEach(x -> avoid.add(x.id()));
        s.expectList("mustAdvise").stream().filter(x -> !given.contains(x)).forEach(x -> out.add("advice " + x + " missing"));
        s.expectList("mustNotAdvise").stream().filter(given::contains)
                .forEach(x -> out.add("advice " + x + " given but must not be"));
        s.expectList("mustAvoid").stream().filter(x -> !avoid.contains(x)).forEach(x -> out.add("'avoid' " + x + " missing"));
        return out;
    }
}
