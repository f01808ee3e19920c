package org.textlens.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each scoring rule, shown by a sentence. */
class SentenceScorerTest {
    private static final SentenceScorer SCORER = new SentenceScorer(SentimentLexicon.load(true, List.of()));

    private static double score(String sentence) {
        return SCORER.score(sentence).compound();
    }

    private static List<String> evidence(String sentence) {
        return SCORER.score(sentence).evidence();
    }

    @Test
    void lexiconWordsGiveTheSign() {
        assertTrue(score("The food was good.") > 0.4);
        assertTrue(score("The food was terrible.") < -0.4);
        assertEquals(0, score("The report was published on Tuesday."));
    }

    @Test
    void compoundIsTheNormalisedSum() {
        // "good" is 1.9 in VADER's lexicon: 1.9 / sqrt(1.9^2 + 15)
        assertEquals(1.9 / Math.sqrt(1.9 * 1.9 + 15), score("It is good"), 1e-9);
    }

    @Test
    void boostersAndDampenersChangeIntensity() {
        assertTrue(score("It is very good") > score("It is good"));
        assertTrue(score("It is slightly good") < score("It is good"));
        assertTrue(evidence("It is very good").contains("very:booster"));
    }

    @Test
    void boosterWithNothingToBoostKeepsItsOwnValence() {
        assertTrue(score("Damn you.") < 0);
    }

    @Test
    void capitalsEmphasiseInAMixedCaseSentence() {
        assertTrue(score("The movie was GOOD") > score("The movie was good"));
        assertEquals(score("THE MOVIE WAS GOOD"), score("the movie was good"), 1e-9, "all caps is no emphasis");
    }

    @Test
    void negationFlipsAPositiveWord() {
        assertTrue(score("The food was not good.") < 0);
        assertEquals(List.of("not good:-1.41"), evidence("The food was not good."));
        assertTrue(score("I never liked it.") < 0);
        assertTrue(score("It isn\u2019t good.") < 0, "curly apostrophe");
    }

    @Test
    void negationScopeEndsAtTheClauseNotAtThreeWords() {
        assertTrue(score("I don't think this is a good idea.") < 0, "five words away, same clause");
        assertTrue(score("It is not over, and the result is good.") > 0, "a comma ends the scope");
        assertTrue(score("It was not cheap but the result is good.") > 0, "a clause opener ends it");
    }

    @Test
    void negationDoesNotReachIntoAPrepositionalPhrase() {
        assertTrue(score("They are not direct participants in the conflict.") < 0);
    }

    @Test
    void negatedNegativesAreMildlyPositive() {
        double notBad = score("The service was not terrible.");
        assertTrue(notBad > 0 && notBad < score("The service was good."), "not terrible is positive, but less than good");
        assertTrue(score("This is not the worst.") > 0);
        assertTrue(score("There were no problems.") > 0, "'no' negates, and loses its own negative valence");
        assertTrue(score("No.") < 0, "'no' alone keeps it");
    }

    @Test
    void neverSoEmphasises() {
        assertTrue(score("I have never been so happy") > score("I have been happy"));
        assertTrue(score("Haven't been this sore in a while") < 0);
    }

    @Test
    void butShiftsWeightToTheSecondClause() {
        assertTrue(score("The food was great but the service was bad") < 0);
        assertTrue(score("The food was bad but the service was great") > 0);
        assertTrue(evidence("Good but bad").contains("but:contrast"));
    }

    @Test
    void exclamationAndQuestionMarksAmplify() {
        assertTrue(score("It is good!!!") > score("It is good"));
        assertTrue(score("Is it good??") > score("Is it good"));
        assertTrue(score("It is bad!!") < score("It is bad"));
    }

    @Test
    void multiWordEntriesMatchAsOneUnit() {
        assertTrue(score("What a waste of time.") < -0.4);
        assertEquals(List.of("waste of time:-2.20"), evidence("What a waste of time."));
        assertTrue(score("I can't stand it") < 0, "a multi-word entry of VADER's lexicon");
    }

    @Test
    void likeAsAPrepositionIsNotPositive() {
        assertEquals(0, score("It looks like rain."));
        assertTrue(score("I like the plan.") > 0);
    }

    @Test
    void fineAsAPenaltyIsNegative() {
        assertTrue(score("The company paid a fine of two million dollars.") < 0);
        assertTrue(score("The weather is fine.") > 0);
    }

    @Test
    void nameWordsInsideCapitalisedNamesCarryNoSentiment() {
        assertEquals(score("The Nations met on Monday."), score("The United Nations met on Monday."), 1e-9);
        assertTrue(score("The country is united.") > 0);
    }

    @Test
    void aTitleCaseHeadlineIsNotARunOfNames() {
        assertTrue(score("Free Storage For Mobile Users") > 0, "every word capitalised: a headline, free is free");
        assertEquals(0, score("She sailed on the Free State ferry."), 1e-9);
    }

    @Test
    void leastNegatesUnlessItIsAtLeast() {
        assertTrue(score("It was the least interesting talk.") < 0);
        assertTrue(score("At least it was interesting.") > 0);
    }

    @Test
    void emoticonsAndElongatedWordsCount() {
        assertTrue(score("see you tomorrow :)") > 0);
        assertTrue(score("see you tomorrow :(") < 0);
        assertTrue(score("Nope :-)") > 0, "an emoticon is not negated");
        assertEquals(score("so good"), score("so goooood"), 1e-9);
        assertTrue(score("the 2014 &gt;:[") < 0, "HTML escapes are read");
    }

    @Test
    void newsVocabularyIsScored() {
        assertTrue(score("The airstrikes caused heavy civilian casualties.") < -0.5);
        assertTrue(score("Both sides agreed to a ceasefire.") > 0);
    }

    @Test
    void sharesSumToOneAndEmptyIsNeutral() {
        SentenceScore s = SCORER.score("The food was great but the service was slow and rude.");
        assertEquals(1.0, s.pos() + s.neu() + s.neg(), 1e-9);
        SentenceScore empty = SCORER.score("   ");
        assertEquals(0, empty.compound());
        assertEquals(0, empty.pos() + empty.neu() + empty.neg());
    }

    @Test
    void counterfactualsWorkLikeNegations() {
        assertTrue(score("It should have been a great film.") < 0);
        assertTrue(score("It could have been worse.") > 0);
    }

    @Test
    void appraisalWordsVaderLacksAreScored() {
        assertTrue(score("A tedious, overlong debate.") < -0.4);
        assertTrue(score("A riveting, poignant documentary.") > 0.4);
    }

    @Test
    void informalSpellingsOfRatedWords() {
        assertEquals(score("loving it"), score("lovin it"), 1e-9);
        assertTrue(score("It was pretty.") > 0, "pretty with nothing to boost is pretty");
        assertTrue(score("It was pretty bad.") < score("It was bad."), "pretty as an adverb boosts");
    }

    @Test
    void socialMediaPostsAreReadTheWayVaderReadsThem() {
        assertTrue(score("I don't think this is a good idea") < 0);
        assertTrue(score("@sam I don't think this is a good idea") > 0, "in a post, negation reaches three words only");
        assertEquals(0, score("It looks like rain."));
        assertTrue(score("@sam it looks like rain") > 0, "no POS senses in posts");
        assertTrue(score("@sam it should have been good") > 0, "no counterfactuals in posts");
        assertTrue(score("Lunch at United Supermarket http://x.y") > 0, "no name rule in posts");
    }

    @Test
    void upperCaseSpellingsThatVaderRatesApart() {
        assertTrue(score("D:") < 0, "D: is dismay");
        assertTrue(score("LOL") > score("lol"), "VADER rates LOL 2.9 and lol 1.8");
    }

    @Test
    void wellOpeningASentenceIsADiscourseMarker() {
        assertEquals(score("we will see"), score("Well, we will see"), 1e-9);
        assertTrue(score("The talks went well") > 0);
    }
}
