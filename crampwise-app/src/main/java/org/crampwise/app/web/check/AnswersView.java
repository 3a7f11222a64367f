package org.crampwise.app.web.check;

import java.util.List;

/**
 * The "check your answers" page: each screen answered, what was said, and where to change it;
 * Back goes to the last question asked, Continue to where the person is.
 */
public record AnswersView(List<Row> rows, boolean finished, String backUrl, String continueUrl, String soFarUrl) {

    public record Row(String question, List<String> answers, String changeUrl) {
    }
}
