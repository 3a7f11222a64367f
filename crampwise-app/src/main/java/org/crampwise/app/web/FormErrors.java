package org.crampwise.app.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems with a posted form, in the order of its fields: shown together in the error
 * summary (each linking to its field) and one by one beside the fields.
 */
public final class FormErrors {
    /** @param field the id of the input the message is about, and the summary's link target */
    public record Error(String field, String message) {
    }

    private final List<Error> errors = new ArrayList<>();

    public void add(String field, String message) {
        if (of(field) == null) {
            errors.add(new Error(field, message));
        }
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public List<Error> all() {
        return List.copyOf(errors);
    }

    /** The message for a field, or null when it has none. */
    public String of(String field) {
        for (Error e : errors) {
            if (e.field().equals(field)) {
                return e.message();
            }
        }
        return null;
    }

    /** The class a field's wrapper gets: marked when the field is at fault. */
    public String fieldClass(String field) {
        return of(field) == null ? "field" : "field field-error";
    }

    /** aria-describedby for an input: its hint (when given) and its error (when there is one). */
    public String describedBy(String field, String hintId) {
        String error = of(field) == null ? "" : field + "-error";
        String both = (hintId == null ? "" : hintId) + (hintId != null && !error.isEmpty() ? " " : "") + error;
        return both.isEmpty() ? null : both;
    }
}
