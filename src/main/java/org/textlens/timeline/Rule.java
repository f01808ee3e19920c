package org.textlens.timeline;

/** One line of patterns.txt: the normalisation to apply and where the pattern was written. */
record Rule(int id, String action, int line) {
}
