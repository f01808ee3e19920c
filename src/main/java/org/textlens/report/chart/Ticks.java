package org.textlens.report.chart;

import java.util.ArrayList;
import java.util.List;

/** "Nice" axis ticks (1, 2 or 5 times a power of ten) covering a range, as most plotting tools choose them. */
final class Ticks {
    private Ticks() {
    }

    /** About {@code target} ticks from a nice number at or below {@code min} to one at or above {@code max}. */
    static List<Double> of(double min, double max, int target) {
        if (max <= min) {
            max = min + 1;
        }
        double step = niceStep((max - min) / Math.max(1, target));
        double first = Math.floor(min / step) * step;
        double last = Math.ceil(max / step) * step;
        List<Double> ticks = new ArrayList<>();
        for (double v = first; v <= last + step / 2; v += step) {
            ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return ticks;
    }

    /** Ticks for whole numbers (counts, indices): never a fractional step. */
    static List<Double> integers(double min, double max, int target) {
        List<Double> ticks = of(min, max, target);
        if (ticks.size() > 1 && ticks.get(1) - ticks.get(0) < 1) {
            ticks = new ArrayList<>();
            for (double v = Math.floor(min); v <= Math.ceil(Math.max(max, min + 1)); v++) {
                ticks.add(v);
            }
        }
        return ticks;
    }

    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * power;
    }

    /** A tick label: as few decimals as the step needs. */
    static String label(double value, List<Double> ticks) {
        double step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : 1;
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
