package org.crampwise.app.feedback;

/** The answers to "Was this page helpful?" for one page. */
public record PageFeedback(String page, int yes, int no) {

    public int total() {
        return yes + no;
    }

    /** The share of answers that said yes, as a whole percentage rounded half up; 0 with no answers. */
    public int percentHelpful() {
        return total() == 0 ? 0 : (int) ((200L * yes + total()) / (2L * total()));
    }
}
