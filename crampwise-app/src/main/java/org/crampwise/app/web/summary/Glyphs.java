package org.crampwise.app.web.summary;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text the embedded font can draw: a character it lacks (an emoji in a person's own tag, a script
 * Liberation Sans does not cover) becomes "?" rather than failing the whole PDF.
 */
final class Glyphs {
    private Glyphs() {
    }

    static SummaryDoc only(SummaryDoc d, PDFont font) {
        return new SummaryDoc(text(d.title(), font), text(d.period(), font), text(d.complete(), font),
                d.columns().stream().map(c -> text(c, font)).toList(),
                d.rows().stream().map(r -> new SummaryDoc.Row(text(r.measure(), font), text(r.now(), font),
                        text(r.before(), font))).toList(),
                d.sections().stream().map(s -> new SummaryDoc.Section(text(s.heading(), font),
                        s.lines().stream().map(l -> text(l, font)).toList())).toList(),
                text(d.footer(), font));
    }

    static String text(String s, PDFont font) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x7f && cp >= 0x20) {
                out.appendCodePoint(cp);
            } else {
                String c = new String(Character.toChars(cp));
                out.append(drawable(c, font) ? c : "?");
            }
        });
        return out.toString();
    }

    private static boolean drawable(String c, PDFont font) {
        try {
            font.encode(c);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

}
