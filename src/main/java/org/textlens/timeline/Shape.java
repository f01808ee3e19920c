package org.textlens.timeline;

/** Classes the scanner gives tokens by their form rather than by a word list. */
enum Shape {
    /** A whole number written in digits. */
    DIGITS,
    /** A number that can be a year: 1000 to 2199. */
    YEAR,
    /** A number that can be a day of the month, 1 to 31, also written 5th. */
    DAYNUM,
    /** A decade in digits: 1990s, 90s. */
    DECADE,
    /** A clock time: 10:30. */
    CLOCK,
    /** A clock time with its half of the day attached: 10am, 3pm. */
    AMPMTIME,
    /** A date in digits: 1998-08-07, 8/7/1998, 07.08.1998. */
    NUMDATE,
    /** A word number or a number in digits. */
    NUM,
    /** An ordinal: third, 3rd. */
    ORD
}
