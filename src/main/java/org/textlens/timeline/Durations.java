package org.textlens.timeline;

/** The DURATION and SET actions of patterns.txt, and the counting of quantities they share. */
final class Durations {
    private final Normalizer n;

    Durations(Normalizer n) {
        this.n = n;
    }

    /**
     * The quantity before the unit: digits, number words ("twenty-four", "two hundred", "a
     * dozen"), "a"/"an", halves ("two and a half", "5 1/2"), or vague ("several", "a few",
     * "two to three"). Words such as "past" or "more than" around it do not count.
     */
    Quantity quantity(MatchView m) {
        double value = -1;
        boolean article = false;
        boolean vague = false;
        int unitAt = m.find(n.unit) >= 0 ? m.find(n.unit) : m.find(n.units);
        int stop = unitAt >= 0 ? unitAt : m.match.end();
        for (int t = m.match.first(); t < stop; t++) {
            String w = m.word(t);
            if (t + 2 < stop && m.word(t + 1).equals("/") && m.tokens.number[t] > 0 && m.tokens.number[t + 2] > 0) {
                value = Math.max(value, 0) + (double) m.tokens.number[t] / m.tokens.number[t + 2];   // 5 1/2
                t += 2;
                continue;
            }
            double v = numberAt(m, t, w);
            if (w.equals("few") || m.tokens.has(t, n.few) && !w.equals("some")) {
                vague = true;
            } else if (w.equals("a") || w.equals("an")) {
                if (value < 0) {
                    value = 1;
                    article = true;
                }
            } else if (w.equals("half")) {
                value = value < 0 || article ? 0.5 : value + 0.5;
                article = false;
            } else if (w.equals("couple")) {
                value = 2;
                article = false;
            } else if (w.equals("to") || w.equals("or") || w.equals("-") && t + 1 < stop && numberAt(m, t + 1, "") >= 0 && !tensJoin(m, t, value)) {
                vague |= value >= 0;
            } else if (v == 100 || v == 1000 || w.equals("dozen")) {
                value = (value < 0 || article ? 1 : value) * v;
                article = false;
            } else if (v >= 0) {
                if (value < 0 || article) {
                    value = v;
                } else if (value >= 20 && value < 100 && value % 10 == 0 && v < 10
                    || value >= 100 && value % 100 == 0 && v < 100) {
                    value += v;                                   // twenty four, two hundred fifty
                } else {
                    vague = true;
                }
                article = false;
            }
        }
        if (unitAt >= 0 && unitAt + 1 < m.match.end() && m.hasWord("half") && m.word(unitAt + 1).equals("and")) {
            value = Math.max(value, 1) + 0.5;                     // a year and a half
        }
        if (vague) {
            return Quantity.VAGUE;
        }
        if (value < 0) {
            return unitAt >= 0 && m.tokens.has(unitAt, n.units) ? Quantity.VAGUE : Quantity.ONE;   // "the past months"
        }
        return new Quantity(value, false);
    }

    private double numberAt(MatchView m, int t, String w) {
        if (m.tokens.has(t, n.digits)) {
            return m.tokens.number[t];
        }
        WordEntry e = m.tokens.entry[t];
        String v = e == null ? null : e.value(n.num);
        return v == null ? -1 : Double.parseDouble(v);
    }

    private boolean tensJoin(MatchView m, int dash, double value) {
        return value >= 20 && value < 100 && value % 10 == 0 && dash + 1 < m.match.end() && numberAt(m, dash + 1, "") >= 0
            && numberAt(m, dash + 1, "") < 10;
    }

    Normalized duration(MatchView m) {
        if (m.match.rule().action().equals("duration.vague") && m.find(n.units) < 0) {
            return Normalized.of(TimexType.DURATION, "PXX");              // a while
        }
        if (isAge(m)) {
            return null;
        }
        String u = m.value(n.unit) != null ? m.value(n.unit) : m.value(n.units);
        Quantity q = m.match.rule().action().equals("duration.vague") ? Quantity.VAGUE : quantity(m);
        String mod = n.quantityMod(m);
        if (mod == null && m.hasWord("so")) {
            mod = "APPROX";                                     // the next two years or so
        }
        return Normalized.of(TimexType.DURATION, q.duration(u)).withMod(mod);
    }

    /**
     * "a five-year-old": an age, not a duration; "a day-long meeting": the duration is "day-long",
     * found from the next token on (an adjective stands without its determiner).
     */
    private static boolean isAge(MatchView m) {
        int e = m.match.end();
        return e + 1 < m.tokens.size && m.word(e).equals("-") && (m.word(e + 1).equals("old") || m.word(e + 1).equals("long"));
    }

    Normalized set(MatchView m) {
        String f = m.value(n.freq);
        if (f != null) {
            return Normalized.of(TimexType.SET, f);
        }
        String w = m.value(n.weekdays) != null ? m.value(n.weekdays) : m.value(n.weekday);
        if (w != null) {
            String p = m.value(n.part) != null ? m.value(n.part) : m.value(n.parts);
            return Normalized.of(TimexType.SET, "XXXX-WXX-" + w + (p == null ? "" : "T" + p));
        }
        if (m.find(n.part) >= 0) {
            return Normalized.of(TimexType.SET, "P1D");                   // every morning
        }
        if (m.find(n.weekend) >= 0) {
            return Normalized.of(TimexType.SET, "P1W");
        }
        String u = m.value(n.unit) != null ? m.value(n.unit) : m.value(n.units);
        String freq = "";
        Quantity q;
        if (m.hasWord("times") || m.hasWord("time") || m.hasWord("once") || m.hasWord("twice")) {
            long times = m.hasWord("once") ? 1 : m.hasWord("twice") ? 2 : Math.round(numberAt(m, m.match.first(), ""));
            freq = times + "X";
            q = Quantity.ONE;
        } else if (m.hasWord("other")) {
            q = new Quantity(2, false);
        } else {
            q = quantity(m);
        }
        return Normalized.of(TimexType.SET, q.duration(u)).withFreq(freq);
    }
}
