package org.textlens.report.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.textlens.output.OutputTarget;

/**
 * A chart written to its own file, as SVG or PNG by the file's extension; like every output it
 * replaces the file only when it was written whole.
 */
public final class ChartFile {
    private ChartFile() {
    }

    /** Whether {@code file}'s extension names a format we write (.svg or .png). */
    public static boolean supported(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".svg") || name.endsWith(".png");
    }

    public static void write(Chart chart, Path file) throws IOException {
        boolean png = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
        try (OutputTarget target = OutputTarget.file(file)) {
            if (png) {
                PngCanvas.render(chart, target.stream());
            } else {
                target.stream().write(SvgCanvas.render(chart, "chart", true).getBytes(StandardCharsets.UTF_8));
            }
            target.commit();
        }
    }
}
