package org.textlens.sentiment;

import java.util.List;
import java.util.Optional;
import org.textlens.output.Column;
import org.textlens.output.Row;
import org.textlens.output.Schema;

/**
 * One document's sentiment: {@code doc_id,sentences,mean,median,stdev,share_positive,share_neutral,
 * share_negative,min_sentence,max_sentence}. Statistics over sentence compounds; a document
 * without sentences has empty statistics.
 */
public record SummaryRow(String docId, int sentences, Optional<Double> mean, Optional<Double> median, Optional<Double> stdev,
                         double sharePositive, double shareNeutral, double shareNegative,
                         Optional<Integer> minSentence, Optional<Integer> maxSentence) implements Row {
    public static final Schema SCHEMA = Schema.of(Column.text("doc_id"), Column.integer("sentences"), Column.decimal("mean", 4),
        Column.decimal("median", 4), Column.decimal("stdev", 4), Column.decimal("share_positive", 4),
        Column.decimal("share_neutral", 4), Column.decimal("share_negative", 4), Column.integer("min_sentence"),
        Column.integer("max_sentence"));

    @Override
    public List<Object> values() {
        return List.of(docId, sentences, mean, median, stdev, sharePositive, shareNeutral, shareNegative, minSentence, maxSentence);
    }
}
