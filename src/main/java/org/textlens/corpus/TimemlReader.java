package org.textlens.corpus;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --input-format timeml}: a TempEval-style TimeML file is one document. Its text is the
 * content of the TEXT element with every tag removed and entities decoded; its date is the value
 * of the TIMEX3 whose functionInDocument is CREATION_TIME (the DCT), else {@code --date}.
 */
record TimemlReader(InputSettings settings) implements FormatReader {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern DCT = Pattern.compile("<TIMEX3\\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"(\\d{4})-?(\\d{2})-?(\\d{2})");
    private static final Pattern DOCID = Pattern.compile("<DOCID>([^<]*)</DOCID>");

    @Override
    public void read(InputSource source, OpenedInput input, Consumer<Document> sink) throws IOException {
        String xml = input.readAll();
        int open = xml.indexOf("<TEXT>");
        int close = xml.lastIndexOf("</TEXT>");
        if (open < 0 || close < open) {
            throw new InputException(source.name(), "no <TEXT> element", "--input-format timeml reads TimeML files with the text inside <TEXT>...</TEXT>");
        }
        String text = decode(TAG.matcher(xml.substring(open + "<TEXT>".length(), close)).replaceAll(""));
        Optional<LocalDate> date = creationTime(xml).or(settings::defaultDate);
        Matcher id = DOCID.matcher(xml);
        Map<String, String> meta = id.find() ? Map.of("docid", decode(id.group(1).strip())) : Map.of();
        sink.accept(new Document(source.name(), text, date, meta));
    }

    private static Optional<LocalDate> creationTime(String xml) {
        Matcher dct = DCT.matcher(xml);
        if (!dct.find()) {
            return Optional.empty();
        }
        Matcher v = VALUE.matcher(dct.group());
        if (!v.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(v.group(1)), Integer.parseInt(v.group(2)), Integer.parseInt(v.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** XML's five named entities and numeric character references. */
    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String name = s.substring(i + 1, semi);
                String decoded = switch (name) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> numeric(name);
                };
                if (decoded != null) {
                    out.append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String numeric(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return character(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return character(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /** A character reference; one to a character XML forbids (&#0;, a lone surrogate) reads as U+FFFD. */
    private static String character(int c) {
        boolean xml = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
        return xml ? new String(Character.toChars(c)) : "\uFFFD";
    }
}
