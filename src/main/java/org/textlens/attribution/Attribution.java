package org.textlens.attribution;

import java.util.Optional;

/** Who said it and with which verb, found around a quotation or a reported clause. */
record Attribution(Optional<Mention> speaker, String verb, int verbStart) {
}
