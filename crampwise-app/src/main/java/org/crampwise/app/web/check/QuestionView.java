package org.crampwise.app.web.check;

import java.util.List;

/**
 * What a question page shows. {@code kind} is bool, choice, number, group or bodymap; the lists
 * not used by a kind are empty. The body map's {@code legs} are empty when its page does not ask
 * the leg (it was answered on its own before).
 */
public record QuestionView(int step, String id, String kind, String text, String help, String fieldName,
                           List<Choice> choices, String numberValue, String unit, boolean dontKnow,
                           List<Choice> items, boolean none, List<Choice> regions, List<Choice> legs,
                           String legQuestion, List<Error> errors, String backUrl, boolean returnToAnswers) {

    /** One answer to choose: its value, words, whether it is chosen now, and its body map place (or null). */
    public record Choice(String name, String value, String label, boolean checked, String place) {
        /** The id of its input: the first of a group takes the field's own id, for the error summary's link. */
        public String inputId(String fieldId, boolean first) {
            return first ? fieldId : fieldId + "-" + value;
        }
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
