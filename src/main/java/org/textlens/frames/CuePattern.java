package org.textlens.frames;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.textlens.lexicon.StopWords;
import org.textlens.nlp.Lemmatizer;
import org.textlens.nlp.TokenKind;

/**
 * Cues that a word list cannot express: shapes of a sentence, written {@code @name} in a scheme.
 * Each counts its occurrences in one sentence. Capitalisation stands in for names, since frames
 * run without the part-of-speech tagger (it would cost more than the rest of the analysis).
 */
enum CuePattern {
    /** An amount of money: {@code $100 billion}, {@code €5m}, {@code 20 million dollars}. */
    MONEY("money") {
        @Override
        int count(SentenceView s) {
            int n = 0;
            for (int i = 0; i < s.size(); i++) {
                if (isCurrencySign(s.text(i)) && (startsWithDigit(s, i + 1) || startsWithDigit(s, i - 1))) {
                    n++;
                } else if (s.kind(i) == TokenKind.NUMBER && i + 1 < s.size() && CURRENCIES.contains(s.lemma(i + 1))) {
                    n++;
                } else if (s.kind(i) == TokenKind.NUMBER && i + 2 < s.size() && SCALES.contains(s.lemma(i + 1))
                    && CURRENCIES.contains(s.lemma(i + 2))) {
                    n++;
                }
            }
            return n;
        }
    },
    /** A percentage: {@code 45 percent}, {@code 3.5%}, {@code 2 per cent}. */
    PERCENT("percent") {
        @Override
        int count(SentenceView s) {
            int n = 0;
            for (int i = 0; i + 1 < s.size(); i++) {
                if (s.kind(i) == TokenKind.NUMBER) {
                    String next = s.lemma(i + 1);
                    if (next.equals("%") || next.equals("percent") || next.equals("per") && i + 2 < s.size() && s.lemma(i + 2).equals("cent")) {
                        n++;
                    }
                }
            }
            return n;
        }
    },
    /** A person's age: {@code 34-year-old}, {@code aged 34}, {@code Maria Lopez, 34,}. */
    AGE("age") {
        @Override
        int count(SentenceView s) {
            int n = 0;
            for (int i = 0; i < s.size(); i++) {
                String lemma = s.lemma(i);
                if (isAgeCompound(lemma)) {
                    n++;
                } else if (s.text(i).equalsIgnoreCase("aged") && isAge(s, i + 1)) {
                    n++;
                } else if (i >= 1 && s.text(i).equals(",") && isAge(s, i + 1) && i + 2 < s.size() && s.text(i + 2).equals(",")
                    && s.named(i - 1)) {
                    n++;
                }
            }
            return n;
        }
    },
    /**
     * A named ordinary person: an everyday role right before or after a name ({@code farmer John
     * Hale}, {@code Maria Lopez, a nurse}, {@code mother-of-two Ann Bell}); officials have titles
     * instead, so they do not match.
     */
    ORDINARY_PERSON("ordinary_person") {
        @Override
        int count(SentenceView s) {
            int n = 0;
            for (int i = 0; i < s.size(); i++) {
                if (ORDINARY_ROLES.contains(s.lemma(i)) && !s.capitalised(i) && i + 2 < s.size() && s.capitalised(i + 1)
                    && s.capitalised(i + 2)) {
                    n++;
                } else if (i + 3 < s.size() && s.text(i + 1).equals(",") && (s.lemma(i + 2).equals("a") || s.lemma(i + 2).equals("an"))
                    && s.named(i) && rolesWithin(s, i + 3, 3)) {
                    n++;
                }
            }
            return n;
        }
    },
    /**
     * Reproach between two sides: a verb of blame or attack (accused, slammed, denounced) in a
     * sentence that names at least two different sides (capitalised names, or collective actors
     * such as critics, protesters, the opposition).
     */
    REPROACH("reproach") {
        @Override
        int count(SentenceView s) {
            boolean verb = false;
            for (int i = 0; i < s.size() && !verb; i++) {
                verb = REPROACH_VERBS.contains(s.lemma(i));
            }
            return verb && sides(s) >= 2 ? 1 : 0;
        }
    };

    private static final Set<String> CURRENCIES = lemmas("dollar", "euro", "pound", "yen", "yuan", "rupee", "ruble", "rouble",
        "peso", "franc", "real", "won", "shekel", "lira", "naira", "rand", "dinar", "dirham", "riyal", "hryvnia", "krona", "krone",
        "usd", "eur", "gbp", "bitcoin");
    private static final Set<String> SCALES = lemmas("thousand", "million", "billion", "trillion", "bn", "m", "mln", "tn");
    private static final Set<String> REPROACH_VERBS = lemmas("accuse", "blame", "criticize", "criticise", "condemn", "denounce",
        "slam", "lambast", "attack", "rebuke", "fault", "decry", "assail", "blast", "berate", "castigate", "chastise", "vilify",
        "mock", "ridicule", "smear", "deride", "dismiss", "reject", "dispute", "deny", "contest", "oppose", "challenge", "sue",
        "threaten", "warn", "retaliate", "rebuff", "clash", "spar", "feud", "quarrel", "retort", "counter", "slap", "hit",
        "scold", "condemnation", "accusation");
    private static final Set<String> ORDINARY_ROLES = lemmas("farmer", "fisherman", "fisher", "nurse", "teacher", "student",
        "pupil", "schoolgirl", "schoolboy", "mother", "father", "mum", "mom", "dad", "grandmother", "grandfather", "widow",
        "resident", "homeowner", "tenant", "shopkeeper", "worker", "driver", "miner", "rancher", "villager", "retiree",
        "pensioner", "parent", "survivor", "refugee", "migrant", "volunteer", "teenager", "teen", "girl", "boy", "woman", "man",
        "mother-of-two", "mother-of-three", "father-of-two", "father-of-three", "neighbor", "neighbour", "owner", "baker",
        "waitress", "waiter", "cleaner", "carer", "caregiver", "patient", "victim", "local", "grandma", "grandpa");
    private static final Set<String> COLLECTIVE_SIDES = lemmas("critic", "opponent", "rival", "opposition", "protester",
        "demonstrator", "rebel", "insurgent", "militant", "government", "administration", "regime", "union", "employer",
        "lawmaker", "activist", "police", "troop", "army", "military", "prosecutor", "defense", "defence", "landlord", "tenant",
        "resident", "developer", "management", "worker", "striker", "party", "camp", "faction", "supporter", "detractor");

    private final String name;

    CuePattern(String name) {
        this.name = name;
    }

    /** How often the pattern occurs in the sentence. */
    abstract int count(SentenceView s);

    /** Its name in a scheme file, without the {@code @}. */
    String patternName() {
        return name;
    }

    static Optional<CuePattern> named(String name) {
        return Arrays.stream(values()).filter(p -> p.name.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(p -> "@" + p.name).collect(Collectors.joining(", "));
    }

    /**
     * Distinct sides a sentence names: runs of capitalised words (the first word of the sentence
     * too, unless it is a function word such as "The" or "However"), and collective actors.
     */
    static int sides(SentenceView s) {
        Set<String> sides = new java.util.HashSet<>();
        int i = 0;
        while (i < s.size()) {
            if (s.named(i) || i == 0 && s.capitalised(0) && !FunctionWords.WORDS.contains(s.text(0).toLowerCase(Locale.ROOT))) {
                int start = i;
                while (i < s.size() && s.capitalised(i)) {
                    i++;
                }
                sides.add(String.join(" ", s.lemmas().subList(start, i)));
            } else {
                if (COLLECTIVE_SIDES.contains(s.lemma(i))) {
                    sides.add(s.lemma(i));
                }
                i++;
            }
        }
        return sides.size();
    }

    /** The function words of the stop-word list, read once. */
    private static final class FunctionWords {
        static final StopWords WORDS = StopWords.english();
    }

    /** {@code 34-year-old}: the lemmatiser keeps the compound's first part, so the digits stay. */
    private static boolean isAgeCompound(String lemma) {
        if (lemma.isEmpty() || !Character.isDigit(lemma.charAt(0))) {
            return false;
        }
        int dash = lemma.indexOf("-year-old");
        if (dash < 1 || dash > 3) {
            return false;
        }
        for (int k = 0; k < dash; k++) {
            if (!Character.isDigit(lemma.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean rolesWithin(SentenceView s, int from, int width) {
        for (int k = from; k < Math.min(s.size(), from + width); k++) {
            if (ORDINARY_ROLES.contains(s.lemma(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCurrencySign(String t) {
        return t.length() == 1 && Character.getType(t.charAt(0)) == Character.CURRENCY_SYMBOL || t.equals("US$");
    }

    private static boolean startsWithDigit(SentenceView s, int i) {
        return i >= 0 && i < s.size() && Character.isDigit(s.text(i).charAt(0));
    }

    private static boolean isAge(SentenceView s, int i) {
        if (i >= s.size() || s.kind(i) != TokenKind.NUMBER || s.text(i).length() > 3) {
            return false;
        }
        for (int k = 0; k < s.text(i).length(); k++) {
            if (!Character.isDigit(s.text(i).charAt(k))) {
                return false;
            }
        }
        int age = Integer.parseInt(s.text(i));
        return age >= 1 && age <= 115;
    }

    private static Set<String> lemmas(String... words) {
        Lemmatizer l = Lemmatizer.english();
        return Set.copyOf(Arrays.stream(words).map(l::lemma).toList());
    }
}
