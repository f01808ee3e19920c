package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Issue 20: each kind of attribution, each speaker rule, and speakers that cannot be named; sentences written for these tests. */
class QuotesKindsAndSpeakersTest {
    private static List<CSVRecord> quotes(String text, String... extra) {
        return QuotesCommandTest.quotes(text, extra);
    }

    /** speaker|speaker_status|verb|kind|text of every row. */
    private static List<String> brief(String text, String... extra) {
        return quotes(text, extra).stream()
            .map(r -> r.get("speaker") + "|" + r.get("speaker_status") + "|" + r.get("verb") + "|" + r.get("kind") + "|" + r.get("text"))
            .toList();
    }

    // ---- kinds

    @Test
    void directAndIndirectSpeech() {
        assertEquals(List.of("Lena Brandt|resolved|say|direct|The ferry will run all winter",
                "Lena Brandt|resolved|add|indirect|fares would stay the same"),
            brief("\"The ferry will run all winter,\" Lena Brandt said. Brandt added that fares would stay the same.\n"));
    }

    @Test
    void accordingToIsItsOwnKind() {
        assertEquals(List.of("Port Authority|resolved|according to|according_to|the new pier will open in June"),
            brief("According to the Port Authority, the new pier will open in June.\n"));
    }

    @Test
    void documentsAndMeasurementsAreWrittenSources() {
        assertEquals(List.of("audit|described|find|written|the tram company had overspent by a third"),
            brief("The audit found that the tram company had overspent by a third.\n"));
        assertEquals(List.of("New polls|described|show|written|the mayor trailing her rival by six points"),
            brief("New polls show the mayor trailing her rival by six points.\n"));
        assertEquals(List.of("internal memo|described|say|written|the depot would close in March"),
            brief("An internal memo said the depot would close in March.\n"));
        assertEquals(List.of("engineers' report|described|according to|written|the bridge needs new cables"),
            brief("According to the engineers' report, the bridge needs new cables.\n"), "a document after 'according to' is written");
    }

    @Test
    void beliefsAndIntentions() {
        assertEquals(List.of("Omar Haddad|resolved|believe|belief|the strike will end before the holidays"),
            brief("Omar Haddad believes the strike will end before the holidays.\n"));
        assertEquals(List.of("Greta Holm|resolved|plan|intention|to stand for the council again next year"),
            brief("Greta Holm plans to stand for the council again next year.\n"));
        assertEquals(List.of("Greta Holm|resolved|want|intention|a recount in the northern district"),
            brief("Greta Holm wants a recount in the northern district.\n"));
    }

    @Test
    void refusalsKeepWhatWasRefused() {
        assertEquals(List.of("Vellmar Shipping|resolved|decline|refusal|to comment on the lawsuit"),
            brief("Vellmar Shipping declined to comment on the lawsuit.\n"));
        assertEquals(List.of("Anton Sauer|resolved|refuse|refusal|to say who had paid for the trip"),
            brief("Anton Sauer refused to say who had paid for the trip.\n"));
    }

    @Test
    void endorsementsNeedOnlyWhomTheyBack() {
        assertEquals(List.of("Dock Workers Union|resolved|endorse|endorsement|Ortiz"),
            brief("The Dock Workers Union endorsed Ortiz on Friday.\n").stream().map(s -> s.replace(" on Friday", "")).toList());
        assertEquals(List.of("Ines Moreau|resolved|back|endorsement|the harbour tax"),
            brief("Ines Moreau backs the harbour tax.\n"));
    }

    @Test
    void kindsChoosesWhatIsReported() {
        String text = "\"We are ready,\" Lena Brandt said. Omar Haddad believes the strike will end soon. "
            + "Vellmar Shipping declined to comment on the strike.\n";
        assertEquals(3, quotes(text).size());
        assertEquals(List.of("direct"), quotes(text, "--kinds", "direct").stream().map(r -> r.get("kind")).toList());
        assertEquals(List.of("belief", "refusal"),
            quotes(text, "--kinds", "belief,refusal").stream().map(r -> r.get("kind")).toList());
        Cli.Result bad = Cli.runWithInput(text.getBytes(StandardCharsets.UTF_8), "quotes", "--kinds", "gossip");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("unknown kind 'gossip'"), bad.err());
    }

    // ---- speakers

    @Test
    void titlesAndHonorificsResolveToThePerson() {
        String text = "Senator Ruth Calloway opened the hearing on Monday.\n\n"
            + "\"We will not be rushed,\" Sen. Calloway said.\n\n"
            + "Dr. Felix Amundsen runs the clinic. \"The wards are full,\" Dr. Amundsen said.\n\n"
            + "Mr. Amundsen said the clinic needed two more nurses.\n";
        assertEquals(List.of("Ruth Calloway|resolved|say|direct|We will not be rushed",
                "Felix Amundsen|resolved|say|direct|The wards are full",
                "Felix Amundsen|resolved|say|indirect|the clinic needed two more nurses"),
            brief(text));
    }

    @Test
    void doubledApostropheQuotesTakeTheirTitledSpeaker() {
        assertEquals(List.of("Nadia Petrov|resolved|say|direct|The station stays open"),
            brief("Nadia Petrov chairs the board.\n\n''The station stays open,'' Ms. Petrov said.\n"));
    }

    @Test
    void appositionsAndDescriptionsBeforeANameGiveTheName() {
        assertEquals(List.of("Maya Lindqvist|resolved|say|indirect|the campaign would spend more in the north"),
            brief("Greene campaign staffer Maya Lindqvist said the campaign would spend more in the north.\n"));
        assertEquals(List.of("Jonas Ferreira|resolved|say|indirect|the plan had been costed"),
            brief("Jonas Ferreira, a senior policy adviser with the Greene campaign, said the plan had been costed.\n"));
        assertEquals(List.of("Elif Kaya|resolved|say|indirect|the vote would be close"),
            brief("The party's longtime treasurer, Elif Kaya, said the vote would be close.\n"));
    }

    @Test
    void descriptionsOfOrganisationsResolveToTheOrganisationNamedBefore() {
        String text = "The Harbour Gazette has covered the port for a century.\n\n"
            + "The influential daily said the port had lost money for three years.\n\n"
            + "The Greene campaign held a rally on Sunday. The campaign said turnout had doubled.\n";
        assertEquals(List.of("Harbour Gazette|resolved|say|indirect|the port had lost money for three years",
                "Greene campaign|resolved|say|indirect|turnout had doubled"),
            brief(text));
    }

    @Test
    void itTheyAndWeResolveToTheOnlyOrganisationInSight() {
        assertEquals(List.of("Port Authority|resolved|say|indirect|the pier would open in June",
                "Port Authority|resolved|say|indirect|the budget had been approved"),
            brief("The Port Authority said the pier would open in June. It also said the budget had been approved.\n"));
        assertEquals(List.of("They|pronoun|say|indirect|the budget had been approved"),
            brief("The Port Authority met the Rail Commission on Monday. They said the budget had been approved.\n"),
            "two organisations: 'they' could be either, so it stays as written");
    }

    @Test
    void unnamedSpeakersSaySo() {
        assertEquals(List.of("|anonymous|say|indirect|the talks had stalled"),
            brief("A senior official said the talks had stalled.\n"));
        assertEquals(List.of("|anonymous|say|indirect|the deal was close"),
            brief("Two people familiar with the negotiations said the deal was close.\n"));
        assertEquals(List.of("|unresolved||direct|Nobody here wants the ferry to stop running in winter."),
            brief("\"Nobody here wants the ferry to stop running in winter.\"\n"));
        assertEquals(List.of("harbour authority|described|say|indirect|the ferry would run"),
            brief("The harbour authority said the ferry would run.\n"));
        List<CSVRecord> rows = quotes("A senior official said the talks had stalled.\n");
        assertEquals("", rows.get(0).get("speaker_start"), "no speaker, no offsets");
    }
}
