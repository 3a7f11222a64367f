package org.crampwise.app.web.check;

import java.util.List;

/** The "check your answers" page: each screen answered, what was said, and where to change it. */
public record AnswersView(List<Row> rows, boolean finished) {

    public record Row(String question, List<String> answers, String changeUrl) {
    }
}
