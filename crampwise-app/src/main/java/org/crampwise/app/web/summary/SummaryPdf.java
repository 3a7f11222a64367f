package org.crampwise.app.web.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The one-page summary as a PDF, made with Apache PDFBox 3: one A4 page (whose text also fits on
 * Letter), Liberation Sans (the font PDFBox ships, SIL Open Font License 1.1) embedded as a
 * subset, and tagged (headings, paragraphs, a table with header cells; rules as artifacts), with
 * its language and title, so screen readers can read it in order.
 */
public final class SummaryPdf {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = fontBytes();
    /** Smallest scale tried: below it the text would be too small to read; it always fits by then. */
    private static final float MIN_SCALE = 0.6f;

    private SummaryPdf() {
    }

    public static byte[] bytes(SummaryDoc doc, String language) {
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = PDType0Font.load(pdf, new java.io.ByteArrayInputStream(FONT_BYTES), true);
            SummaryDoc safe = Glyphs.only(doc, font);
            PdfLayout.Page page = null;
            for (float scale = 1f; scale >= MIN_SCALE; scale -= 0.05f) {
                page = PdfLayout.of(safe, font, scale);
                if (page.bottom() >= PdfLayout.BOTTOM) {
                    break;
                }
            }
            draw(pdf, font, page, doc.title(), language);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary as PDF", e);
        }
    }

    private static void draw(PDDocument pdf, PDFont font, PdfLayout.Page layout, String title, String language)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(language);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Crampwise");
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(root);
        PDStructureElement document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(document);
        List<PDStructureElement> byMcid = new ArrayList<>();
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            for (PdfLayout.Element e : layout.elements()) {
                element(cs, font, page, document, e, byMcid);
            }
            cs.beginMarkedContent(COSName.ARTIFACT);
            cs.setLineWidth(0.5f);
            for (PdfLayout.Rule r : layout.rules()) {
                cs.moveTo(r.x1(), r.y1());
                cs.lineTo(r.x2(), r.y2());
            }
            cs.stroke();
            cs.endMarkedContent();
        }
        // The parent tree: which structure element each marked piece of the page belongs to.
        page.getCOSObject().setInt(COSName.STRUCT_PARENTS, 0);
        COSArray parents = new COSArray();
        for (PDStructureElement e : byMcid) {
            parents.add(e);
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDStructureElement.class);
        tree.setNumbers(Map.of(0, parents));
        root.setParentTree(tree);
        root.setParentTreeNextKey(1);
    }

    private static void element(PDPageContentStream cs, PDFont font, PDPage page, PDStructureNode parent,
                                PdfLayout.Element e, List<PDStructureElement> byMcid) throws IOException {
        PDStructureElement el = new PDStructureElement(e.type(), parent);
        el.setPage(page);
        parent.appendKid(el);
        for (PdfLayout.Element kid : e.kids()) {
            element(cs, font, page, el, kid, byMcid);
        }
        for (PdfLayout.Line line : e.lines()) {
            int mcid = byMcid.size();
            byMcid.add(el);
            cs.beginMarkedContent(COSName.getPDFName(e.type()), mcid);
            cs.beginText();
            cs.setFont(font, line.size());
            cs.newLineAtOffset(line.x(), line.y());
            cs.showText(line.text());
            cs.endText();
            cs.endMarkedContent();
            el.appendKid(mcid);
        }
    }

    private static byte[] fontBytes() {
        try (InputStream in = SummaryPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's font " + FONT + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
