package org.crampwise.app.web.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Where each piece of the summary goes on an A4 / Letter page, as a tree of tagged elements
 * (H1, P, Table, TR, TH, TD, H2) whose leaves carry placed lines of text; the page's rules are
 * drawn apart, as artifacts. Sizes are scaled down by the caller until everything fits.
 */
final class PdfLayout {
    /** An A4 page, whose text keeps within Letter's shorter height too: either paper prints it whole. */
    static final float PAGE_WIDTH = 595.28f;
    static final float PAGE_HEIGHT = 841.89f;
    static final float MARGIN = 42f;
    /** The lowest a line may go: Letter is 792 pt high. */
    static final float BOTTOM = PAGE_HEIGHT - 792f + MARGIN;

    record Line(String text, float x, float y, float size) {
    }

    /** A structure element: a leaf with lines, or a group of kids. */
    record Element(String type, List<Line> lines, List<Element> kids) {
    }

    record Rule(float x1, float y1, float x2, float y2) {
    }

    record Page(List<Element> elements, List<Rule> rules, float bottom) {
    }

    private final PDFont font;
    private final float scale;
    private final float width = PAGE_WIDTH - 2 * MARGIN;
    private float y;
    private final List<Rule> rules = new ArrayList<>();

    private PdfLayout(PDFont font, float scale) {
        this.font = font;
        this.scale = scale;
        this.y = PAGE_HEIGHT - MARGIN;
    }

    /** The page at {@code scale}; its bottom says whether it fitted (above {@link #BOTTOM}). */
    static Page of(SummaryDoc doc, PDFont font, float scale) {
        PdfLayout l = new PdfLayout(font, scale);
        List<Element> out = new ArrayList<>();
        out.add(l.block(StandardStructureTypes.H1, doc.title(), 18, 6));
        out.add(l.block(StandardStructureTypes.P, doc.period(), 10.5f, 2));
        out.add(l.block(StandardStructureTypes.P, doc.complete(), 10.5f, 8));
        out.add(l.table(doc));
        for (SummaryDoc.Section s : doc.sections()) {
            l.y -= 6 * scale;
            out.add(l.block(StandardStructureTypes.H2, s.heading(), 12, 3));
            for (String line : s.lines()) {
                out.add(l.block(StandardStructureTypes.P, line, 10, 2));
            }
        }
        l.y -= 8 * scale;
        out.add(l.block(StandardStructureTypes.P, doc.footer(), 8.5f, 0));
        return new Page(out, l.rules, l.y);
    }

    private Element block(String type, String text, float size, float after) {
        Element e = new Element(type, lines(text, MARGIN, width, size * scale), List.of());
        y -= after * scale;
        return e;
    }

    /** Wrapped lines from the current y down, at x within width. */
    private List<Line> lines(String text, float x, float w, float size) {
        List<Line> out = new ArrayList<>();
        for (String line : wrap(text, w, size)) {
            y -= size * 1.25f;
            out.add(new Line(line, x, y, size));
        }
        return out;
    }

    private Element table(SummaryDoc doc) {
        float[] cols = {0.38f, 0.31f, 0.31f};
        float size = 10 * scale;
        List<Element> rows = new ArrayList<>();
        List<String> head = doc.columns();
        rows.add(row(head.get(0), head.get(1), head.get(2), cols, size, StandardStructureTypes.TH));
        for (SummaryDoc.Row r : doc.rows()) {
            rows.add(row(r.measure(), r.now(), r.before(), cols, size, StandardStructureTypes.TD));
        }
        y -= 4 * scale;
        return new Element(StandardStructureTypes.TABLE, List.of(), rows);
    }

    private Element row(String a, String b, String c, float[] cols, float size, String cell) {
        float top = y;
        float x = MARGIN;
        float lowest = y;
        List<Element> cells = new ArrayList<>();
        String[] texts = {a, b, c};
        for (int i = 0; i < 3; i++) {
            y = top - 2 * scale;
            float w = width * cols[i];
            // The first column's cells head their rows.
            String type = i == 0 ? StandardStructureTypes.TH : cell;
            cells.add(new Element(type, lines(texts[i], x + 3, w - 6, size), List.of()));
            lowest = Math.min(lowest, y);
            x += w;
        }
        y = lowest - 4 * scale;
        rules.add(new Rule(MARGIN, y, MARGIN + width, y));
        return new Element(StandardStructureTypes.TR, List.of(), cells);
    }

    private List<String> wrap(String text, float w, float size) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(tried, size) > w) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        out.add(line.toString());
        return out;
    }

    private float width(String s, float size) {
        try {
            return font.getStringWidth(s) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
