package org.crampwise.app.web.check;

import java.util.List;

/**
 * What the result page shows, in plain words, built from an assessment. {@code stoppedEarly}: the
 * person chose to see the result before the last question (the level so far, marked incomplete).
 */
public record ResultView(String level, String levelLabel, String headline, String action, String callNumber,
                         boolean complete, List<Reason> reasons, List<Cause> causes, List<Advice> relief,
                         List<Advice> avoid, List<Advice> prevention, List<Watch> watchFor, List<Source> sources,
                         String disclaimer, boolean stoppedEarly) {

    public record Reason(String explanation, List<String> answers) {
    }

    public record Cause(String name, String likelihood, String summary, List<String> supporting,
                        List<String> opposing) {
    }

    public record Advice(String text, String why) {
    }

    public record Watch(String sign, String levelLabel) {
    }

    public record Source(String title, String publisher, String url) {
    }

    public boolean emergency() {
        return level.equals("call_emergency") || level.equals("emergency_department");
    }

    /** Go to the emergency department: the "go" action is the page's main button. */
    public boolean go() {
        return level.equals("emergency_department");
    }
}
