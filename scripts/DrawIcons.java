import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the app's icons (the web app manifest's) with Java2D: a blue tile with a white zigzag, a
 * muscle tightening. Run from the repository: java scripts/DrawIcons.java
 * (writes crampwise-app/src/main/resources/assets/icons/*.png). No fonts, so the same everywhere.
 */
public class DrawIcons {
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        File dir = new File("crampwise-app/src/main/resources/assets/icons");
        dir.mkdirs();
        for (int size : new int[] {192, 512}) {
            ImageIO.write(draw(size, false), "png", new File(dir, "icon-" + size + ".png"));
        }
        ImageIO.write(draw(512, true), "png", new File(dir, "maskable-512.png"));
    }

    /** Maskable icons fill the square and keep the drawing in the middle 80% (the safe zone). */
    static BufferedImage draw(int size, boolean maskable) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 512.0;
        g.setColor(new Color(0x00, 0x5e, 0xb8));
        if (maskable) {
            g.fillRect(0, 0, size, size);
        } else {
            g.fill(new RoundRectangle2D.Double(0, 0, size, size, 192 * s, 192 * s));
        }
        double scale = maskable ? 0.72 : 1.0;
        double[][] points = {{96, 300}, {176, 300}, {216, 180}, {276, 380}, {336, 220}, {376, 300}, {416, 300}};
        Path2D line = new Path2D.Double();
        for (int i = 0; i < points.length; i++) {
            double x = (256 + (points[i][0] - 256) * scale) * s;
            double y = (256 + (points[i][1] - 280) * scale) * s;
            if (i == 0) {
                line.moveTo(x, y);
            } else {
                line.lineTo(x, y);
            }
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (40 * s * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        g.dispose();
        return img;
    }
}
