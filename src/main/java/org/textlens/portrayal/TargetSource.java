package org.textlens.portrayal;

import java.util.List;
import org.textlens.attribution.PersonIndex;
import org.textlens.nlp.AnnotatedDocument;

/** Where the targets of a document come from. */
public sealed interface TargetSource {
    /** The targets of {@code doc} in the order rows are written. */
    List<Target> find(AnnotatedDocument doc, PersonIndex people);

    /** What the JSON envelope reports as the target source. */
    String describe();

    /** Every person and organisation the text names (the default). */
    static TargetSource found() {
        return new Found(new NameFinder());
    }

    /** The entities a user names, with their aliases. */
    static TargetSource named(List<EntityNames> entities) {
        return new Named(new NamedTargets(entities), entities.size());
    }

    /** The spans a record gives in {@code field}. */
    static TargetSource spans(String field) {
        return new Spans(field);
    }

    record Found(NameFinder finder) implements TargetSource {
        @Override
        public List<Target> find(AnnotatedDocument doc, PersonIndex people) {
            return finder.find(doc, people);
        }

        @Override
        public String describe() {
            return "names";
        }
    }

    record Named(NamedTargets targets, int entities) implements TargetSource {
        @Override
        public List<Target> find(AnnotatedDocument doc, PersonIndex people) {
            return targets.find(doc, people);
        }

        @Override
        public String describe() {
            return "given";
        }
    }

    record Spans(String field) implements TargetSource {
        @Override
        public List<Target> find(AnnotatedDocument doc, PersonIndex people) {
            return SpanEntities.of(doc, TargetSpans.of(doc.doc(), field), people);
        }

        @Override
        public String describe() {
            return "field:" + field;
        }
    }
}
