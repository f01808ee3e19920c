package org.textlens.loaded;

/**
 * One loaded term found in a document: tokens {@code [from, to)} of a sentence, and the entry
 * (or rule) that explains it.
 */
record Hit(int sentence, int from, int to, int start, int end, LexiconEntry entry) {
}
