package org.textlens.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.textlens.corpus.InputFormat;
import org.textlens.output.OutputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Enum options are written in lower case on the command line, in help and in completion. */
final class EnumConverters {
    private EnumConverters() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", names(type)));
    }

    static <E extends Enum<E>> Iterable<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    }

    static final class InputFormatConverter implements ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            return parse(InputFormat.class, value);
        }
    }

    static final class OutputFormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return parse(OutputFormat.class, value);
        }
    }

    static final class InputFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names(InputFormat.class).iterator();
        }
    }

    static final class OutputFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names(OutputFormat.class).iterator();
        }
    }
}
