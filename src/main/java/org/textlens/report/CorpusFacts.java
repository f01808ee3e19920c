package org.textlens.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The figures of the report's summary line: documents, running words, sentences, and the span of
 * publication dates. Counted document by document and added up in any order.
 */
public record CorpusFacts(long documents, long words, long sentences, long dated, Optional<LocalDate> first, Optional<LocalDate> last) {

    /** The summary line under the title. */
    String summary() {
        String span = dated == 0 ? "no dates"
            : dated + " dated, " + (first.equals(last) ? "on " + first.orElseThrow() : "from " + first.orElseThrow() + " to " + last.orElseThrow());
        return Numbers.count(documents, "document") + " · " + Numbers.count(words, "word") + " · "
            + Numbers.count(sentences, "sentence") + " · " + span;
    }

    void write(DataTables out) {
        out.value("documents", documents);
        out.value("words", words);
        out.value("sentences", sentences);
        out.value("dated_documents", dated);
        out.value("first_date", first.map(Object::toString).orElse(""));
        out.value("last_date", last.map(Object::toString).orElse(""));
    }

    static CorpusFacts read(DataTables.Reader in) {
        String first = in.value("first_date");
        String last = in.value("last_date");
        return new CorpusFacts(in.count("documents"), in.count("words"), in.count("sentences"), in.count("dated_documents"),
            first.isEmpty() ? Optional.empty() : Optional.of(in.parseDate(DataTables.VALUES, first)),
            last.isEmpty() ? Optional.empty() : Optional.of(in.parseDate(DataTables.VALUES, last)));
    }

    /** The running counts. */
    public static final class Tally implements Serializable {
        private static final long serialVersionUID = 1L;
        private long documents;
        private long words;
        private long sentences;
        private long dated;
        private LocalDate first;
        private LocalDate last;

        void add(DocumentInfo doc) {
            documents++;
            words += doc.words();
            sentences += doc.sentences();
            doc.date().ifPresent(this::date);
        }

        private void date(LocalDate d) {
            dated++;
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
        }

        Tally merge(Tally o) {
            documents += o.documents;
            words += o.words;
            sentences += o.sentences;
            dated += o.dated;
            if (o.first != null) {
                first = first == null || o.first.isBefore(first) ? o.first : first;
                last = last == null || o.last.isAfter(last) ? o.last : last;
            }
            return this;
        }

        CorpusFacts facts() {
            return new CorpusFacts(documents, words, sentences, dated, Optional.ofNullable(first), Optional.ofNullable(last));
        }
    }
}
