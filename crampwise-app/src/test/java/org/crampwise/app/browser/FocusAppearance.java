package org.crampwise.app.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Clip;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * WCAG 2.2 "Focus Appearance" (2.4.13), measured on the screen: the pixels that change between
 * the unfocused and the focused element by a contrast of at least 3:1 must cover at least the
 * area of a 2 CSS px thick perimeter of the unfocused element. Both pictures are taken of the
 * same area (the element and a margin for an outline outside it), at one device pixel per CSS px.
 */
final class FocusAppearance {
    private static final int MARGIN = 12;

    private FocusAppearance() {
    }

    /** What was measured for one element. */
    record Measure(String what, int changedPixels, int perimeterPixels) {
        boolean passes() {
            return changedPixels >= perimeterPixels;
        }

        @Override
        public String toString() {
            return what + ": " + changedPixels + " px change by 3:1 or more; a 2 px perimeter is " + perimeterPixels
                    + " px";
        }
    }

    /** Takes the element's picture unfocused, focuses it with {@code focus}, and compares. */
    static Measure of(Page page, Locator element, String what, Runnable focus) {
        element.scrollIntoViewIfNeeded();
        page.evaluate("() => document.activeElement && document.activeElement.blur()");
        page.mouse().move(0, 0);
        BoundingBox b = element.boundingBox();
        Clip clip = new Clip(Math.max(0, b.x - MARGIN), Math.max(0, b.y - MARGIN), b.width + 2 * MARGIN,
                b.height + 2 * MARGIN);
        BufferedImage before = picture(page, clip);
        focus.run();
        BufferedImage after = picture(page, clip);
        int changed = 0;
        for (int y = 0; y < Math.min(before.getHeight(), after.getHeight()); y++) {
            for (int x = 0; x < Math.min(before.getWidth(), after.getWidth()); x++) {
                if (contrast(before.getRGB(x, y), after.getRGB(x, y)) >= 3.0) {
                    changed++;
                }
            }
        }
        int w = (int) Math.round(b.width);
        int h = (int) Math.round(b.height);
        int perimeter = w * h - Math.max(0, w - 4) * Math.max(0, h - 4);
        return new Measure(what, changed, perimeter);
    }

    private static BufferedImage picture(Page page, Clip clip) {
        byte[] png = page.screenshot(new Page.ScreenshotOptions().setClip(clip).setAnimations(
                com.microsoft.playwright.options.ScreenshotAnimations.DISABLED).setCaret(
                com.microsoft.playwright.options.ScreenshotCaret.HIDE));
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WCAG contrast ratio of two sRGB colours. */
    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int c) {
        double v = (c & 0xff) / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
