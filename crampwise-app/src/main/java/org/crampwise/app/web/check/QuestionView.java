package org.crampwise.app.web.check;

import java.util.List;

/**
 * What a question page shows. {@code kind} is bool, choice, number, group or bodymap; the lists
 * not used by a kind are empty.
 */
public record QuestionView(int step, String id, String kind, String text, String help, String fieldName,
                           List<Choice> choices, String numberValue, String unit, boolean dontKnow,
                           List<Choice> items, boolean none, List<Choice> regions, boolean bothLegs,
                           List<Error> errors, String backUrl, boolean returnToAnswers) {

    /** One answer to choose: its value, words, and whether it is chosen now. */
    public record Choice(String name, String value, String label, boolean checked, String side, String place) {
    }

    /** An error shown in the summary and beside its field. */
    public record Error(String field, String message) {
        public String anchor() {
            return "#" + field.replace('.', '-');
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The id of the element the error summary links to. */
    public String fieldId() {
        return fieldName.replace('.', '-');
    }

    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(Error::message).findFirst().orElse(null);
    }
}
