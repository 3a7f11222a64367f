package org.crampwise.kb;

/** Public guidance cited by rules, causes and advice. */
public record Source(String id, String title, String publisher, String url) {
}
