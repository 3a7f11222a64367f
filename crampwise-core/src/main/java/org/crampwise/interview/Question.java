package org.crampwise.interview;

import java.util.List;
import org.crampwise.kb.Finding;
import org.crampwise.kb.Screen;

/** One interview screen: a single finding, or several yes/no findings asked together. */
public sealed interface Question permits Question.Single, Question.Group {

    /** The finding id, or the screen id for a group. */
    String id();

    String text();

    String help();

    /** The findings this screen answers. */
    List<Finding> findings();

    record Single(Finding finding) implements Question {
        @Override public String id() { return finding.id(); }
        @Override public String text() { return finding.question(); }
        @Override public String help() { return finding.help(); }
        @Override public List<Finding> findings() { return List.of(finding); }
    }

    /** "Do you have any of these?": every item left unticked is answered no. */
    record Group(Screen screen, List<Finding> items) implements Question {
        @Override public String id() { return screen.id(); }
        @Override public String text() { return screen.text(); }
        @Override public String help() { return screen.help(); }
        @Override public List<Finding> findings() { return items; }
    }
}
