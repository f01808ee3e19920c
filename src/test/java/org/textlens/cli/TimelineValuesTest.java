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
        "2023-07-18; He was shot last Oct. 23 at home.; last Oct. 23; DATE|2022-10-23||2022-10-23|2022-10-23",
        "2023-07-18; The fair closed last July 2.; last July 2; DATE|2023-07-02||2023-07-02|2023-07-02",
        "2023-07-18; Talks resume next March 5.; next March 5; DATE|2024-03-05||2024-03-05|2024-03-05",
        "2023-07-18; The vote is next Feb. 29.; next Feb. 29; DATE|2024-02-29||2024-02-29|2024-02-29",
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
        "2023-07-18; Margins will stay thin in the near term.; the near term; DATE|FUTURE_REF|||",
        "2023-07-18; The vote was put off to a later date.; a later date; DATE|FUTURE_REF|||",
        "2023-07-18; Repairs will start as soon as possible.; as soon as possible; DATE|FUTURE_REF|||",
        "2023-07-18; Talks go on in the weeks ahead.; the weeks ahead; DURATION|PXW|||",
        "2023-07-18; Robots will one day run the mill.; one day; DATE|FUTURE_REF|||",
        "2023-07-18; One day, the miller sold the farm.; One day; DATE|PAST_REF|||",
        "2023-07-18; The strike lasted one day.; one day; DURATION|P1D|||",
        "2023-07-18; They held a day-long meeting.; day-long; DURATION|P1D|||",
        "2023-07-18; The months-long strike ended.; months-long; DURATION|PXM|||",
        "2023-07-18; She ended a several-year tenure.; several-year; DURATION|PXY|||",
        "2023-07-18; The loan may run for an additional year.; an additional year; DURATION|P1Y|||",
        "2023-07-18; Add two extra weeks.; two extra weeks; DURATION|P2W|||",
        "2023-07-18; The prize is awarded annually.; annually; SET|P1Y|||",
        "2023-07-18; The vote closed at 3 p.m. yesterday.; 3 p.m. yesterday; TIME|2023-07-17T15:00||2023-07-17|2023-07-17",
        "2023-07-18; The vote closes at 10:30 a.m.; 10:30 a.m.; TIME|2023-07-18T10:30||2023-07-18|2023-07-18",
        "2023-07-18; The crowd gathered this evening.; this evening; TIME|2023-07-18TEV||2023-07-18|2023-07-18",
        "2023-07-18; Shots were heard last night.; last night; TIME|2023-07-17TNI||2023-07-17|2023-07-17",
        // a part of the day with its edge: of the day named, else of the document's day
        "2023-07-18; By mid afternoon the streets were empty.; mid afternoon; TIME|2023-07-18TAF||2023-07-18|2023-07-18",
        "2023-07-18; At mid-afternoon yesterday the index rose.; mid-afternoon yesterday; TIME|2023-07-17TAF||2023-07-17|2023-07-17",
        "2023-07-18; Fog lifted in the early morning.; the early morning; TIME|2023-07-18TMO||2023-07-18|2023-07-18",
        // days named before "Day": fixed dates, and weekdays on or after a date of the month
        "2023-07-18; The race is close with Election Day ahead.; Election Day; DATE|2023-11-07||2023-11-07|2023-11-07",
        "2023-07-18; He won on election day 2020.; election day 2020; DATE|2020-11-03||2020-11-03|2020-11-03",
        "2023-07-18; Shops will close on Labor Day.; Labor Day; DATE|2023-09-04||2023-09-04|2023-09-04",
        "2023-07-18; Crowds filled the beaches on Memorial Day 2021.; Memorial Day 2021; DATE|2021-05-31||2021-05-31|2021-05-31",
        "2023-07-18; The fireworks on Independence Day were loud.; Independence Day; DATE|2023-07-04||2023-07-04|2023-07-04",
        // a clock time restated in parentheses takes the day named after them
        "2023-07-18; The dam burst at 10:20 a.m. (0820 GMT) Sunday, flooding farms.; 10:20 a.m.; TIME|2023-07-16T10:20||2023-07-16|2023-07-16",
        "2023-07-18; The ship will sail at 5 in the morning (5 a.m. EDT Thursday), he said.; 5 in the morning; TIME|2023-07-20T05:00||2023-07-20|2023-07-20",
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
        // a month or day with 'last year', 'this year', 'next year' is one expression
        "2023-07-18; The talks broke down in June last year.; June last year; DATE|2022-06||2022-06-01|2022-06-30",
        "2023-07-18; The plant reopens in early March next year.; early March next year; DATE|2024-03|START|2024-03-01|2024-03-31",
        "2023-07-18; The treaty was signed on Feb. 3 this year.; Feb. 3 this year; DATE|2023-02-03||2023-02-03|2023-02-03",
        "2023-11-02; Attacks rose sharply over the past year.; the past year; DATE|2022||2022-01-01|2022-12-31",
        "2023-11-02; It was the invention of the past century.; the past century; DATE|20||2000-01-01|2099-12-31",
        "2023-11-02; The sale should close by year-end.; year-end; DATE|2023|END|2023-01-01|2023-12-31",
        "2023-11-02; The index is up 4% since year-end.; year-end; DATE|2022|END|2022-01-01|2022-12-31",
        "2023-11-02; Staff got a year-end bonus.; year-end; DATE|2023|END|2023-01-01|2023-12-31",
        // 'the year' is the document's year, unless it is a reporting period 'ended' on a date
        "2023-11-02; Sales for the year rose 4%.; the year; DATE|2023||2023-01-01|2023-12-31",
        "2023-11-02; For the fiscal year ended June 30, it earned $4 million.; the fiscal year; DURATION|P1Y|||",
        "2023-11-02; Prices rose 7% in the year to September.; the year; DURATION|P1Y|||",
        // results news: the reporting quarter is the last one ended before the document date
        "2023-11-02; Margins widened in the latest quarter.; the latest quarter; DATE|2023-Q3||2023-07-01|2023-09-30",
        "2023-11-02; Margins widened in the most recent period.; the most recent period; DATE|2023-Q3||2023-07-01|2023-09-30",
        "2023-11-02; The loss compares with a year-earlier profit.; year-earlier; DATE|2022-Q3||2022-07-01|2022-09-30",
        "2023-11-02; Year-ago results were restated.; Year-ago; DATE|2022-Q3||2022-07-01|2022-09-30",
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
        // 'would' looks ahead of the report, 'would have' back; a possessor takes no tense from the verb
        "2023-07-18; Aides said the envoy would be flying to Rome Thursday.; Thursday; DATE|2023-07-20||2023-07-20|2023-07-20",
        "2023-07-18; Aides said the envoy would have arrived in Rome Thursday.; Thursday; DATE|2023-07-13||2023-07-13|2023-07-13",
        "2023-07-18; Aides said on Sunday that the envoy would fly to Rome on Thursday.; Thursday; DATE|2023-07-13||2023-07-13|2023-07-13",
        "2023-07-18; The bonds will trade above Friday's closing price.; Friday; DATE|2023-07-14||2023-07-14|2023-07-14",
        // a participle with its agent qualifies a noun and does not give the clause its tense
        "2023-07-18; The ferry will add routes by December to towns spared by the floods.; December; DATE|2023-12||2023-12-01|2023-12-31",
        "2023-07-18; The ferry was hit by a storm in December.; December; DATE|2022-12||2022-12-01|2022-12-31",
        // weekdays: the past one unless the clause is future
        "2023-07-18; The minister resigned on Friday.; Friday; DATE|2023-07-14||2023-07-14|2023-07-14",
        "2023-07-18; The minister will resign on Friday.; Friday; DATE|2023-07-21||2023-07-21|2023-07-21",
        // a date beside a reporting verb dates the report, whatever tense follows
        "2023-07-18; A spokesman said Friday that the talks will resume.; Friday; DATE|2023-07-14||2023-07-14|2023-07-14",
        "2023-07-18; The mayor announced on Wednesday that the bridge will reopen.; Wednesday; DATE|2023-07-12||2023-07-12|2023-07-12",
        "2023-07-18; The council will decide, the mayor warned Monday.; Monday; DATE|2023-07-17||2023-07-17|2023-07-17",
        // 'to' + verb after a word that looks ahead, and 'as soon as', point forward
        "2023-07-18; The board planned to vote on Monday.; Monday; DATE|2023-07-24||2023-07-24|2023-07-24",
        "2023-07-18; The inquiry, set to resume Monday, drew crowds.; Monday; DATE|2023-07-24||2023-07-24|2023-07-24",
        "2023-07-18; The judge postponed the hearing until Monday.; Monday; DATE|2023-07-24||2023-07-24|2023-07-24",
        "2023-07-18; The crowd stayed until Monday.; Monday; DATE|2023-07-17||2023-07-17|2023-07-17",
        "2023-07-18; The bank extended the loans through March.; March; DATE|2024-03||2024-03-01|2024-03-31",
        "2023-07-18; Sales rose through March.; March; DATE|2023-03||2023-03-01|2023-03-31",
        // the day a change takes effect is announced ahead of it
        "2023-07-18; The board created a new office, effective Feb. 1.; Feb. 1; DATE|2024-02-01||2024-02-01|2024-02-01",
        // a verb whose base form ends in -ed is no past form
        "2023-07-18; Smith will succeed Jones Feb. 1.; Feb. 1; DATE|2024-02-01||2024-02-01|2024-02-01",
        "2023-07-18; Smith succeeded Jones Feb. 1.; Feb. 1; DATE|2023-02-01||2023-02-01|2023-02-01",
        "2023-07-18; The trial is set to resume Monday.; Monday; DATE|2023-07-24||2023-07-24|2023-07-24",
        "2023-07-18; Trading could resume as soon as Monday.; Monday; DATE|2023-07-24||2023-07-24|2023-07-24",
        "2023-07-18; The board went to court on Monday.; Monday; DATE|2023-07-17||2023-07-17|2023-07-17",
        "2023-07-18; On Friday, the league plans to hold a rally.; Friday; DATE|2023-07-21||2023-07-21|2023-07-21",
        "2023-07-18; On Friday, the minister cancelled her vacation plans.; Friday; DATE|2023-07-14||2023-07-14|2023-07-14",
        // the present perfect tells of the past
        "2023-07-18; Police have questioned a suspect in the November robbery.; November; DATE|2022-11||2022-11-01|2022-11-30",
        "2023-07-18; Detectives have been searching for him since the Oct. 23 shooting.; Oct. 23; DATE|2022-10-23||2022-10-23|2022-10-23",
    })
    void tenseChoosesTheYear(String date, String text, String expression, String expected) {
        assertEquals(expected, tag(date, text, expression));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // 'that year', 'the following month' refer to the last date the text named
        "2023-07-18; The mill opened in March 1996. The following year it closed.; The following year; DATE|1997||1997-01-01|1997-12-31",
        "2023-07-18; The mill opened in March 1996. Later that year it closed.; Later that year; DATE|1996|END|1996-01-01|1996-12-31",
        "2023-07-18; The strike began on Oct. 3, 1998. Police came that same day.; that same day; DATE|1998-10-03||1998-10-03|1998-10-03",
        "2023-07-18; The strike began on Oct. 3, 1998. The following month, talks resumed.; The following month; DATE|1998-11||1998-11-01|1998-11-30",
        "2023-07-18; The strike began on Oct. 3, 1998. The following week it ended.; The following week; DATE|1998-W41||1998-10-05|1998-10-11",
        // a date coarser than the unit leaves the rest unknown
        "2023-07-18; The strike began in October 1998. Police came that same day.; that same day; DATE|1998-10-XX|||",
        "2023-07-18; Prices rose in 1997. That month, wages fell.; That month; DATE|1997-XX|||",
        // with no date before it: the document date, or the span of one unit
        "2023-07-18; That week was calm.; That week; DATE|2023-W29||2023-07-17|2023-07-23",
        "2023-07-18; The following year was calm.; The following year; DURATION|P1Y|||",
    })
    void anaphoricExpressionsTakeTheLastNamedDate(String date, String text, String expression, String expected) {
        assertEquals(expected, tag(date, text, expression));
    }

    @org.junit.jupiter.api.Test
    void daysListedAfterADateAreDatesOfTheirOwn() {
        Cli.Result r = Cli.runWithInput("The summit is on April 24 and 25. Talks ran March 3, 4 and 5. On May 5 and 6 people died.".getBytes(StandardCharsets.UTF_8),
            "timeline", "--all", "--date", "1999-02-10");
        assertEquals(List.of("April 24|1999-04-24", "25|1999-04-25", "March 3|1999-03-03", "4|1999-03-04", "5|1999-03-05", "May 5|1999-05-05"),
            Tables.csv(r.out()).stream().map(x -> x.get("text") + "|" + x.get("value")).toList());
    }

    @org.junit.jupiter.api.Test
    void wordsThatOnlySometimesMeanTimeNeedTheirContext() {
        assertEquals(List.of(), texts("2023-07-18", "Officials may march on the capital. Prices fall in spring-like fashion."));
        assertEquals(List.of("1998"), texts("2023-07-18", "Some 1200 people marched in 1998."));
        assertEquals(List.of(), texts("2023-07-18", "A five-year-old boy and a long-term plan."));
        assertEquals(List.of("spring", "fall"), texts("2023-07-18", "Prices began to fall apart. From spring to fall, it rained."));
        assertEquals(List.of(), texts("2023-07-18", "She said on ABC's \"This Week\" that CBS's \"60 Minutes\" erred."));
        assertEquals(List.of("Thanksgiving Day", "This week"), texts("2023-07-18", "He left on Thanksgiving Day. This week, he returns."));
        assertEquals(List.of(), texts("2023-07-18", "The mayor, 61 years old, resigned. Members must be 18 years old or older."));
        assertEquals(List.of(), texts("2023-07-18", "The cuts save $40 million a year. Rents rose 3% a month."));
        assertEquals(List.of("24 hours"), texts("2023-07-18", "It pays $1.76 a year. Qantas flies four flights a week. Guards stay 24 hours a day."));
        assertEquals(List.of("a year", "61 years"), texts("2023-07-18", "The strike lasted a year. She served 61 years."));
        assertTrue(texts("2023-07-18", "Since March the index fell.").contains("March"));
        assertEquals(List.of("9 a.m."), texts("2023-07-18", "The polls open at 9 a.m. (1300 GMT)."));
        assertEquals(List.of(), texts("2023-07-18", "The late-night show ended."));
        assertEquals(List.of("the 1990s"), texts("2023-07-18", "She was in her 30s in the 1990s. He is in his early 40s, she in her mid-50s."));
        assertEquals(List.of(), texts("2023-07-18", "The Communist Party daily Granma and the French weekly Le Point agreed."));
        assertEquals(List.of("daily", "weekly"), texts("2023-07-18", "Flights leave daily. The weekly Cabinet meeting was held."));
        assertEquals(List.of(), texts("2023-07-18", "The independence movement and the election campaign grew."));
    }
}
