package org.crampwise.app.input;

/** One thing wrong with a value given: the field (or CSV column) and what is wrong and allowed. */
public record Problem(String field, String message) {
}
