package org.textlens.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.textlens.corpus.Document;
import org.textlens.engine.Runner;
import org.textlens.nlp.AnnotatedDocument;
import org.textlens.nlp.TokenKind;
import org.textlens.nlp.TokenVisitor;
import org.textlens.report.html.Mark;
import org.textlens.report.html.Markup;

/**
 * Builds the report in one pass over the documents. Workers analyse each document with every
 * section and render its view; the report thread hands the results to the sections in input order
 * and spools the document views to a temporary file, so memory holds the sections' aggregates and
 * the document list, not the corpus. At the end the page is written: head, corpus views, document
 * list, then the spooled document views.
 */
public final class ReportBuilder {
    private final ReportSettings settings;
    private final ReportSpec spec;
    private final ReportSections all;
    private final List<Section<?>> sections;

    public ReportBuilder(ReportSettings settings, ReportSpec spec, ReportSections sections) {
        this.settings = settings;
        this.spec = spec;
        this.all = sections;
        this.sections = sections.list();
    }

    /** Whether any section needs part-of-speech tags. */
    public boolean needsPos() {
        return sections.stream().anyMatch(Section::needsPos);
    }

    /** What one document yielded, handed from a worker to the report thread. */
    private record Analyzed(DocumentInfo info, List<Found<?>> found, String view) {
    }

    /** A section's result for one document, kept with its section so the types line up. */
    private record Found<P extends Section.Part>(Section<P> section, P part) {
        static <P extends Section.Part> Found<P> of(Section<P> section, AnnotatedDocument doc) {
            return new Found<>(section, section.analyze(doc));
        }

        void addTo(DocumentInfo info) {
            section.add(info, part);
        }
    }

    /**
     * Makes the report's figures in one pass over the documents and, when {@code html} is given,
     * writes the page with the document list and views too.
     *
     * @return the corpus views' figures, as the data folder holds them
     */
    public ReportData build(Runner runner, Runner.Feed feed, OutputStream html) throws IOException {
        Map<Document, Integer> numbers = Collections.synchronizedMap(new IdentityHashMap<>());
        int[] read = {0};
        Runner.Feed numbered = sink -> feed.forEach(doc -> {
            numbers.put(doc, read[0]++);
            sink.accept(doc);
        });
        boolean views = html != null;
        CorpusFacts.Tally facts = new CorpusFacts.Tally();
        List<DocumentList.Row> listRows = new ArrayList<>();
        Path spool = views ? Files.createTempFile("textlens-report-", ".html") : null;
        try {
            try (Writer spooled = views ? new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(spool), StandardCharsets.UTF_8), 1 << 16)
                : Writer.nullWriter()) {
                runner.map(numbered, doc -> Stream.of(analyze(doc, numbers.remove(doc.doc()), views)), a -> {
                    a.found().forEach(f -> f.addTo(a.info()));
                    facts.add(a.info());
                    if (views) {
                        List<Section.Cell> cells = new ArrayList<>();
                        a.found().forEach(f -> cells.addAll(f.part().cells()));
                        listRows.add(new DocumentList.Row(a.info(), cells));
                    }
                    try {
                        spooled.write(a.view());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            ReportData data = ReportTally.finish(spec, all, facts);
            if (views) {
                new ReportPage(settings, data).write(html, new ReportPage.Documents(sections, listRows, spool));
            }
            return data;
        } finally {
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
        }
    }

    /**
     * The data step alone, as a cluster's executor runs it over its part of the corpus: each
     * document analysed by every section and counted, no views.
     */
    public static final class Pass {
        private final ReportSections sections;
        private final CorpusFacts.Tally facts = new CorpusFacts.Tally();
        private int index;

        /** @param order the place of the first document in the corpus's order (for the periods' examples) */
        public Pass(ReportSpec spec, ReportSections.Analyzers analyzers, long order) {
            this.sections = ReportSections.create(spec, java.util.Optional.empty(), analyzers);
            sections.timeline().orderFrom(order);
        }

        public void add(AnnotatedDocument doc) {
            DocumentInfo info = info(doc, index++, false);
            for (Section<?> s : sections.list()) {
                Found.of(s, doc).addTo(info);
            }
            facts.add(info);
        }

        public ReportTally tally() {
            return sections.tally(facts);
        }

        /** Every counted term of the part, in no order. */
        public List<FreqSection.TermCount> terms() {
            return sections.terms().terms(sections.terms().counts());
        }
    }

    private Analyzed analyze(AnnotatedDocument doc, int index, boolean views) {
        List<Found<?>> found = new ArrayList<>(sections.size());
        for (Section<?> s : sections) {
            found.add(Found.of(s, doc));
        }
        DocumentInfo info = info(doc, index, views && index < settings.maxDocuments());
        return new Analyzed(info, found, info.hasView() ? view(doc, info, found) : "");
    }

    private static DocumentInfo info(AnnotatedDocument doc, int index, boolean view) {
        return new DocumentInfo(index, doc.doc().id(), doc.doc().date(), words(doc), doc.sentenceSpans().size(), view);
    }

    private static long words(AnnotatedDocument doc) {
        long[] words = {0};
        doc.visitTokens(new TokenVisitor() {
            @Override
            public void token(char[] text, int start, int end, TokenKind kind) {
                if (kind == TokenKind.WORD) {
                    words[0]++;
                }
            }

            @Override
            public void sentenceEnd() {
            }
        });
        return words[0];
    }

    /** One document's view: heading, facts, each section's figures, and the marked-up text. */
    private static String view(AnnotatedDocument doc, DocumentInfo info, List<Found<?>> found) {
        HtmlOut out = new HtmlOut(new StringBuilder(doc.doc().text().length() * 3 + 4096));
        out.open("article", "class", "doc", "id", info.anchor(), "aria-labelledby", info.anchor() + "-h", "data-doc-id", info.id()).newline();
        out.element("h3", info.id(), "id", info.anchor() + "-h").newline();
        StringBuilder facts = new StringBuilder(info.date().map(d -> "published " + d).orElse("no date"))
            .append(" · ").append(Numbers.count(info.words(), "word")).append(" · ").append(Numbers.count(info.sentences(), "sentence"));
        for (Found<?> f : found) {
            List<String> headers = f.section().listHeaders();
            List<Section.Cell> cells = f.part().cells();
            for (int i = 0; i < headers.size() && i < cells.size(); i++) {
                if (!cells.get(i).text().isEmpty()) {
                    facts.append(" · ").append(headers.get(i)).append(' ').append(cells.get(i).text());
                }
            }
        }
        out.open("p", "class", "facts").text(facts.toString()).close("p");
        List<Mark> marks = new ArrayList<>();
        for (Found<?> f : found) {
            f.part().render(out, info);
            marks.addAll(f.part().marks());
        }
        out.open("div", "class", "text", "lang", "en");
        Markup.render(out.buffer(), doc.doc().text(), marks);
        out.close("div");
        out.open("p", "class", "back").open("a", "href", "#documents").text("Back to the document list").close("a").close("p");
        out.close("article");
        return out.buffer().toString();
    }
}
