package org.textlens.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Rows formatted ahead of time (on worker threads) are written exactly as the writer writes them itself. */
class PreparedRowsTest {
    private static final Schema SCHEMA = Schema.of(Column.text("text"), Column.integer("n"), Column.decimal("share", 2), Column.text("note"));
    private static final List<Row> ROWS = List.of(
        row("plain", 1, 0.5, Optional.of("x")),
        row("a, \"quoted\" one", -2, 1.0 / 3, Optional.empty()),
        row("tab\there\nand a line \\ end", 0, 2.0, Optional.of("caf\u00E9 \uD83D\uDE00")));

    private static Row row(Object... values) {
        List<Object> list = Arrays.asList(values);
        return () -> list;
    }

    private static String write(OutputFormat format, List<Row> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter w = RowWriter.open(format, out, SCHEMA, new RunInfo("test", "0", java.util.Map.of()))) {
            for (Row r : rows) {
                w.write(r);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvAndTsvRowsRenderedAheadAreWrittenByteForByteAsRowsAre() throws IOException {
        for (OutputFormat format : List.of(OutputFormat.CSV, OutputFormat.TSV)) {
            UnaryOperator<Row> prepare = RowWriter.preparer(format, SCHEMA);
            List<Row> prepared = ROWS.stream().map(prepare).toList();
            assertEquals(write(format, ROWS), write(format, prepared), format.toString());
        }
    }

    @Test
    void csvLinesAreThoseOfCommonsCsvPrintRecordWhateverTheFields() throws IOException {
        org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.RFC4180.builder()
            .setRecordSeparator('\n').setQuoteMode(org.apache.commons.csv.QuoteMode.MINIMAL).get();
        String alphabet = "aZ09 ,\"#!\t\r\n;'-\u2026\u00E9\u0001$";
        java.util.Random random = new java.util.Random(8);
        Schema three = Schema.of(Column.text("a"), Column.text("b"), Column.text("c"));
        for (int k = 0; k < 20_000; k++) {
            String[] fields = new String[3];
            for (int f = 0; f < 3; f++) {
                StringBuilder b = new StringBuilder();
                for (int n = random.nextInt(5); n > 0; n--) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                fields[f] = b.toString();
            }
            StringBuilder expected = new StringBuilder();
            new org.apache.commons.csv.CSVPrinter(expected, format).printRecord((Object[]) fields);
            assertEquals(expected.toString(), DelimitedWriter.line(three, row((Object[]) fields), true), () -> String.join("|", fields));
        }
    }

    @Test
    void jsonRowsStayRowsSinceTheirTextDependsOnTheirPlace() {
        for (OutputFormat format : List.of(OutputFormat.JSON, OutputFormat.JSONL)) {
            assertSame(ROWS.get(0), RowWriter.preparer(format, SCHEMA).apply(ROWS.get(0)));
        }
    }

    @Test
    void aRowRenderedForOneFormatIsRefusedByAnother() {
        Row csv = RowWriter.preparer(OutputFormat.CSV, SCHEMA).apply(ROWS.get(0));
        assertThrows(IllegalArgumentException.class, () -> write(OutputFormat.TSV, List.of(csv)));
    }
}
