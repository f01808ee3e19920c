package org.textlens.loaded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.apache.commons.csv.CSVRecord;
import org.textlens.cli.Cli;
import org.textlens.cli.Tables;
import org.textlens.lexicon.TsvEntries;
import java.nio.charset.StandardCharsets;

/**
 * Mechanical checks of every built-in loaded-language lexicon, read through the public resource
 * path the command uses: six tab-separated columns, the file's own category, a two-decimal weight
 * in 0..1, a neutral alternative and a reason on every line, flags the command's reader accepts,
 * normalised terms, and no term listed twice in one file or across files. Plus the seed article's examples.
 */
class BuiltinLexiconFilesTest {
    private static final String DIR = "/org/textlens/loaded/builtin/";
    private static final List<String> CATEGORIES = List.of("label", "contested-name", "emotive", "exaggeration", "doubt",
        "stance-verb", "presupposition", "euphemism", "fear");
    private static final Pattern WEIGHT = Pattern.compile("(0(\\.\\d{1,2})?|1(\\.0{1,2})?)");
    private static final Pattern TWO_DECIMALS = Pattern.compile("(0|1)\\.\\d\\d");
    /** The lexicon branch's files, held to the stricter house format (two-decimal weights). */
    private static final Set<String> CURATED_HERE = Set.of("label", "contested-name", "emotive", "euphemism", "fear");

    record Line(String file, long line, List<String> fields) {
        String term() {
            return fields.get(0);
        }

        String where() {
            return file + ":" + line;
        }
    }

    static List<String> categories() {
        return CATEGORIES;
    }

    private static List<Line> lines(String category) {
        List<Line> out = new ArrayList<>();
        for (TsvEntries.Entry e : TsvEntries.readResource(BuiltinLexiconFilesTest.class, DIR + category + ".tsv")) {
            boolean header = e.fields().size() >= 2 && e.field(0).equals("term") && e.field(1).equals("category");
            if (!header) {
                out.add(new Line(category + ".tsv", e.line(), e.fields()));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("categories")
    void everyLineIsWellFormed(String category) {
        List<String> problems = new ArrayList<>();
        for (Line l : lines(category)) {
            List<String> f = l.fields();
            if (f.size() != 6) {
                problems.add(l.where() + ": " + f.size() + " columns, want 6");
                continue;
            }
            String term = l.term();
            if (term.isBlank() || !term.equals(term.strip()) || term.contains("  ")) {
                problems.add(l.where() + ": term '" + term + "' has stray spaces");
            }
            if (!f.get(1).equals(category)) {
                problems.add(l.where() + ": category '" + f.get(1) + "' in " + category + ".tsv");
            }
            Pattern weight = CURATED_HERE.contains(category) ? TWO_DECIMALS : WEIGHT;
            if (!weight.matcher(f.get(2)).matches() || Double.parseDouble(f.get(2)) > 1) {
                problems.add(l.where() + ": weight '" + f.get(2) + "' is not a decimal in 0..1");
            } else if (Double.parseDouble(f.get(2)) == 0) {
                problems.add(l.where() + ": weight 0 makes the entry pointless");
            }
            if (CURATED_HERE.contains(category)) {
                if (f.get(3).isBlank()) {
                    problems.add(l.where() + ": no alternative");
                }
                for (String alt : f.get(3).split("\\|", -1)) {
                    if (alt.isBlank() && !f.get(3).isBlank()) {
                        problems.add(l.where() + ": empty alternative between '|'");
                    }
                }
                if (f.get(4).isBlank()) {
                    problems.add(l.where() + ": no reason");
                }
            }
            if (!l.fields().get(5).contains("case") && !term.equals(term.toLowerCase(Locale.ROOT))) {
                problems.add(l.where() + ": '" + term + "' has capitals but no case flag (it would match any case)");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The command's own reader accepts every line: flags, weights and categories it knows. */
    @ParameterizedTest
    @MethodSource("categories")
    void theCommandsReaderAcceptsEveryLine(String category) throws URISyntaxException {
        URL resource = BuiltinLexiconFilesTest.class.getResource(DIR + category + ".tsv");
        assertNotNull(resource, category + ".tsv is missing");
        List<LexiconEntry> entries = LexiconFile.read(Path.of(resource.toURI()));
        assertEquals(lines(category).size(), entries.size());
        assertTrue(entries.stream().allMatch(e -> e.category().equals(category)));
    }

    @Test
    void noTermIsListedTwiceInOneFileOrAcrossFiles() {
        Map<String, String> firstSeen = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (String category : CATEGORIES) {
            for (Line l : lines(category)) {
                String key = l.term().toLowerCase(Locale.ROOT);
                String before = firstSeen.putIfAbsent(key, l.where());
                if (before != null) {
                    duplicates.add(l.term() + " at " + l.where() + " and " + before);
                }
            }
        }
        assertEquals(List.of(), duplicates);
    }

    @Test
    void theCuratedFilesHoldThousandsOfEntries() {
        int total = 0;
        for (String category : CURATED_HERE) {
            int n = lines(category).size();
            assertTrue(n >= 300, category + ".tsv has only " + n + " entries");
            total += n;
        }
        assertTrue(total >= 2500, "only " + total + " entries in the curated files");
    }

    @Test
    void theSeedArticlesExamplesAreListedWithCategoryAndAlternative() {
        assertEntry("Kiev", "contested-name", "Kyiv", "case");
        assertEntry("Andrey Ermak", "contested-name", "Andriy Yermak", "case");
        assertEntry("Aleksey Reznikov", "contested-name", "Oleksii Reznikov", "case");
        assertEntry("coup", "contested-name", "revolution", "not-before=");
        assertEntry("nationalist", "label", "supporter", "");
        assertEntry("legitimate targets", "fear", "potential targets", "");
        assertEntry("de facto combatants", "fear", "arms suppliers", "");
        assertEntry("consolation", "emotive", "instead of", "");
    }

    @Test
    void theStyleGuideExamplesHaveTheirNeutralCounterparts() {
        assertEntry("regime", "contested-name", "government", "not-after=");
        assertEntry("illegal alien", "contested-name", "undocumented immigrant", "");
        assertEntry("illegals", "label", "undocumented immigrants", "exact");
        assertEntry("death tax", "contested-name", "estate tax", "");
        assertEntry("pro-life", "contested-name", "anti-abortion", "");
        assertEntry("pro-choice", "contested-name", "abortion-rights", "");
        assertEntry("enhanced interrogation", "euphemism", "torture", "");
        assertEntry("collateral damage", "euphemism", "civilian deaths", "");
        assertEntry("Odessa", "contested-name", "Odesa", "case");
        assertEntry("Swaziland", "contested-name", "Eswatini", "case");
    }

    /** The context flags of the built-in entries, end to end: the literal or technical sense is no hit. */
    @Test
    void literalAndTechnicalSensesOfListedTermsAreNoHits() {
        List<String> hits = hitTerms("The sanctions regime was tightened. Police called it a hate crime. "
            + "The terrorist attack killed four. The deal was the coup de grâce for the firm. "
            + "Relief reached the natural disaster zone. A toxic waste spill closed the river. "
            + "He was charged with assault on a police officer. The bid was a hostile takeover. "
            + "Rescuers cut through twisted metal. Inflation and restructuring weighed on the oil rig operator. "
            + "He scored a consolation goal. Apex predators hunt at night. The mob boss was jailed. A rogue wave hit.");
        assertEquals(List.of(), hits);
    }

    @Test
    void theLoadedSensesOfTheSameTermsAreHits() {
        List<String> hits = hitTerms("The regime in Tehran denied it. The terrorists fled. "
            + "It was an assault on democracy. Officials in Kiev called them de facto combatants. "
            + "The despicable decision was a bloodbath for savers, and the rigged election a sham.");
        for (String expected : List.of("regime:contested-name", "terrorists:contested-name", "assault on democracy:emotive", "Kiev:contested-name",
            "de facto combatants:fear", "despicable decision:emotive", "bloodbath:fear", "rigged election:fear")) {
            assertTrue(hits.contains(expected), expected + " not among " + hits);
        }
    }

    /** The guards of the figurative entries: a bomb, a gut feeling, a hijacked plane or the weather is no hit. */
    @Test
    void literalSensesOfFigurativeEntriesAreNoHits() {
        List<String> hits = hitTerms("Police found an explosive device. She had a gut feeling about it. "
            + "The hijacked plane landed in Cyprus. Blistering heat hit Spain. He was pronounced dead on arrival. "
            + "Caustic soda burns skin. The punk rock band played. She ate gammon and eggs. The dog groomer opened a shop. "
            + "Seismic activity rose. Tectonic plates shift. The sewer pipes burst. The mafia boss was jailed. "
            + "Stinging nettles grow there. The feast of the Immaculate Conception fell on Sunday. "
            + "Soldiers were declared missing in action.");
        assertEquals(List.of(), hits);
    }

    @Test
    void figurativeSensesOfTheSameEntriesAreHits() {
        List<String> hits = hitTerms("The explosive report rattled ministers. The cuts would gut the agency. "
            + "The bill is dead on arrival in the Senate. Critics hijacked the debate. The amendment was a poison pill. "
            + "Talks ground to a screeching halt. It marks a seismic shift in policy. He is a gammon. "
            + "The senator was missing in action on the vote. They rammed it down our throats. "
            + "It was a blistering attack on the minister.");
        assertEquals(List.of("explosive report:emotive", "gut:emotive", "dead on arrival:emotive", "hijacked:emotive",
            "poison pill:emotive", "ground to a screeching halt:emotive", "seismic shift:emotive", "gammon:label",
            "missing in action:emotive", "down our throats:emotive", "blistering attack:emotive"), hits);
    }

    /** Plural and inflected forms of the new phrases and labels are found through their lemmas. */
    @Test
    void inflectedFormsOfLabelsAndPhrasesAreHits() {
        List<String> hits = hitTerms("The vatniks cheered and the banksters paid. "
            + "The party shot itself in the foot, and the scheme went down in flames.");
        assertEquals(List.of("vatniks:label", "banksters:label", "shot itself in the foot:emotive",
            "went down in flames:emotive"), hits);
    }

    /** The hits of {@code text} in the five curated categories, as {@code term:category}. */
    private static List<String> hitTerms(String text) {
        Cli.Result r = Cli.runWithInput(text.getBytes(StandardCharsets.UTF_8), "loaded", "--categories",
            String.join(",", CURATED_HERE));
        assertEquals(0, r.exit(), r.toString());
        List<String> out = new ArrayList<>();
        for (CSVRecord row : Tables.csv(r.out())) {
            out.add(row.get("term") + ":" + row.get("category"));
        }
        return out;
    }

    @Test
    void strongerWordsWeighMoreThanMilderOnes() {
        assertTrue(weight("butcher") > weight("regime"));
        assertTrue(weight("despicable") > weight("brutal"));
        assertTrue(weight("vermin") > weight("extremist"));
        assertTrue(weight("skyrocket") > weight("soar"));
    }

    @Test
    void theTwoSidesOfADebateAreWeighedAlike() {
        assertEquals(weight("far-left"), weight("far-right"));
        assertEquals(weight("hard left"), weight("hard right"));
        assertEquals(weight("pro-life"), weight("pro-choice"));
        assertEquals(weight("libtard"), weight("rethuglican"));
    }

    private static double weight(String term) {
        return Double.parseDouble(find(term).fields().get(2));
    }

    private static Line find(String term) {
        for (String category : CATEGORIES) {
            for (Line l : lines(category)) {
                if (l.term().equals(term)) {
                    return l;
                }
            }
        }
        return fail("'" + term + "' is in no built-in lexicon");
    }

    private static void assertEntry(String term, String category, String alternativePart, String flagPart) {
        Line l = find(term);
        assertNotNull(l);
        assertEquals(category, l.fields().get(1), term);
        assertTrue(l.fields().get(3).contains(alternativePart), term + ": alternative " + l.fields().get(3));
        assertTrue(l.fields().get(5).contains(flagPart), term + ": flags " + l.fields().get(5));
        assertFalse(l.fields().get(4).isBlank(), term + ": reason");
    }
}
