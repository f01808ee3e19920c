package org.textlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every value form of the timeline issue, on sentences of our own, each anchored to a document
 * date: the expression found, its type, value and mod, and the days it covers.
 */
class TimelineValuesTest {
    /** The one expression {@code textlens timeline --all} finds in {@code text}, as type|value|mod|from|to. */
    static String tag(String date, String text, String expression) {
        Cli.Result r = Cli.runWithInput(text.getBytes(StandardCharsets.UTF_8), "timeline", "--all", "--date", date);
        assertEquals(0, r.exit(), r.toString());
        List<CSVRecord> rows = Tables.csv(r.out()).stream().filter(x -> x.get("text").equals(expression)).toList();
        assertEquals(1, rows.size(), "expected one '" + expression + "' in:\n" + r.out());
        CSVRecord x = rows.get(0);
        return String.join("|", x.get("type"), x.get("value"), x.get("mod"), x.get("from"), x.get("to"));
    }

    static List<String> texts(String date, String text) {
        Cli.Result r = Cli.runWithInput(text.getBytes(StandardCharsets.UTF_8), "timeline", "--all", "--date", date);
        return Tables.csv(r.out()).stream().map(x -> x.get("text")).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // calendar dates, explicit and partial
        "2023-07-18; The plan dates from 2023.; 2023; DATE|2023||2023-01-01|2023-12-31",
        "2023-07-18; It opened in July 2023 to crowds.; July 2023; DATE|2023-07||2023-07-01|2023-07-31",
        "2023-07-18; The vote was held on July 18, 2023.; July 18, 2023; DATE|2023-07-18||2023-07-18|2023-07-18",
        "2023-07-18; The vote was held on 18 July 2023.; 18 July 2023; DATE|2023-07-18||2023-07-18|2023-07-18",
        "2023-07-18; The file is dated 2023-07-18.; 2023-07-18; DATE|2023-07-18||2023-07-18|2023-07-18",
        "2023-07-18; Talks begin this week.; this week; DATE|2023-W29||2023-07-17|2023-07-23",
        "2023-07-18; Profits rose in the third quarter of 2023.; the third quarter of 2023; DATE|2023-Q3||2023-07-01|2023-09-30",
        "2023-07-18; Sales fell in the first half of 2023.; the first half of 2023; DATE|2023-H1||2023-01-01|2023-06-30",
        "2023-07-18; The roads flooded this summer.; this summer; DATE|2023-SU||2023-06-01|2023-08-31",
        "2023-07-18; Prices doubled in the 1990s.; the 1990s; DATE|199||1990-01-01|1999-12-31",
        "2023-07-18; Prices doubled during the 1990s.; the 1990s; DATE|199||1990-01-01|1999-12-31",
        "2023-07-18; Prices doubled in 1990s Europe.; 1990s; DATE|199X||1990-01-01|1999-12-31",
        "2023-07-18; Wars shaped the 20th century.; the 20th century; DATE|19||1900-01-01|1999-12-31",
        // references, times, parts of the day
        "2023-07-18; Prices are high now.; now; DATE|PRESENT_REF|||",
        "2023-07-18; Such storms were rare in the past.; the past; DATE|PAST_REF|||",
        "2023-07-18; Nobody knows what the future holds.; the future; DATE|FUTURE_REF|||",
        "2023-07-18; The vote closed at 3 p.m. yesterday.; 3 p.m. yesterday; TIME|2023-07-17T15:00||2023-07-17|2023-07-17",
        "2023-07-18; The vote closes at 10:30 a.m.; 10:30 a.m.; TIME|2023-07-18T10:30||2023-07-18|2023-07-18",
        "2023-07-18; The crowd gathered this evening.; this evening; TIME|2023-07-18TEV||2023-07-18|2023-07-18",
        "2023-07-18; Shots were heard last night.; last night; TIME|2023-07-17TNI||2023-07-17|2023-07-17",
        // durations, with numbers written as words
        "2023-07-18; The repairs took three months.; three months; DURATION|P3M|||",
        "2023-07-18; It has lasted for several months.; several months; DURATION|PXM|||",
        "2023-07-18; The strike lasted two years.; two years; DURATION|P2Y|||",
        "2023-07-18; The outage lasted five hours.; five hours; DURATION|PT5H|||",
        "2023-07-18; They waited a dozen weeks.; a dozen weeks; DURATION|P12W|||",
        "2023-07-18; Crews worked twenty-four hours.; twenty-four hours; DURATION|PT24H|||",
        "2023-07-18; The cease-fire held for two and a half years.; two and a half years; DURATION|P2Y6M|||",
        "2023-07-18; The flight took 5 1/2 hours.; 5 1/2 hours; DURATION|PT5H30M|||",
        "2023-07-18; Inflation has risen over the past two years.; the past two years; DURATION|P2Y|||",
        "2023-07-18; The siege lasted more than three weeks.; more than three weeks; DURATION|P3W|MORE_THAN||",
        "2023-07-18; The siege lasted about a decade.; about a decade; DURATION|P10Y|APPROX||",
        "2023-07-18; The siege lasted less than a week.; less than a week; DURATION|P1W|LESS_THAN||",
        "2023-07-18; It may take decades to rebuild.; decades; DURATION|PXDE|||",
        // relative to the document date
        "2023-07-18; The border closed two years ago.; two years ago; DATE|2021||2021-01-01|2021-12-31",
        "2023-07-18; The bridge fell three days ago.; three days ago; DATE|2023-07-15||2023-07-15|2023-07-15",
        "2023-07-18; Fighting resumed six months ago.; six months ago; DATE|2023-01||2023-01-01|2023-01-31",
        "2023-07-18; The law passed last year.; last year; DATE|2022||2022-01-01|2022-12-31",
        "2023-07-18; Rents rose last month.; last month; DATE|2023-06||2023-06-01|2023-06-30",
        "2023-07-18; Results come next quarter.; next quarter; DATE|2023-Q4||2023-10-01|2023-12-31",
        "2023-07-18; Results come early next year.; early next year; DATE|2024|START|2024-01-01|2024-12-31",
        "2023-07-18; The talks collapsed in mid-May.; mid-May; DATE|2023-05|MID|2023-05-01|2023-05-31",
        "2023-07-18; Prices rose in late 2022.; late 2022; DATE|2022|END|2022-01-01|2022-12-31",
        "2023-07-18; The port closed at the end of 2022.; the end of 2022; DATE|2022|END|2022-01-01|2022-12-31",
        "2023-07-18; The port reopened at the beginning of March.; the beginning of March; DATE|2023-03|START|2023-03-01|2023-03-31",
        "2023-07-18; Talks were held over the weekend.; the weekend; DATE|2023-W28-WE||2023-07-15|2023-07-16",
        "2023-07-18; The minister resigned yesterday.; yesterday; DATE|2023-07-17||2023-07-17|2023-07-17",
        "2023-07-18; The minister met envoys last Friday.; last Friday; DATE|2023-07-14||2023-07-14|2023-07-14",
        "2023-07-18; The summit will start in the first week of January.; the first week of January; DATE|2024-W01||2024-01-01|2024-01-07",
        "2023-07-18; The parade is on Christmas Day.; Christmas Day; DATE|2023-12-25||2023-12-25|2023-12-25",
        // recurrences
        "2023-07-18; The ferry sails every week.; every week; SET|P1W|||",
        "2023-07-18; The bulletin appears daily.; daily; SET|P1D|||",
        "2023-07-18; The market opens every Monday.; every Monday; SET|XXXX-WXX-1|||",
    })
    void valueForms(String date, String text, String expression, String expected) {
        assertEquals(expected, tag(date, text, expression));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource(delimiter = ';', value = {
        // ISO weeks: week 53, and weeks that belong to the other calendar year
        "2020-12-31; this week; DATE|2020-W53||2020-12-28|2021-01-03",
        "2021-01-03; this week; DATE|2020-W53||2020-12-28|2021-01-03",
        "2021-01-06; last week; DATE|2020-W53||2020-12-28|2021-01-03",
        "2024-12-30; this week; DATE|2025-W01||2024-12-30|2025-01-05",
        "2024-12-23; next week; DATE|2025-W01||2024-12-30|2025-01-05",
        "2026-01-01; this week; DATE|2026-W01||2025-12-29|2026-01-04",
        "2027-01-01; this week; DATE|2026-W53||2026-12-28|2027-01-03",
    })
    void isoWeeks(String date, String expression, String expected) {
        assertEquals(expected, tag(date, "The ministers meet " + expression + ".", expression));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource(delimiter = ';', value = {
        "2024-02-29; The bank failed a year ago.; a year ago; DATE|2023||2023-01-01|2023-12-31",
        "2024-02-29; The bank failed a month ago.; a month ago; DATE|2024-01||2024-01-01|2024-01-31",
        "2024-02-29; The bank failed a week ago.; a week ago; DATE|2024-W08||2024-02-19|2024-02-25",
        "2025-03-01; The bank failed 366 days ago.; 366 days ago; DATE|2024-02-29||2024-02-29|2024-02-29",
        "2024-03-31; The bank failed a month ago.; a month ago; DATE|2024-02||2024-02-01|2024-02-29",
        "2023-06-10; The treaty was signed on Feb. 29.; Feb. 29; DATE|2020-02-29||2020-02-29|2020-02-29",
        "2023-06-10; The treaty will be signed on Feb. 29.; Feb. 29; DATE|2024-02-29||2024-02-29|2024-02-29",
        "2023-06-10; The treaty was signed on Feb. 29, 2024.; Feb. 29, 2024; DATE|2024-02-29||2024-02-29|2024-02-29",
    })
    void leapDays(String date, String text, String expression, String expected) {
        assertEquals(expected, tag(date, text, expression));
    }

    @org.junit.jupiter.api.Test
    void aYearAfterALeapDayIsADurationAndTheDateStaysExact() {
        Cli.Result r = Cli.runWithInput("The ruling came a year after 2024-02-29.".getBytes(StandardCharsets.UTF_8),
            "timeline", "--all", "--date", "2025-03-10");
        List<CSVRecord> rows = Tables.csv(r.out());
        assertEquals(List.of("a year|DURATION|P1Y", "2024-02-29|DATE|2024-02-29"),
            rows.stream().map(x -> x.get("text") + "|" + x.get("type") + "|" + x.get("value")).toList());
    }

    @org.junit.jupiter.api.Test
    void anInvalidDateIsNotADate() {
        List<String> found = texts("2023-06-10", "The treaty was signed on Feb. 29, 2023 and on April 31, 2022.");
        assertEquals(List.of("2023", "2022"), found);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // beyond three months of the document date, the tense of the clause picks the year
        "2023-07-18; The summit was held in December.; December; DATE|2022-12||2022-12-01|2022-12-31",
        "2023-07-18; The summit will be held in December.; December; DATE|2023-12||2023-12-01|2023-12-31",
        "2023-07-18; The envoys signed the accord in November.; November; DATE|2022-11||2022-11-01|2022-11-30",
        "2023-07-18; The plant closed on Nov. 3.; Nov. 3; DATE|2022-11-03||2022-11-03|2022-11-03",
        "2023-07-18; The plant will close on Nov. 3.; Nov. 3; DATE|2023-11-03||2023-11-03|2023-11-03",
        "2023-07-18; In May, she revealed the plans.; May; DATE|2023-05||2023-05-01|2023-05-31",
        // weekdays: the past one unless the clause is future
        "2023-07-18; The minister resigned on Friday.; Friday; DATE|2023-07-14||2023-07-14|2023-07-14",
        "2023-07-18; The minister will resign on Friday.; Friday; DATE|2023-07-21||2023-07-21|2023-07-21",
    })
    void tenseChoosesTheYear(String date, String text, String expression, String expected) {
        assertEquals(expected, tag(date, text, expression));
    }

    @org.junit.jupiter.api.Test
    void wordsThatOnlySometimesMeanTimeNeedTheirContext() {
        assertEquals(List.of(), texts("2023-07-18", "Officials may march on the capital. Prices fall in spring-like fashion."));
        assertEquals(List.of("1998"), texts("2023-07-18", "Some 1200 people marched in 1998."));
        assertEquals(List.of(), texts("2023-07-18", "A five-year-old boy and a long-term plan."));
        assertTrue(texts("2023-07-18", "Since March the index fell.").contains("March"));
    }
}
