package org.textlens.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;

/**
 * Draws a chart into a PNG with Java2D, which the JDK has: no extra dependency. Drawn at twice the
 * chart's size, so text stays sharp on high-density screens and in print.
 */
public final class PngCanvas implements Canvas {
    private static final int SCALE = 2;

    private final Graphics2D g;

    private PngCanvas(Graphics2D g) {
        this.g = g;
    }

    public static void render(Chart chart, OutputStream out) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage((int) Math.ceil(chart.width() * SCALE), (int) Math.ceil(chart.height() * SCALE),
            BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(SCALE, SCALE);
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
            chart.draw(new PngCanvas(g));
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    @Override
    public void bar(double x, double y, double width, double height, String fill, String tooltip) {
        g.setColor(Color.decode(fill));
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void point(double cx, double cy, double r, String fill, String tooltip) {
        g.setColor(Color.decode(fill));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double width, String tooltip) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < xs.length; i++) {
            if (i == 0) {
                path.moveTo(xs[i], ys[i]);
            } else {
                path.lineTo(xs[i], ys[i]);
            }
        }
        g.setColor(Color.decode(stroke));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        g.setColor(Color.decode(stroke));
        g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 3}, 0)
            : new BasicStroke((float) width));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void swatch(double x, double y, double width, double height, String fill) {
        bar(x, y, width, height, fill, "");
    }

    @Override
    public void text(double x, double y, String text, Anchor anchor, double size, boolean bold, double rotate, String fill) {
        Font font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
        g.setFont(font);
        g.setColor(Color.decode(fill));
        double w = g.getFontMetrics().getStringBounds(text, g).getWidth();
        double dx = switch (anchor) {
            case START -> 0;
            case MIDDLE -> -w / 2;
            case END -> -w;
        };
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        if (rotate != 0) {
            g.rotate(Math.toRadians(rotate));
        }
        g.drawString(text, (float) dx, 0f);
        g.setTransform(saved);
    }
}
