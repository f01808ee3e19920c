package org.textlens.loaded;

/** One loaded term found in a sentence: its tokens {@code [from, to)} and the entry (or rule) that explains it. */
record Hit(int from, int to, LexiconEntry entry) {
}
