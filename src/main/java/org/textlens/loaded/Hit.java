package org.textlens.loaded;

/**
 * One loaded term found in a sentence: its tokens {@code [from, to)}, the entry (or rule) that
 * explains it, and the tokens the entry itself matched {@code [coreFrom, coreTo)} (the hit may take
 * in the phrase around them).
 */
record Hit(int from, int to, LexiconEntry entry, int coreFrom, int coreTo) {
    Hit(int from, int to, LexiconEntry entry) {
        this(from, to, entry, from, to);
    }
}
