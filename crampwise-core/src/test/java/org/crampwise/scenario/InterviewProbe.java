package org.crampwise.scenario;

import java.nio.file.Files;
import org.crampwise.engine.Engine;
import org.crampwise.interview.Interview;
import org.crampwise.kb.KnowledgeBase;
import org.crampwise.kb.KnowledgeBaseLoader;

/** Prints the interview each vignette gets: a tool for tuning screens and weights. */
public final class InterviewProbe {
    public static void main(String[] args) {
        KnowledgeBase kb = KnowledgeBaseLoader.builtIn();
        Engine engine = new Engine(kb);
        Interview interview = new Interview(engine);
        var dir = args.length > 0 ? java.nio.file.Path.of(args[0]) : Scenario.sharedVignettes();
        for (Scenario s : Scenario.readAll(dir)) {
            var t = new SimulatedPerson(kb, s).interview(interview);
            System.out.printf("%s %-55s screens=%2d level=%s expected=%s %s%n", s.id(), s.title(), t.screens(),
                    t.last().assessment().triage().level().id(), s.triage(), t.last().reason());
            if (args.length > 1 && s.id().equals(args[1])) {
                System.out.print(SimulatedPerson.describe(t.questions()));
                System.out.println(engine.likelyOrPossibleCauses(t.evidence(), 3));
            }
        }
    }
}
