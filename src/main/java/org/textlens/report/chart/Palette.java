package org.textlens.report.chart;

import java.util.List;

/**
 * The Okabe–Ito palette (Okabe and Ito 2008, "Color Universal Design"): eight colours that stay
 * distinguishable under the common forms of colour blindness. Charts draw series in this order;
 * meaning-bearing colours (positive, negative) are fixed so every chart agrees.
 */
public final class Palette {
    public static final String BLUE = "#0072B2";
    public static final String VERMILLION = "#D55E00";
    public static final String ORANGE = "#E69F00";
    public static final String SKY_BLUE = "#56B4E9";
    public static final String BLUISH_GREEN = "#009E73";
    public static final String YELLOW = "#F0E442";
    public static final String REDDISH_PURPLE = "#CC79A7";
    public static final String GREY = "#666666";
    public static final String INK = "#222222";
    public static final String GRID = "#DDDDDD";
    /** A connecting line behind coloured points. */
    public static final String LINE = "#AAAAAA";

    /** Positive sentiment, over-used terms. */
    public static final String POSITIVE = BLUE;
    /** Negative sentiment, under-used terms. */
    public static final String NEGATIVE = VERMILLION;
    public static final String NEUTRAL = GREY;

    /** Series colours in order; yellow is left out because it is unreadable as a thin mark on white. */
    public static final List<String> SERIES = List.of(BLUE, ORANGE, BLUISH_GREEN, VERMILLION, SKY_BLUE, REDDISH_PURPLE, GREY);

    private Palette() {
    }

    public static String series(int i) {
        return SERIES.get(Math.floorMod(i, SERIES.size()));
    }

    /** The colour of a sentiment label: positive, negative or neutral. */
    public static String sentiment(String label) {
        return switch (label) {
            case "positive" -> POSITIVE;
            case "negative" -> NEGATIVE;
            default -> NEUTRAL;
        };
    }
}
