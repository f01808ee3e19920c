package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code textlens portrayal}: every target source, the summaries checked by hand, errors, threads. */
class PortrayalCommandTest {
    private static final String OUTLETS = Cli.data("portrayal/outlets.jsonl");
    private static final String COUNCIL = Cli.data("portrayal/council.txt");
    private static final String SPANS = Cli.data("portrayal/spans.jsonl");
    /** Figures recomputed from rows written with 4 decimals agree to the last written digit. */
    private static final double ROUNDING = 0.00011;

    private static List<CSVRecord> rows(String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err(), r.toString());
        return Tables.csv(r.out());
    }

    private static String line(CSVRecord r, String... columns) {
        return java.util.Arrays.stream(columns).map(r::get).collect(Collectors.joining("|"));
    }

    @Test
    void namesAreFoundAndEachTargetInASentenceGetsItsOwnLabel() {
        List<CSVRecord> rows = rows("portrayal", "--input-format", "jsonl", OUTLETS);
        assertEquals(List.of("doc_id", "sentence", "target", "target_start", "target_end", "entity", "label", "score", "text"),
            List.copyOf(rows.get(0).toMap().keySet()));
        List<String> got = rows.stream().map(r -> line(r, "doc_id", "sentence", "target", "target_start", "target_end", "entity", "label"))
            .toList();
        assertEquals(List.of(
            "a1|0|Dana Reyes|24|34|Dana Reyes|negative",   // "Critics slammed Senator Dana Reyes ..."
            "a1|0|Tom Okafor|76|86|Tom Okafor|positive",   // "... while Mayor Tom Okafor won praise"
            "a2|0|Dana Reyes|0|10|Dana Reyes|negative",
            "a2|1|Reyes|60|65|Dana Reyes|negative",         // the surname resolves to the full name
            "a3|0|Tom Okafor|0|10|Tom Okafor|neutral",
            "b1|0|Dana Reyes|0|10|Dana Reyes|positive",
            "b2|0|Tom Okafor|20|30|Tom Okafor|positive",
            "b2|1|Okafor|74|80|Tom Okafor|positive"), got);
        for (CSVRecord r : rows) {
            double score = Double.parseDouble(r.get("score"));
            assertTrue(score >= -1 && score <= 1, r.toString());
            String label = r.get("label");
            assertTrue(label.equals("neutral") || Math.signum(score) == (label.equals("positive") ? 1 : -1), r.toString());
        }
    }

    @Test
    void givenTargetsFollowTheirSurnameAndPronouns() {
        List<CSVRecord> rows = rows("portrayal", "--target", "Dana Reyes", COUNCIL);
        assertEquals(List.of("Dana Reyes|Dana Reyes|0", "Reyes|Dana Reyes|1", "She|Dana Reyes|2"),
            rows.stream().map(r -> line(r, "target", "entity", "sentence")).toList());
        assertEquals("negative", rows.get(1).get("label"), "'Critics said Reyes had misled the council'");
    }

    @Test
    void aTargetNotInTheTextGivesNoRows() {
        Cli.Result r = Cli.run("portrayal", "--target", "Nobody Here", COUNCIL);
        assertEquals(0, r.exit(), r.toString());
        assertEquals("doc_id,sentence,target,target_start,target_end,entity,label,score,text\n", r.out());
    }

    @Test
    void aTargetsFileGivesAliasesToEntities() {
        List<CSVRecord> rows = rows("portrayal", "--targets", Cli.data("portrayal/targets.tsv"), "--input-format", "jsonl", OUTLETS);
        Map<String, Long> byEntity = rows.stream().collect(Collectors.groupingBy(r -> r.get("entity"), Collectors.counting()));
        assertEquals(Map.of("Dana Reyes", 4L, "Tom Okafor", 4L), byEntity);
        assertTrue(rows.stream().anyMatch(r -> r.get("target").equals("Okafor") && r.get("entity").equals("Tom Okafor")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "targets-empty-alias.tsv|:2: alias 1 is empty (separate the names with single tabs and leave no empty field)",
        "targets-shared-alias.tsv|:2: 'Reyes camp' is already a name of 'Dana Reyes' (give each name to one entity only)",
        "no-such-file.tsv|: no such file (check the path of the lexicon)"})
    void aMalformedTargetsFileFailsWithOneLine(String file, String message) {
        String path = Cli.data("portrayal/" + file);
        Cli.Result r = Cli.run("portrayal", "--targets", path, COUNCIL);
        assertEquals(1, r.exit(), r.toString());
        assertEquals("textlens: error: " + path + message + "\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void spansFromAFieldGiveOneRowEachInTheGivenOrder() {
        List<CSVRecord> rows = rows("portrayal", "--input-format", "jsonl", "--targets-field", "targets", SPANS);
        assertEquals(List.of("s1|Tom Okafor|34|44|positive", "s1|Dana Reyes|16|26|negative", "s2|Dana Reyes|2|12|positive"),
            rows.stream().map(r -> line(r, "doc_id", "target", "target_start", "target_end", "label")).toList(),
            "code-point offsets: the emoji before the name counts as one");
        List<CSVRecord> fallback = rows("portrayal", "--input-format", "jsonl", SPANS, "--targets-field");
        assertEquals(rows.stream().map(CSVRecord::values).map(List::of).toList(),
            fallback.stream().map(CSVRecord::values).map(List::of).toList(), "--targets-field alone reads the field 'targets'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"id\":\"x\",\"text\":\"Dana Reyes won.\",\"targets\":[{\"from\":0,\"to\":40}]}|field 'targets', span 1: 'to' 40 is past the end of the text (15 code points)",
        "{\"id\":\"x\",\"text\":\"Dana Reyes won.\",\"targets\":[{\"from\":5,\"to\":5}]}|field 'targets', span 1: 'from' 5 is not before 'to' 5",
        "{\"id\":\"x\",\"text\":\"Dana Reyes won.\",\"targets\":[{\"from\":0,\"to\":4},{\"to\":4}]}|field 'targets', span 2 has no 'from'",
        "{\"id\":\"x\",\"text\":\"Dana Reyes won.\",\"targets\":[{\"from\":-1,\"to\":4}]}|field 'targets', span 1: 'from' is negative or too large: -1",
        "{\"id\":\"x\",\"text\":\"Dana Reyes won.\",\"targets\":[{\"from\":\"0\",\"to\":4}]}|field 'targets', span 1: 'from' is not a whole number: 0",
        "{\"id\":\"x\",\"text\":\"Dana Reyes won.\",\"targets\":[[0,4]]}|field 'targets', span 1 is not an object",
        "{\"id\":\"x\",\"text\":\"Dana Reyes won.\",\"targets\":{\"from\":0,\"to\":4}}|field 'targets' is not a JSON list",
        "{\"id\":\"x\",\"text\":\"Dana Reyes won.\",\"targets\":\"0-4\"}|field 'targets' is not a JSON list",
        "{\"id\":\"x\",\"text\":\"Dana Reyes won.\"}|no field 'targets' in this record"})
    void malformedSpansFailWithTheRecordsFileAndLine(String record, String message) {
        byte[] input = ("{\"id\":\"first\",\"text\":\"Tom Okafor won.\",\"targets\":[{\"from\":0,\"to\":10}]}\n" + record + "\n")
            .getBytes(StandardCharsets.UTF_8);
        Cli.Result r = Cli.runWithInput(input, "portrayal", "--input-format", "jsonl", "--targets-field=targets", "-");
        assertEquals(1, r.exit(), r.toString());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.toString());
        assertTrue(lines.get(0).startsWith("textlens: error: -:2: " + message), r.toString());
        assertTrue(lines.get(0).endsWith("(give a JSON list of {\"from\": N, \"to\": M} objects, code-point offsets into the text with from < to)")
            || lines.get(0).endsWith("(give every record its target spans, or name the field with --targets-field)"), r.toString());
    }

    @Test
    void keepGoingSkipsARecordWithBadSpansAndPortraysTheRest() {
        String file = Cli.data("portrayal/spans-past-end.jsonl");
        Cli.Result r = Cli.run("portrayal", "--keep-going", "--input-format", "jsonl", "--targets-field=targets", file);
        assertEquals(3, r.exit(), r.toString());
        assertEquals(List.of("ok"), Tables.csv(r.out()).stream().map(x -> x.get("doc_id")).toList());
        assertTrue(r.err().startsWith("textlens: error: " + file + ":2: field 'targets', span 2: 'to' 99 is past the end"), r.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--targets-field=targets|--targets-field reads a field of JSONL, CSV or TSV records",
        "--targets-field=targets --target X --input-format jsonl|--targets-field takes the targets from the records",
        "--group-field outlet --input-format jsonl|--group-field groups the summary; add --summary",
        "--summary --explain|--explain works on mention rows"})
    void conflictingOptionsAreUsageErrors(String options, String message) {
        List<String> args = new java.util.ArrayList<>(List.of("portrayal"));
        args.addAll(List.of(options.split(" ")));
        args.add(COUNCIL);
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains(message), r.toString());
    }

    @Test
    void summaryFiguresAreTheMeanAndSharesOfTheMentionRows() {
        List<CSVRecord> mentions = rows("portrayal", "--input-format", "jsonl", OUTLETS);
        List<CSVRecord> summary = rows("portrayal", "--summary", "--input-format", "jsonl", OUTLETS);
        assertEquals(List.of("doc_id", "entity", "mentions", "mean", "share_negative", "share_neutral", "share_positive"),
            List.copyOf(summary.get(0).toMap().keySet()));
        // a2 names Dana Reyes twice, both negative: mean of the two scores, all negative
        CSVRecord a2 = summary.stream().filter(r -> r.get("doc_id").equals("a2")).findFirst().orElseThrow();
        double s1 = score(mentions, "a2", 0);
        double s2 = score(mentions, "a2", 1);
        assertEquals("a2|Dana Reyes|2|1.0000|0.0000|0.0000",
            line(a2, "doc_id", "entity", "mentions", "share_negative", "share_neutral", "share_positive"));
        assertEquals((s1 + s2) / 2, Double.parseDouble(a2.get("mean")), ROUNDING, "the rows' scores are rounded to 4 decimals");
        // a1: one mention each, ordered by mentions, then entity
        assertEquals(List.of("a1|Dana Reyes|1|0.0000", "a1|Tom Okafor|1|0.0000"), summary.stream().filter(r -> r.get("doc_id").equals("a1"))
            .map(r -> line(r, "doc_id", "entity", "mentions", "share_neutral")).toList());
        assertEquals(6, summary.size(), "a1 two rows, a2 to b2 one each");
    }

    @Test
    void groupSummaryCountsDocumentsAndMentionsWithABootstrapInterval() {
        List<CSVRecord> mentions = rows("portrayal", "--input-format", "jsonl", OUTLETS);
        Cli.Result r = Cli.run("portrayal", "--summary", "--group-field", "outlet", "--input-format", "jsonl", OUTLETS);
        assertEquals(0, r.exit(), r.toString());
        List<CSVRecord> groups = Tables.csv(r.out());
        assertEquals(List.of("group", "entity", "documents", "mentions", "mean", "ci_low", "ci_high", "share_negative", "share_neutral",
            "share_positive"), Tables.header(r.out()));
        assertEquals(List.of("Daily Ledger|Dana Reyes|2|3", "Daily Ledger|Tom Okafor|2|2", "Evening Post|Tom Okafor|1|2",
            "Evening Post|Dana Reyes|1|1"), groups.stream().map(g -> line(g, "group", "entity", "documents", "mentions")).toList());
        // Daily Ledger, Dana Reyes: a1 (one mention) and a2 (two), all negative
        double mean = (score(mentions, "a1", 0, "Dana Reyes") + score(mentions, "a2", 0) + score(mentions, "a2", 1)) / 3;
        CSVRecord reyes = groups.get(0);
        assertEquals("1.0000|0.0000|0.0000", line(reyes, "share_negative", "share_neutral", "share_positive"));
        assertEquals(mean, Double.parseDouble(reyes.get("mean")), ROUNDING);
        // resampling two documents: the interval runs from one document's mean to the other's
        double a1 = score(mentions, "a1", 0, "Dana Reyes");
        double a2 = (score(mentions, "a2", 0) + score(mentions, "a2", 1)) / 2;
        assertEquals(Math.min(a1, a2), Double.parseDouble(reyes.get("ci_low")), ROUNDING);
        assertEquals(Math.max(a1, a2), Double.parseDouble(reyes.get("ci_high")), ROUNDING);
        // one document: no spread to resample
        CSVRecord post = groups.get(2);
        assertEquals(post.get("mean"), post.get("ci_low"));
        assertEquals(post.get("mean"), post.get("ci_high"));
        // Daily Ledger, Tom Okafor: one positive (a1) and one neutral (a3)
        assertEquals("0.0000|0.5000|0.5000", line(groups.get(1), "share_negative", "share_neutral", "share_positive"));
    }

    @Test
    void aRecordWithoutItsGroupIsAnError() {
        byte[] input = "{\"id\":\"x\",\"text\":\"Dana Reyes won praise.\"}\n".getBytes(StandardCharsets.UTF_8);
        Cli.Result r = Cli.runWithInput(input, "portrayal", "--summary", "--group-field", "outlet", "--input-format", "jsonl", "-");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("textlens: error: -:1: no field 'outlet' in this record (give every record its group, or name the field with "
            + "--group-field)\n", r.err());
    }

    @Test
    void explanationsSayWhatDecidedAndWhatBelongsToTheTarget() {
        List<CSVRecord> rows = rows("portrayal", "--explain", "--input-format", "jsonl", OUTLETS);
        for (CSVRecord r : rows) {
            String evidence = r.get("evidence");
            assertTrue(evidence.startsWith(r.get("label") + " by "), evidence);
        }
        String reyes = rows.get(0).get("evidence");
        assertTrue(reyes.contains("target: ") && reyes.contains("pre=slam:"), reyes);
        String okafor = rows.get(1).get("evidence");
        assertTrue(okafor.contains("post=win:"), okafor);
    }

    @Test
    void outputIsIdenticalForAnyThreadCount() {
        String[] inputs = {Cli.data("news"), COUNCIL};
        String one = Cli.run(concat(new String[] {"portrayal", "--explain", "--threads", "1"}, inputs)).out();
        String three = Cli.run(concat(new String[] {"portrayal", "--explain", "--threads", "3"}, inputs)).out();
        assertTrue(one.lines().count() > 20, one);
        assertEquals(one, three);
        String g1 = Cli.run("portrayal", "--summary", "--group-field", "outlet", "--threads", "1", "--input-format", "jsonl", OUTLETS).out();
        String g3 = Cli.run("portrayal", "--summary", "--group-field", "outlet", "--threads", "3", "--input-format", "jsonl", OUTLETS).out();
        assertEquals(g1, g3);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static double score(List<CSVRecord> rows, String doc, int sentence) {
        return rows.stream().filter(r -> r.get("doc_id").equals(doc) && r.get("sentence").equals(Integer.toString(sentence)))
            .mapToDouble(r -> Double.parseDouble(r.get("score"))).findFirst().orElseThrow();
    }

    private static double score(List<CSVRecord> rows, String doc, int sentence, String entity) {
        return rows.stream().filter(r -> r.get("doc_id").equals(doc) && r.get("sentence").equals(Integer.toString(sentence))
            && r.get("entity").equals(entity)).mapToDouble(r -> Double.parseDouble(r.get("score"))).findFirst().orElseThrow();
    }
}
