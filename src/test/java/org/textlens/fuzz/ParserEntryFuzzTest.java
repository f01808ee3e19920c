package org.textlens.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.textlens.attribution.SpeechVerbs;
import org.textlens.corpus.InputException;
import org.textlens.frames.SchemeBuilder;
import org.textlens.lexicon.DicFile;
import org.textlens.lexicon.StopWords;
import org.textlens.loaded.DicImport;
import org.textlens.loaded.LoadedLexicon;
import org.textlens.sentiment.SentimentLexicon;

/**
 * The user-file parsers called directly: loaded's lexicon, sentiment's valences, a frames scheme,
 * speech verbs, a stop-word list and a LIWC-style {@code .dic} dictionary, each given the same
 * arbitrary file. A malformed file may only fail with an {@link InputException} (one line naming
 * the file, the line and the reason); anything else is a finding. The whole-CLI targets
 * ({@link LexiconFuzzTest}) keep replaying their seeds in the normal build.
 */
class ParserEntryFuzzTest {
    private interface Parse {
        void run() throws IOException;
    }

    private static void expectInputErrorAtMost(String what, Parse parse) {
        try {
            parse.run();
        } catch (InputException e) {
            if (e.describe().contains("\n")) {
                fail(what + ": an error of more than one line: " + e.describe());
            }
        } catch (IOException e) {
            // only a stop-word list is read this way; the command reports it as one line ("cannot read stop-word file: ...")
            if (!what.equals("stop words")) {
                fail(what + ": " + e, e);
            }
        }
    }

    @FuzzTest(maxDuration = "12s")
    void lexicon(byte[] data) {
        Path file = Fuzzing.file("lexicon.tsv", data);
        expectInputErrorAtMost("loaded lexicon", () -> LoadedLexicon.load(false, List.of(), List.of(file), Set.of()));
        expectInputErrorAtMost("sentiment lexicon", () -> SentimentLexicon.load(false, List.of(file)));
        expectInputErrorAtMost("frames scheme", () -> {
            SchemeBuilder builder = new SchemeBuilder().addFile(file);
            builder.build(builder.describe());
        });
        expectInputErrorAtMost("speech verbs", () -> SpeechVerbs.load(false, List.of(file)));
        expectInputErrorAtMost("stop words", () -> StopWords.named(file.toString()));
    }

    @FuzzTest(maxDuration = "12s")
    void dic(byte[] data) {
        Path file = Fuzzing.file("words.dic", data);
        expectInputErrorAtMost("dic", () -> {
            DicFile dic = DicFile.read(file);
            SchemeBuilder builder = new SchemeBuilder().addDic(dic);
            builder.build(builder.describe());
            LoadedLexicon.load(false, DicImport.entries(dic, Set.of()), List.of(), Set.of());
        });
    }
}
