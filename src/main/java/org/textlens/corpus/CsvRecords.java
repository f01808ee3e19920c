package org.textlens.corpus;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts CSV or TSV text into records before they are parsed, following RFC 4180's quoting: a
 * quote opens a quoted field only at the start of a field, a doubled quote inside it is a quote,
 * and line breaks inside it belong to the record. Each record is then parsed on its own, so a
 * malformed one ({@code "a" junk}) is reported and skipped while every record after it is read.
 */
final class CsvRecords {
    /** One record's text with its line break, and the lines it spans (from 1). */
    record Raw(String text, long firstLine, long lastLine, boolean unclosedQuote) {
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final Reader in;
    private final char delimiter;
    private final char[] buf = new char[1 << 15];
    private int pos;
    private int limit;
    private long line = 1;

    CsvRecords(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The next record, or null at the end of the input. */
    Raw next() throws IOException {
        StringBuilder text = new StringBuilder(256);
        long first = line;
        State state = State.FIELD_START;
        while (true) {
            if (pos == limit && !fill()) {
                if (text.length() == 0) {
                    return null;
                }
                return new Raw(text.toString(), first, line, state == State.QUOTED);
            }
            char c = buf[pos++];
            text.append(c);
            boolean lineBreak = c == '\n' || c == '\r';
            if (lineBreak) {
                if (c == '\r' && (pos < limit || fill()) && buf[pos] == '\n') {
                    text.append(buf[pos++]);
                }
                if (state != State.QUOTED) {
                    return new Raw(text.toString(), first, line++, false);
                }
                line++;
                continue;
            }
            state = switch (state) {
                case FIELD_START -> c == '"' ? State.QUOTED : c == delimiter ? State.FIELD_START : State.UNQUOTED;
                case UNQUOTED -> c == delimiter ? State.FIELD_START : State.UNQUOTED;
                case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
                case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : c == delimiter ? State.FIELD_START : State.UNQUOTED;
            };
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
