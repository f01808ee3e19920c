package org.textlens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LemmatizerTest {
    private static final Lemmatizer LEMMATIZER = Lemmatizer.english();

    /*
     * "form>lemma" pairs, or a bare form that must stay unchanged. Kept as text rather than
     * @CsvSource because CSV quoting would mangle the apostrophes in "ukraine's".
     */
    private static final String CASES = """
            guarantees>guarantee talks>talk was>be were>be is>be are>be been>be being>be
            has>have had>have did>do does>do said>say went>go children>child men>man
            women>woman countries>country stopped>stop hoped>hope created>create talked>talk
            visited>visit making>make running>run studies>study analyses>analysis crises>crisis
            better>good worse>bad best>good worst>bad news analysis bus gas this his us
            ukraine's>ukraine us-backed long-term peace-talks>peace-talk
            need seed bed red feed speed hundred sing king ring thing nothing morning evening
            during spring string bring wing ceiling series species thus always perhaps various
            famous 2024 1990s covid-19 mid-1990s g7 an of u.s.
            officials>official attacks>attack forces>force troops>troop voters>voter
            taxes>tax churches>church crashes>crash heroes>hero vetoes>veto wives>wife lives>life
            moves>move policies>policy allies>ally cities>city ties>tie dies>die days>day
            keys>key photos>photo ideas>idea shoes>shoe toes>toe sizes>size waltzes>waltz
            quizzes>quiz leaves>leave knives>knife movies>movie aches>ache bathes>bathe
            catastrophes>catastrophe classes>class businesses>business buses>bus houses>house
            cases>case responses>response courses>course viruses>virus bonuses>bonus boxes>box
            earnings>earning buildings>building meetings>meeting israelis>israeli
            crisis basis status campus politics headquarters hamas texas its yes themselves nhs
            mps>mp ngos>ngo ceos>ceo ieds>ied ied
            feet>foot teeth>tooth criteria>criterion phenomena>phenomenon people media data
            gunmen>gunman spokesmen>spokesman congresswomen>congresswoman
            schoolchildren>schoolchild yemen specimen
            agreed>agree freed>free guaranteed>guarantee denied>deny died>die tried>try
            announced>announce raised>raise increased>increase caused>cause used>use based>base
            focused>focus organized>organize organised>organise criticised>criticise
            continued>continue argued>argue issued>issue sued>sue queued>queue eyed>eye aged>age
            iced>ice charged>charge changed>change arranged>arrange ranging>range
            challenged>challenge hanged>hang hanging>hang belonging>belong bringing>bring
            singing>sing lunged>lunge emerged>emerge judged>judge logged>log rigged>rig
            described>describe decided>decide included>include invaded>invade exploded>explode
            provoked>provoke liked>like smoked>smoke probed>probe strafed>strafe guided>guide
            riding>ride hiding>hide bidding>bid embedded>embed funded>fund
            scheduled>schedule troubled>trouble handled>handle settled>settle sampled>sample
            cycled>cycle styled>style consoled>console compiled>compile scaled>scale
            controlled>control patrolled>patrol travelled>travel cancelled>cancel
            compelling>compel labeled>label fueled>fuel signaled>signal signalled>signal
            installed>install recalled>recall called>call yelled>yell fulfilled>fulfill
            retelling>retell curled>curl howled>howl detailed>detail failed>fail
            injured>injure retired>retire required>require requiring>require ensured>ensure
            captured>capture declared>declare cleared>clear feared>fear poured>pour
            ignored>ignore restored>restore scored>score honored>honor monitored>monitor
            anchored>anchor mirrored>mirror entered>enter delivered>deliver centred>centre
            massacred>massacre determined>determine combined>combine ruined>ruin joined>join
            obtained>obtain opened>open happened>happen abandoned>abandon questioned>question
            orphaned>orphan threatened>threaten tuned>tune cloned>clone postponed>postpone
            assumed>assume named>name renamed>rename claimed>claim timed>time
            ransomed>ransom condemned>condemn seemed>seem welcomed>welcome
            becoming>become coming>come
            voted>vote quoted>quote promoted>promote executed>execute disputed>dispute
            contributed>contribute rated>rate negotiated>negotiate evaluated>evaluate
            defeated>defeat treated>treat seated>seat floated>float eating>eat
            completed>complete targeted>target limited>limit exited>exit recruited>recruit
            budgeted>budget greeted>greet shouted>shout rioted>riot pivoted>pivot
            citing>cite writing>write wasted>waste uniting>unite united
            developed>develop typed>type shaped>shape helped>help escaped>escape hoping>hope
            hopping>hop planning>plan worshipped>worship kidnapped>kidnap
            programmed>program chatted>chat abetted>abet quitting>quit trekked>trek
            revved>rev occurred>occur preferred>prefer admitted>admit committed>commit
            adding>add passed>pass missed>miss buzzing>buzz buzzed>buzz quizzed>quiz
            gassed>gas biased>bias waltzed>waltz apologized>apologize analysing>analyse
            looked>look attacked>attack marked>mark linked>link reached>reach
            laughed>laugh climbed>climb bombed>bomb briefed>brief staffed>staff
            involved>involve moved>move produced>produce forced>force seized>seize
            breathing>breathe bathing>bathe soothing>soothe frothing>froth fixed>fix
            showed>show played>play echoed>echo having>have going>go dying>die lying>lie
            seeing>see agreeing>agree using>use trying>try studying>study meeting>meet
            building>build exceeded>exceed succeeded>succeed needed>need
            taken>take written>write known>know thought>think brought>bring bought>buy
            found>find held>hold led>lead met>meet won>win ran>run fell>fall shot>shoot
            fled>flee bred>breed shed left born bound wound ground lay
            trafficking>traffic panicked>panic combating>combat
            offspring upswing hamstring beijing boeing clothing cunning uprising unemployed
            nato's>nato parents'>parent children's>child o'neill's>o'neill don't it's>it
            well-known so-called long-running state-owned anti-vaccine pro- 's
            vice-presidents>vice-president ex-wives>ex-wife co-founders>co-founder
            follow-ups>follow-up x-rays>x-ray right-wingers>right-winger e-mails>e-mail
            post-crises>post-crisis school-children>school-child
            coronaviruses>coronavirus minibuses>minibus abuses>abuse accuses>accuse
            causes>cause focuses>focus refuses>refuse misuses>misuse censuses>census
            hypotheses>hypothesis urinalyses>urinalysis horseshoes>horseshoe geophysics
            miniseries seabed bloodshed hundred lapwing persuaded>persuade boycotting>boycott
            unveiled>unveil unwilling unprecedented nonbinding undermined>undermine
            unified>unify landscaped>landscape rewriting>rewrite offshoring>offshore
            reselling>resell bankrolled>bankroll dispelled>dispel excelled>excel
            plateaued>plateau outmanoeuvred>outmanoeuvre
            re-elected>re-elect co-founded>co-found de-escalating>de-escalate mis-sold>mis-sell
            re-opens>re-open
            """;

    static Stream<Arguments> cases() {
        List<Arguments> list = new ArrayList<>();
        for (String token : CASES.trim().split("\\s+")) {
            int arrow = token.indexOf('>');
            String form = arrow < 0 ? token : token.substring(0, arrow);
            String lemma = arrow < 0 ? token : token.substring(arrow + 1);
            list.add(Arguments.of(form, lemma));
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void lemmatisesNewsVocabulary(String form, String expected) {
        assertEquals(expected, LEMMATIZER.lemma(form));
    }

    @Test
    void coversAtLeast120Pairs() {
        assertTrue(cases().count() >= 120);
    }

    @Test
    void unchangedWordsAreReturnedAsTheSameInstance() {
        String word = new String("analysis".toCharArray());
        assertSame(word, LEMMATIZER.lemma(word));
        String listed = new String("news".toCharArray());
        assertSame(listed, LEMMATIZER.lemma(listed));
    }

    @Test
    void englishIsASharedInstance() {
        assertSame(Lemmatizer.english(), Lemmatizer.english());
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> LEMMATIZER.lemma(null));
    }

    @Test
    void everyExceptionLineParsesAndIsApplied() throws IOException {
        List<String> lines = readResource(Lemmatizer.class, Lemmatizer.EXCEPTIONS_RESOURCE);
        Set<String> forms = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = "line " + (i + 1) + ": " + line;
            String[] fields = line.split("\t", -1);
            assertEquals(2, fields.length, where);
            assertTrue(fields[0].matches("[a-z'-]+") && fields[1].matches("[a-z'-]+"), where);
            assertTrue(forms.add(fields[0]), "duplicate form, " + where);
        }
        Map<String, String> parsed = Lemmatizer.loadExceptions();
        assertEquals(forms.size(), parsed.size());
        assertTrue(parsed.size() > 500, "exception list looks truncated");
        parsed.forEach((form, lemma) -> assertEquals(lemma, LEMMATIZER.lemma(form), form));
    }

    @Test
    void malformedExceptionLinesAreRejected() {
        for (String bad : List.of("form lemma", "form\t", "\tlemma", "a\tb\tc", "Form\tform",
                "dup\tone\ndup\ttwo")) {
            assertThrows(IllegalArgumentException.class,
                    () -> Lemmatizer.parseExceptions(new BufferedReader(new StringReader(bad))),
                    bad);
        }
    }

    @Test
    void stopWordListIsCleanAndComplete() throws IOException {
        List<String> words = new ArrayList<>();
        for (String line : readResource(Lemmatizer.class, "/org/textlens/lexicon/stopwords-en.txt")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                words.add(line);
            }
        }
        Set<String> unique = new HashSet<>();
        for (String w : words) {
            assertEquals(w.strip(), w, "stray whitespace: '" + w + "'");
            assertEquals(w.toLowerCase(Locale.ROOT), w, "not lower-case: " + w);
            assertTrue(w.matches("[a-z']+"), "unexpected character in: " + w);
            assertTrue(unique.add(w), "duplicate: " + w);
        }
        for (String required : List.of("the", "of", "and", "a", "to", "in", "is", "was", "that",
                "for", "with", "as", "on", "by", "its", "it", "this", "these", "be", "are",
                "have", "has", "had", "will", "would", "not", "no", "it's", "don't")) {
            assertTrue(unique.contains(required), "missing: " + required);
        }
        for (String content : List.of("said", "year", "people", "government", "security",
                "talks", "police", "new", "one")) {
            assertFalse(unique.contains(content), "content word listed: " + content);
        }
        assertTrue(words.size() >= 150 && words.size() <= 250, "size " + words.size());
    }

    private static List<String> readResource(Class<?> anchor, String name) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            assertTrue(in != null, "missing resource " + name);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines().toList();
        }
    }
}
