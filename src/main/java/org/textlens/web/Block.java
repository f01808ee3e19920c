package org.textlens.web;

import org.jsoup.nodes.Element;

/**
 * A run of text that reads as one paragraph: the inline content of a block element up to its next
 * block child. {@code owner} is the block element it sits in; {@code linkChars} how much of it is
 * link text.
 */
record Block(Element owner, String text, int linkChars, boolean heading) {
    int chars() {
        return text.length();
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    int words() {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
