package org.textlens.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.textlens.nlp.Normalization;

/**
 * Splits a sentence into the words sentiment scoring works on, the way VADER reads text: chunks
 * between white space, so emoticons and slang survive; edge punctuation removed otherwise. Also
 * counts the exclamation and question marks that amplify a sentence.
 */
final class SentenceWords {
    private SentenceWords() {
    }

    /** @param informal the text has the marks of social media: @mentions, #hashtags, links */
    record Split(List<Word> words, int exclamations, int questions, boolean informal) {
    }

    /** @param isEntry whether a raw lower-cased chunk is itself a lexicon entry (an emoticon) */
    static Split split(String text, Predicate<String> isEntry) {
        String sentence = text.indexOf('&') >= 0 ? unescapeHtml(text) : text;
        char[] chars = sentence.toCharArray(); // one copy; String.charAt checks every call
        List<Word> words = new ArrayList<>();
        int exclamations = 0;
        int questions = 0;
        boolean informal = false;
        int n = chars.length;
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(chars[i])) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(chars[i])) {
                char c = chars[i];
                if (c == '!') {
                    exclamations++;
                } else if (c == '?') {
                    questions++;
                } else if (c == '@' || c == '#') {
                    informal = true;
                }
                i++;
            }
            if (i > start) {
                addChunk(normalize(new String(chars, start, i - start)), words, isEntry);
            }
        }
        informal |= sentence.contains("http");
        return new Split(words, exclamations, questions, informal);
    }

    private static void addChunk(String chunk, List<Word> words, Predicate<String> isEntry) {
        if (!isEdgePunctuation(chunk.charAt(0)) && !isEdgePunctuation(chunk.charAt(chunk.length() - 1))) {
            words.add(Word.of(chunk, false)); // nothing to strip: most words take this path
            return;
        }
        if (isEntry.test(chunk.toLowerCase(java.util.Locale.ROOT))) {
            words.add(Word.of(chunk, false)); // an emoticon or an entry with its punctuation, e.g. :-) or <3
            return;
        }
        int from = 0;
        int to = chunk.length();
        while (from < to && isEdgePunctuation(chunk.charAt(from))) {
            from++;
        }
        while (to > from && isEdgePunctuation(chunk.charAt(to - 1))) {
            to--;
        }
        boolean clauseEnds = endsClause(chunk, to);
        if (to > from) {
            words.add(Word.of(chunk.substring(from, to), clauseEnds));
        } else if (clauseEnds && !words.isEmpty()) {
            words.set(words.size() - 1, words.get(words.size() - 1).endingClause());
        }
    }

    /** Punctuation after the word that closes a clause: , ; : . ! ? and dashes. */
    private static boolean endsClause(String chunk, int from) {
        for (int k = from; k < chunk.length(); k++) {
            if (",;:.!?\u2014\u2013)".indexOf(chunk.charAt(k)) >= 0) {
                return true;
            }
        }
        return chunk.equals("-") || chunk.equals("\u2014") || chunk.equals("\u2013");
    }

    private static boolean isEdgePunctuation(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isSurrogate(c);
    }

    /** Web text often arrives with its HTML escapes: {@code &gt;:[} is an emoticon. */
    private static String unescapeHtml(String s) {
        return s.replace("&gt;", ">").replace("&lt;", "<").replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'")
            .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private static String normalize(String chunk) {
        StringBuilder sb = null;
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            char m = Normalization.normalize(c);
            if (m != c) {
                if (sb == null) {
                    sb = new StringBuilder(chunk);
                }
                sb.setCharAt(i, m);
            }
        }
        return sb == null ? chunk : sb.toString();
    }

    /** The words {@code [from, from + length)} as written, joined by spaces: an evidence label. */
    static String join(List<Word> words, int from, int length) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < from + length && k < words.size(); k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(words.get(k).text());
        }
        return sb.toString();
    }
}
