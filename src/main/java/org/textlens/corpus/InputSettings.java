package org.textlens.corpus;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How to read inputs.
 *
 * @param format corpus format
 * @param charset text encoding of every input
 * @param idField field or column holding the document id (JSONL, CSV)
 * @param textField field or column holding the text (JSONL, CSV)
 * @param dateField field or column holding the publication date (JSONL, CSV)
 * @param defaultDate date given to documents that carry none
 * @param glob file-name filter for files found inside folders
 */
public record InputSettings(InputFormat format, Charset charset, String idField, String textField,
                            String dateField, Optional<LocalDate> defaultDate, Optional<String> glob) {
}
