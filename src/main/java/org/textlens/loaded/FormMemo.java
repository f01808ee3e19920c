package org.textlens.loaded;

import java.util.Arrays;
import java.util.Locale;
import org.textlens.nlp.Normalization;

/**
 * What one thread knows about each word form it has seen: its lower-case form, its lemma and where
 * entries may start at it. Looked up straight from a slice of the document's characters, lower-
 * casing and normalising apostrophes and hyphens on the fly, so the common case allocates nothing:
 * news repeats its words. Open addressing with linear probing; emptied when it grows past
 * {@value #LIMIT} forms, so memory stays bounded on any corpus.
 */
final class FormMemo {
    /** A word form as the matcher sees it. */
    record Form(String lower, String lemma, TermMatcher.Start start) {
    }

    /** Computes the form of a lower-case word seen for the first time; its {@code lower()} is that word. */
    interface Maker {
        Form make(String lower);
    }

    private static final int LIMIT = 1 << 18;
    /** The lower-case forms' characters, their hashes and their forms, slot by slot. */
    private char[][] keys = new char[1 << 12][];
    private int[] hashes = new int[1 << 12];
    private Form[] forms = new Form[1 << 12];
    private int size;
    private final Maker maker;

    FormMemo(Maker maker) {
        this.maker = maker;
    }

    /** The form of {@code text[start, end)}. */
    Form get(char[] text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c >= 0x80) {
                return slow(text, start, end);
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        int mask = keys.length - 1;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (key == null) {
                String lower = new String(text, start, end - start).toLowerCase(Locale.ROOT);
                return put(lower, slot);
            }
            if (hashes[slot] == h && asciiLowerEquals(key, text, start, end)) {
                return forms[slot];
            }
        }
    }

    /** Non-ASCII text: normalise and lower-case it as a string, then look it up. */
    private Form slow(char[] text, int start, int end) {
        String lower = Normalization.normalize(new String(text, start, end - start)).toLowerCase(Locale.ROOT);
        int h = lower.hashCode();
        int mask = keys.length - 1;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (key == null) {
                return put(lower, slot);
            }
            if (hashes[slot] == h && forms[slot].lower().equals(lower)) {
                return forms[slot];
            }
        }
    }

    private Form put(String lower, int slot) {
        Form form = maker.make(lower);
        if (size >= LIMIT) {
            Arrays.fill(keys, null);
            Arrays.fill(forms, null);
            size = 0;
        } else if (2 * (size + 1) > keys.length) {
            grow();
        } else {
            store(slot, form);
            size++;
            return form;
        }
        insert(form);
        size++;
        return form;
    }

    private static boolean asciiLowerEquals(char[] key, char[] text, int start, int end) {
        if (key.length != end - start) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            char c = text[start + i];
            if (key[i] != (c >= 'A' && c <= 'Z' ? c + 32 : c)) {
                return false;
            }
        }
        return true;
    }

    /** Fibonacci hashing: spreads String-style hashes, which cluster under linear probing. */
    private int spread(int h) {
        return (h * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(keys.length));
    }

    private void store(int slot, Form form) {
        keys[slot] = form.lower().toCharArray();
        hashes[slot] = form.lower().hashCode();
        forms[slot] = form;
    }

    private void insert(Form form) {
        int mask = keys.length - 1;
        int slot = spread(form.lower().hashCode()) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        store(slot, form);
    }

    private void grow() {
        Form[] oldForms = forms;
        keys = new char[oldForms.length * 2][];
        hashes = new int[oldForms.length * 2];
        forms = new Form[oldForms.length * 2];
        for (Form f : oldForms) {
            if (f != null) {
                insert(f);
            }
        }
    }
}
