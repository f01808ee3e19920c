package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, second round: the shapes of attribution that PolNeAR's train split showed missing —
 * quotations interrupted by their attribution, speakers with appositions or brackets, verbs outside
 * the lexicon right after a quotation. Sentences written for these tests.
 */
class QuotesAttributionShapesTest {
    /** speaker|verb|kind|text of every row. */
    private static List<String> brief(String text, String... extra) {
        return QuotesCommandTest.quotes(text, extra).stream()
            .map(r -> r.get("speaker") + "|" + r.get("verb") + "|" + r.get("kind") + "|" + r.get("text"))
            .toList();
    }

    // ---- quotations interrupted by their attribution

    @Test
    void aQuotationInterruptedByItsAttributionIsOneStatement() {
        assertEquals(List.of("Lena Brandt|say|direct|We will win,\" Lena Brandt said. \"And we will rebuild the pier."),
            brief("\"We will win,\" Lena Brandt said. \"And we will rebuild the pier.\"\n"));
        assertEquals(List.of("Lena Brandt|say|direct|We will win,\" Lena Brandt said, \"and we will rebuild the pier."),
            brief("\"We will win,\" Lena Brandt said, \"and we will rebuild the pier.\"\n"));
    }

    @Test
    void theWordsOfAJoinedStatementAreThoseOfItsParts() {
        List<String> summary = Tables.csv(Cli.runWithInput(
            "\"We will win,\" Lena Brandt said. \"And we will rebuild the pier.\"\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "quotes", "--summary", "-").out()).stream()
            .map(r -> r.get("speaker") + "|" + r.get("statements") + "|" + r.get("words")).toList();
        assertEquals(List.of("Lena Brandt|1|9"), summary);
    }

    @Test
    void aClauseOfItsOwnBetweenTwoQuotationsKeepsThemApart() {
        assertEquals(List.of("Lena Brandt|say|direct|Too slow",
                "Lena Brandt|note|indirect|the ferry had been late twice",
                "Lena Brandt||direct|We need better boats."),
            brief("\"Too slow,\" Lena Brandt said, noting that the ferry had been late twice. \"We need better boats.\"\n"));
        assertEquals(List.of("Lena Brandt|say|direct|It is late", "Lena Brandt|go|direct|It is a scandal."),
            brief("\"It is late,\" Lena Brandt said on Monday. On Tuesday, Brandt went further: \"It is a scandal.\"\n"),
            "a quotation introduced by a colon starts a statement of its own, attributed by the clause before the colon");
        assertEquals(List.of("Lena Brandt|say|direct|Come early", "Lena Brandt|say|direct|Bring a coat."),
            brief("\"Come early,\" Lena Brandt said, and her neighbour laughed. \"Bring a coat.\"\n"));
    }

    // ---- speakers after a quotation

    @Test
    void aSpeakerAfterAQuotationMayCarryAnAppositionOrABracket() {
        assertEquals(List.of("Priya Raman|say|direct|We have waited long enough for this ferry"),
            brief("\"We have waited long enough for this ferry,\" Priya Raman, who runs a bakery near the old pier, said on a call.\n"));
        assertEquals(List.of("Petra Lund|say|direct|I don't think the plan is complete"),
            brief("\"I don't think the plan is complete,\" Petra Lund, 67, a retired nurse in Eastport, said in an interview.\n"));
        assertEquals(List.of("Lena Marsh|say|direct|It is a good start"),
            brief("\"It is a good start,\" Sen. Lena Marsh (D-Ore.) said on Saturday.\n"));
    }

    @Test
    void anyPastTenseVerbThatClosesTheAttributionAttributes() {
        assertEquals(List.of("Lena Marsh|say|direct|It is a good start", "Lena Marsh|continue|direct|But the money is not there"),
            brief("\"It is a good start,\" Lena Marsh said.\n\n\"But the money is not there,\" Marsh continued.\n"));
        assertEquals(List.of("Okafor|ask|direct|Who will pay for the boats?"),
            brief("The council met on Tuesday. \"Who will pay for the boats?\" Okafor asked of the plan.\n"));
    }

    // ---- speakers before the verb

    @Test
    void theNameBeforeAnAppositionSpeaks() {
        assertEquals(List.of("Dan Kovac|say|indirect|the line would open in May"),
            brief("Dan Kovac, senior director for transport at the regional office, said the line would open in May.\n"));
        assertEquals(List.of("Ruth Calloway|say|indirect|the fares were too high"),
            brief("Ruth Calloway, 67, a retired nurse who voted for the plan, said the fares were too high.\n"));
        assertEquals(List.of("Gregory T. Angelo|say|direct|The ferry would be the best thing for us."),
            brief("Gregory T. Angelo, president of the Harbour Residents Association, said, \"The ferry would be the best thing for us.\"\n"));
        assertEquals(List.of("Tom Brandt|say|direct|The state will help with the pier."),
            brief("Gov. Tom Brandt (R-Wash.), said, \"The state will help with the pier.\"\n"));
    }

    @Test
    void aQuotationWithoutASpeakerHandsNoneOn() {
        assertEquals(List.of("Carson|tell|direct|Everything is on the table", "|hint|direct|staff changes",
                "Carson|tell|direct|Every single thing is on the table."),
            brief("\"Everything is on the table,\" Carson told reporters after hinting that \"staff changes\" could come. "
                + "\"Every single thing is on the table.\"\n"));
    }

    @Test
    void aLexiconVerbInThePresentAfterAQuotationAttributesIt() {
        assertEquals(List.of("Tom Brandt|add|direct|We are ready for winter"),
            brief("\"We are ready for winter,\" Tom Brandt adds.\n"));
    }

    @Test
    void aQuotationAfterAColonIsTheWordsOfTheSubjectOrTheNameBeforeIt() {
        assertEquals(List.of("Ruth Calloway|gloat|direct|I told you so.", "Ruth Calloway||direct|The pier is safe."),
            brief("After the vote, Ruth Calloway gloated: \"I told you so.\"\n\nMore from Calloway: \"The pier is safe.\"\n"));
    }

    // ---- impressions

    @Test
    void seemAndAppearReportTheWritersImpressionWithoutASpeaker() {
        List<String> rows = QuotesCommandTest.quotes("The talks seem to have stalled again.\n\nThe mayor appeared on television on Monday.\n\n"
                + "It appears that the ferry will be late.\n").stream()
            .map(r -> r.get("speaker") + "|" + r.get("speaker_status") + "|" + r.get("verb") + "|" + r.get("kind") + "|" + r.get("text"))
            .toList();
        assertEquals(List.of("|unresolved|seem|belief|The talks seem to have stalled again",
            "|unresolved|appear|belief|It appears that the ferry will be late"), rows, "'appeared on television' is no impression");
    }
}
