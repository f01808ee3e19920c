package org.textlens.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.textlens.corpus.InputException;
import org.textlens.freq.DocTermRow;
import org.textlens.freq.DocTermsAnalyzer;
import org.textlens.freq.TfidfByDoc;
import org.textlens.freq.FreqAnalyzer;
import org.textlens.freq.FreqRow;
import org.textlens.freq.FreqSettings;
import org.textlens.freq.Keyness;
import org.textlens.freq.KeynessRow;
import org.textlens.lexicon.StopWords;
import org.textlens.freq.TermCounts;
import org.textlens.engine.Runner;
import org.textlens.nlp.AnnotationRequest;
import org.textlens.nlp.AnnotationRequest.SentenceMode;
import org.textlens.nlp.AnnotationRequest.TokenizerKind;
import org.textlens.output.RowWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textlens freq}: word and n-gram frequencies, document frequency, TF-IDF and keyness. */
@Command(name = "freq", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = {"Count words and n-grams across documents.",
        "Rows: rank,term,count,per_10k,docs (+tfidf); with --by-doc doc_id,term,count,per_10k;",
        "with --reference rank,term,count,ref_count,g2,p,log_ratio,pct_diff. Schemas: docs/output.md."},
    footer = {"", "Examples:",
        "  textlens freq --top 20 articles/",
        "  textlens freq --ngram 2 --format jsonl news.txt | jq -r '.term'",
        "  textlens freq --reference reference/ --top 30 target/"})
final class FreqCommand extends AnalysisCommand {
    private static final Set<String> UD_TAGS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
        "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

    @Option(names = "--ngram", paramLabel = "N[-M]", defaultValue = "1",
        description = "n-gram length, or a range such as 1-3. N-grams never cross sentences or punctuation. Default: ${DEFAULT-VALUE}.")
    String ngram;

    @Option(names = "--case", paramLabel = "MODE", defaultValue = "fold", completionCandidates = CaseModes.class,
        description = "fold (lower-case every term) or keep. Default: ${DEFAULT-VALUE}.")
    String caseMode;

    @Option(names = "--stem", description = "Reduce words to their Snowball English stem (talks -> talk, security -> secur).")
    boolean stem;

    @Option(names = "--lemma", description = "Reduce words to their base form (guarantees -> guarantee, was -> be).")
    boolean lemma;

    @Option(names = "--stopwords", paramLabel = "en|none|FILE", defaultValue = "en",
        description = "Stop list: en (built in, see docs/stopwords.md), none, or a file with one word per line. Default: ${DEFAULT-VALUE}.")
    String stopwords;

    @Option(names = "--numbers", description = "Count number tokens (2014, 1,200) too.")
    boolean numbers;

    @Option(names = "--pos", paramLabel = "TAGS", split = ",",
        description = "Only words with these UD tags, e.g. NOUN,PROPN (tags every token with OpenNLP; slower).")
    List<String> pos = new ArrayList<>();

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "1", description = "Drop terms seen fewer than N times. Default: ${DEFAULT-VALUE}.")
    long minCount;

    @Option(names = "--min-length", paramLabel = "N", defaultValue = "1",
        description = "Words shorter than N characters are treated as stop words. Default: ${DEFAULT-VALUE}.")
    int minLength;

    @Option(names = "--top", paramLabel = "N", defaultValue = "0", description = "Only the first N rows (per document with --by-doc). Default: all.",
        showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER)
    int top;

    @Option(names = "--by-doc", description = "One row per document and term instead of corpus totals.")
    boolean byDoc;

    @Option(names = "--tfidf", description = "Add a tfidf column: count x log10(documents / docs).")
    boolean tfidf;

    @Option(names = "--reference", paramLabel = "FILE",
        description = "Reference corpus (file or folder; repeat for more) for keyness: G2, p, log ratio, %%DIFF.")
    List<String> reference = new ArrayList<>();

    @Option(names = "--tokenizer", paramLabel = "NAME", defaultValue = "word", completionCandidates = Tokenizers.class,
        description = "word (fast Unicode word tokenizer) or opennlp (OpenNLP's English model). Default: ${DEFAULT-VALUE}.")
    String tokenizer;

    private int[] ngramRange;

    @Override
    String name() {
        return "freq";
    }

    @Override
    void validate() {
        ngramRange = parseRange(ngram);
        if (!caseMode.equals("fold") && !caseMode.equals("keep")) {
            throw usageError("--case must be fold or keep, not '" + caseMode + "'");
        }
        if (!tokenizer.equals("word") && !tokenizer.equals("opennlp")) {
            throw usageError("--tokenizer must be word or opennlp, not '" + tokenizer + "'");
        }
        if (stem && lemma) {
            throw usageError("--stem and --lemma exclude each other; choose one");
        }
        for (String tag : pos) {
            if (!UD_TAGS.contains(tag.toUpperCase(Locale.ROOT))) {
                throw usageError("unknown POS tag '" + tag + "' for --pos (UD tags: " + String.join(",", new TreeSet<>(UD_TAGS)) + ")");
            }
        }
        if (!reference.isEmpty() && (byDoc || tfidf)) {
            throw usageError("--reference compares whole corpora; it cannot be combined with " + (byDoc ? "--by-doc" : "--tfidf"));
        }
        if (minCount < 1 || minLength < 1 || top < 0) {
            throw usageError("--min-count and --min-length must be at least 1, --top at least 0");
        }
    }

    private int[] parseRange(String spec) {
        String[] parts = spec.split("-", -1);
        try {
            int min = Integer.parseInt(parts[0].strip());
            int max = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : min;
            if (parts.length > 2 || min < 1 || max < min || max > 9) {
                throw new NumberFormatException();
            }
            return new int[] {min, max};
        } catch (NumberFormatException e) {
            throw usageError("--ngram takes N or N-M with 1 <= N <= M <= 9, not '" + spec + "'");
        }
    }

    @Override
    void run(Session session) throws IOException {
        FreqSettings settings = settings();
        Runner runner = session.runner(annotation());
        Map<String, Object> options = describe(settings);
        if (!reference.isEmpty()) {
            TermCounts target = runner.fold(session.feed(), new FreqAnalyzer(settings, false));
            TermCounts ref = referenceCounts(session, runner, settings, reference);
            try (RowWriter w = session.writer(KeynessRow.SCHEMA, options)) {
                new Keyness(settings).compare(target, ref).forEach(row -> Rows.write(w, row));
            }
        } else if (byDoc) {
            writeByDoc(session, runner, settings, options);
        } else {
            FreqAnalyzer analyzer = new FreqAnalyzer(settings, tfidf);
            TermCounts counts = runner.fold(session.feed(), analyzer);
            try (RowWriter w = session.writer(tfidf ? FreqRow.SCHEMA_TFIDF : FreqRow.SCHEMA, options)) {
                analyzer.finish(counts).forEach(row -> Rows.write(w, row));
            }
        }
    }

    /** The counts of a reference corpus for keyness; it must have words. */
    static TermCounts referenceCounts(Session session, Runner runner, FreqSettings settings, List<String> reference) {
        TermCounts ref = runner.fold(session.feed(reference), new FreqAnalyzer(settings, false));
        if (ref.words() == 0) {
            throw new InputException(String.join(", ", reference), "the reference corpus has no words",
                "give files or folders with text");
        }
        return ref;
    }

    /**
     * Rows stream out document by document; TF-IDF needs every document's terms before the first
     * row, so with --tfidf the rows wait on disk for the document frequencies ({@link TfidfByDoc}).
     */
    private void writeByDoc(Session session, Runner runner, FreqSettings settings, Map<String, Object> options) throws IOException {
        DocTermsAnalyzer analyzer = new DocTermsAnalyzer(settings);
        try (RowWriter w = session.writer(tfidf ? DocTermRow.SCHEMA_TFIDF : DocTermRow.SCHEMA, options)) {
            if (!tfidf) {
                runner.map(session.feed(), analyzer, row -> Rows.write(w, row));
                return;
            }
            try (TfidfByDoc held = new TfidfByDoc(analyzer)) {
                runner.map(session.feed(), d -> Stream.of(analyzer.terms(d)), held::add);
                held.forEachRow(row -> Rows.write(w, row));
            }
        }
    }

    FreqSettings settings() throws IOException {
        StopWords stops;
        try {
            stops = StopWords.named(stopwords);
        } catch (IOException e) {
            throw new InputException(stopwords, "cannot read stop-word file: " + reason(e),
                "give en, none, or a readable file with one word per line");
        }
        Optional<Set<String>> tags = pos.isEmpty() ? Optional.empty()
            : Optional.of(new LinkedHashSet<>(pos.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList()));
        FreqSettings.BaseForm base = stem ? FreqSettings.BaseForm.STEM : lemma ? FreqSettings.BaseForm.LEMMA : FreqSettings.BaseForm.NONE;
        return new FreqSettings(ngramRange[0], ngramRange[1], caseMode.equals("fold"), base, stops, numbers, tags, minCount, minLength, top);
    }

    /**
     * Unigram counts cannot change with sentence boundaries inside a paragraph, so the sentence
     * model only runs when n-grams or POS tags need it.
     */
    @Override
    AnnotationRequest annotation() {
        boolean needSentences = ngramRange[1] > 1 || !pos.isEmpty() || tokenizer.equals("opennlp");
        return new AnnotationRequest(needSentences ? SentenceMode.MODEL : SentenceMode.PARAGRAPH,
            tokenizer.equals("opennlp") ? TokenizerKind.OPENNLP : TokenizerKind.WORD, !pos.isEmpty());
    }

    Map<String, Object> describe(FreqSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ngram", s.minN() == s.maxN() ? String.valueOf(s.minN()) : s.minN() + "-" + s.maxN());
        m.put("case", caseMode);
        m.put("base_form", s.base().name().toLowerCase(Locale.ROOT));
        m.put("stopwords", s.stopWords().name());
        m.put("stopword_count", s.stopWords().words().size());
        m.put("numbers", numbers);
        m.put("pos", s.posTags().map(List::copyOf).orElse(List.of()));
        m.put("min_count", minCount);
        m.put("min_length", minLength);
        m.put("top", top);
        m.put("by_doc", byDoc);
        m.put("tfidf", tfidf);
        m.put("reference", reference);
        m.put("tokenizer", tokenizer);
        return m;
    }

    static final class CaseModes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.asList("fold", "keep").iterator();
        }
    }

    static final class Tokenizers implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.asList("word", "opennlp").iterator();
        }
    }
}
