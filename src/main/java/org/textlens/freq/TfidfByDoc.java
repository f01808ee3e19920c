package org.textlens.freq;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.textlens.spill.MemoryBudget;
import org.textlens.spill.SpillFile;
import org.textlens.spill.TermCounter;

/**
 * {@code freq --by-doc --tfidf} in bounded memory. TF-IDF needs every document's terms before the
 * first row, so each document's rows (term and count, already ranked) go to a file on disk as the
 * document is counted, and only the document frequencies stay in memory, themselves spilled as
 * sorted runs past the budget ({@link TermCounter}). The rows are then read back in input order
 * with their TF-IDF. Memory no longer grows with the number of documents.
 */
public final class TfidfByDoc implements AutoCloseable {
    private final DocTermsAnalyzer analyzer;
    private final TermCounter docFreq;
    private final SpillFile rows = new SpillFile("tfidf-rows");
    private long documents;

    public TfidfByDoc(DocTermsAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.docFreq = new TermCounter(MemoryBudget.bytes());
    }

    /** Counts a document's terms towards the document frequencies and stores its rows. Call in input order. */
    public void add(DocTermsAnalyzer.DocTerms doc) {
        documents++;
        doc.counts().keySet().forEach(docFreq::add);
        List<Map.Entry<String, int[]>> ranked = analyzer.ranked(doc);
        try {
            DataOutputStream out = rows.out();
            SpillFile.writeString(out, doc.docId());
            out.writeLong(doc.words());
            out.writeInt(ranked.size());
            for (Map.Entry<String, int[]> e : ranked) {
                SpillFile.writeString(out, e.getKey());
                out.writeInt(e.getValue()[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row with its TF-IDF, in input order. */
    public void forEachRow(Consumer<DocTermRow> sink) {
        docFreq.finish();
        try (DataInputStream in = rows.read()) {
            for (long d = 0; d < documents; d++) {
                String id = SpillFile.readString(in);
                long words = in.readLong();
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String term = SpillFile.readString(in);
                    int count = in.readInt();
                    sink.accept(DocTermsAnalyzer.row(id, term, count, words,
                        OptionalDouble.of(Tfidf.of(count, docFreq.count(term), documents))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        rows.close();
        docFreq.close();
    }
}
