package org.textlens.portrayal;

import java.util.ArrayList;
import java.util.List;
import org.textlens.attribution.PersonIndex;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.Span;

/**
 * Targets from spans a user gives ({@code --targets-field}): one per span, in the given order. The
 * entity is the person the span names when {@code attribution} knows it (a surname written after the
 * full name, "he"/"she" after an unambiguous person), else the words of the span.
 */
final class SpanEntities {
    private SpanEntities() {
    }

    static List<Target> of(AnnotatedDocument doc, List<Span> spans, PersonIndex people) {
        List<Target> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            String written = doc.text(s);
            String entity = Mentions.bare(written.strip());
            if (Mentions.isPronoun(entity)) {
                entity = people.resolve(s.start()).map(m -> Mentions.bare(m.text())).orElse(entity);
            } else {
                for (PersonIndex.Person p : people.people()) {
                    if (p.start() < s.end() && p.end() > s.start()) {
                        entity = Mentions.bare(p.canonical().text());
                        break;
                    }
                }
            }
            out.add(new Target(s.start(), s.end(), written, entity));
        }
        return out;
    }
}
