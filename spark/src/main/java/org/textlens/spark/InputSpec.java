package org.textlens.spark;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;
import org.textlens.corpus.InputFormat;
import org.textlens.corpus.InputSettings;

/** {@link InputSettings} as plain serialisable data, for the executors. */
record InputSpec(InputFormat format, String charset, String idField, String textField, String dateField,
                 LocalDate defaultDate, String glob) implements Serializable {

    static InputSpec of(InputSettings s) {
        return new InputSpec(s.format(), s.charset().name(), s.idField(), s.textField(), s.dateField(),
            s.defaultDate().orElse(null), s.glob().orElse(null));
    }

    InputSettings settings() {
        return new InputSettings(format, Charset.forName(charset), idField, textField, dateField,
            Optional.ofNullable(defaultDate), Optional.ofNullable(glob));
    }
}
