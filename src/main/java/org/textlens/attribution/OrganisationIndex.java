package org.textlens.attribution;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves speakers that stand for an organisation named earlier in the text:
 * <ul>
 *   <li>a definite description whose head ends an earlier name: "the campaign" → "Clinton
 *       campaign", "the committee" → "House Ethics Committee", "the department" → "State Department";</li>
 *   <li>a description by kind: "the newspaper", "the influential daily" → the last newspaper named
 *       ("Harbour Gazette", "The Daily Courier"), "the network" → the last broadcaster;</li>
 *   <li>"it", "they" or "we" → the organisation named in this sentence or the one before, when
 *       exactly one is named there.</li>
 * </ul>
 * Names are found from capitalisation in the text itself; nothing is resolved when the text does
 * not allow it.
 */
final class OrganisationIndex {
    /** How far back (in code points) a description looks for the organisation it stands for. */
    private static final int DESCRIPTION_REACH = 6000;
    /** Heads that describe a kind of organisation, with the name words that organisation's names end with. */
    private static final Map<String, Set<String>> KINDS = Map.ofEntries(
        Map.entry("newspaper", newspaperWords()), Map.entry("daily", newspaperWords()), Map.entry("paper", newspaperWords()),
        Map.entry("publication", newspaperWords()), Map.entry("outlet", Set.of("times", "post", "journal", "news", "cnn", "bbc",
            "msnbc", "nbc", "abc", "cbs", "fox", "reuters", "politico", "breitbart", "axios")),
        Map.entry("network", broadcasterWords()), Map.entry("broadcaster", broadcasterWords()), Map.entry("channel", broadcasterWords()),
        Map.entry("agency", Set.of("agency", "administration", "bureau", "service", "reuters", "press", "afp", "ap", "fbi", "cia")),
        Map.entry("company", Set.of("inc", "corp", "corporation", "company", "co", "group", "ltd", "llc", "holdings", "industries")),
        Map.entry("firm", Set.of("inc", "corp", "corporation", "company", "co", "group", "ltd", "llc", "holdings", "partners")));
    /** The pronouns an organisation speaks through. */
    private static final Set<String> PRONOUNS = Set.of("it", "they", "we");

    private static Set<String> newspaperWords() {
        return Set.of("times", "post", "journal", "news", "herald", "tribune", "gazette", "daily", "guardian", "telegraph", "globe",
            "chronicle", "courier", "observer", "star", "sun", "register", "inquirer", "examiner", "independent", "economist", "today",
            "bulletin", "record", "mail", "express", "standard", "mirror", "review", "monitor", "dispatch", "press");
    }

    private static Set<String> broadcasterWords() {
        return Set.of("cnn", "bbc", "msnbc", "nbc", "abc", "cbs", "fox", "pbs", "npr", "network", "tv", "television", "radio",
            "broadcasting", "channel", "news");
    }

    private final DocumentContext ctx;
    private final Names names = Names.english();

    OrganisationIndex(DocumentContext ctx) {
        this.ctx = ctx;
    }

    /** The organisation a described speaker ("the campaign", "the newspaper") stands for, if the text names it before. */
    Optional<Mention> describedBy(Mention m) {
        if (!ctx.wordBefore(m.start()).equals("the")) {
            return Optional.empty();
        }
        String head = lastWord(m.text()).toLowerCase(Locale.ROOT);
        Set<String> kind = KINDS.get(head);
        int floor = Math.max(0, m.start() - DESCRIPTION_REACH);
        for (Mention name = lastNameBefore(m.start(), floor); name != null; name = lastNameBefore(name.start(), floor)) {
            String last = lastWord(name.text()).toLowerCase(Locale.ROOT);
            if (last.equals(head) && name.text().indexOf(' ') > 0 || kind != null && kind.contains(last)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The organisation "it", "they" or "we" at {@code m} stands for: the only one named in its sentence (before it) or the one before. */
    Optional<Mention> pronoun(Mention m) {
        if (!PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int sentence = ctx.sentenceAt(m.start());
        int floor = ctx.sentences.get(Math.max(0, sentence - 1)).span().start();
        Mention found = null;
        for (Mention name = lastNameBefore(m.start(), floor); name != null; name = lastNameBefore(name.start(), floor)) {
            if (!isOrganisation(name)) {
                continue;
            }
            if (found != null && !found.text().equals(name.text())) {
                return Optional.empty(); // two organisations: "it" could be either
            }
            found = found == null ? name : found;
        }
        return Optional.ofNullable(found);
    }

    private boolean isOrganisation(Mention name) {
        String last = lastWord(name.text()).toLowerCase(Locale.ROOT);
        return names.isOrganisation(last) && !SpeakerClasses.isTimeWord(last) || newspaperWords().contains(last) && name.text().indexOf(' ') > 0
            || broadcasterWords().contains(last) || last.equals("campaign");
    }

    /**
     * The last run of capitalised words (with "of", "for", "and" inside, and a lower-case
     * "campaign" at its end) ending before {@code before} and starting at or after {@code floor}:
     * "Clinton campaign", "House Ethics Committee", "The Harbour Gazette". Sentence openers alone
     * ("The") are not names.
     */
    private Mention lastNameBefore(int before, int floor) {
        int[] cp = ctx.text.cp();
        int i = before - 1;
        while (i >= floor) {
            // find the end of a word
            while (i >= floor && !Character.isLetter(cp[i])) {
                i--;
            }
            if (i < floor) {
                return null;
            }
            int end = i + 1;
            int start = wordStart(cp, i, floor);
            String word = ctx.text.slice(start, end);
            boolean campaign = word.equals("campaign");
            if (Character.isUpperCase(cp[start]) || campaign) {
                int runStart = start;
                int k = start - 1;
                while (true) {
                    int j = k;
                    while (j >= floor && cp[j] == ' ') {
                        j--;
                    }
                    if (j < floor || !Character.isLetter(cp[j]) && cp[j] != '.' || j == k) {
                        break;
                    }
                    int ws = wordStart(cp, cp[j] == '.' ? j - 1 : j, floor);
                    String prev = ctx.text.slice(ws, j + 1);
                    boolean connector = prev.equals("of") || prev.equals("for") || prev.equals("and");
                    if (!Character.isUpperCase(cp[ws]) && !connector) {
                        break;
                    }
                    runStart = ws;
                    k = ws - 1;
                }
                while (runStart < end && (!Character.isUpperCase(cp[runStart]) || startsWithArticle(cp, runStart, end))) {
                    runStart = nextWordStart(cp, runStart, end); // a run does not start with "of" or "The"
                }
                if (runStart < start || !campaign && !isSentenceOpener(cp, runStart)) {
                    String text = ctx.text.slice(runStart, end);
                    if (!text.equals(word) || !campaign) {
                        return new Mention(text, runStart, end, Mention.Kind.NAME);
                    }
                }
                i = Math.min(runStart, start) - 1;
            } else {
                i = start - 1;
            }
        }
        return null;
    }

    private static boolean startsWithArticle(int[] cp, int at, int end) {
        int e = nextWordStart(cp, at, end);
        if (e >= end) {
            return false;
        }
        String w = new String(cp, at, e - at).strip();
        return w.equals("The") || w.equals("A") || w.equals("An");
    }

    private static int wordStart(int[] cp, int i, int floor) {
        int s = i;
        while (s - 1 >= floor && (Character.isLetterOrDigit(cp[s - 1]) || cp[s - 1] == '-' || cp[s - 1] == '&')) {
            s--;
        }
        return s;
    }

    private static int nextWordStart(int[] cp, int i, int end) {
        int k = i;
        while (k < end && cp[k] != ' ') {
            k++;
        }
        while (k < end && cp[k] == ' ') {
            k++;
        }
        return k;
    }

    /** A single capitalised word at a sentence start is no evidence of a name. */
    private static boolean isSentenceOpener(int[] cp, int at) {
        int j = at - 1;
        while (j >= 0 && (cp[j] == ' ' || QuoteScanner.isQuoteMark(cp[j]))) {
            j--;
        }
        return j < 0 || cp[j] == '.' || cp[j] == '\n' || cp[j] == '!' || cp[j] == '?';
    }

    private static String lastWord(String text) {
        String t = text.strip();
        int space = t.lastIndexOf(' ');
        return Names.bare((space < 0 ? t : t.substring(space + 1)).toLowerCase(Locale.ROOT));
    }
}
