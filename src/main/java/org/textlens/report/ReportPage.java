package org.textlens.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The page around the views: head (styles, and a content security policy that forbids every
 * fetch, so opening the file never touches the network and only our own script runs), the corpus
 * sections, the document list, the spooled document views and a footer saying how it was made.
 */
public final class ReportPage {
    private static final String CSS = resource("report.css");
    private static final String SCRIPT = resource("report.js");

    private final ReportSettings settings;
    private final ReportData data;

    /** The document list's rows and the spooled document views, with the sections that made them. */
    record Documents(List<Section<?>> sections, List<DocumentList.Row> rows, Path views) {
    }

    ReportPage(ReportSettings settings, ReportData data) {
        this.settings = settings;
        this.data = data;
    }

    /**
     * Writes the page from the figures alone ({@code textlens report --from-data}): the corpus
     * views as a report of the corpus draws them, and a note that the document list and views,
     * which need the texts, are not in it.
     */
    public static void write(ReportSettings settings, ReportData data, String source, OutputStream out) throws IOException {
        new ReportPage(settings, data).write(out, null, source);
    }

    /**
     * The policy: nothing may be fetched ({@code default-src 'none'}), images only from data: URLs,
     * and only the style sheet and script with these exact hashes apply; a script that somehow
     * got into a document's text would not run.
     */
    static String contentSecurityPolicy() {
        return "default-src 'none'; img-src data:; style-src '" + hash(CSS) + "'; script-src '" + hash(SCRIPT)
            + "'; base-uri 'none'; form-action 'none'";
    }

    void write(OutputStream out, Documents documents) throws IOException {
        write(out, documents, null);
    }

    private void write(OutputStream out, Documents documents, String source) throws IOException {
        HtmlOut h = new HtmlOut();
        h.buffer().append("<!DOCTYPE html>\n");
        h.open("html", "lang", "en").newline().open("head").newline();
        h.open("meta", "charset", "utf-8").newline();
        h.open("meta", "http-equiv", "Content-Security-Policy", "content", contentSecurityPolicy()).newline();
        h.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        h.open("meta", "name", "generator", "content", "textlens " + settings.version()).newline();
        h.element("title", settings.title()).newline();
        h.open("style").buffer().append(CSS);
        h.close("style").close("head");
        h.open("body").newline();
        h.open("header").element("h1", settings.title()).newline();
        h.element("p", data.facts().summary(), "class", "summary");
        if (documents == null) {
            h.newline().note("Drawn from the corpus's figures in " + source + " (textlens report --from-data): the charts are those of a report "
                + "of the corpus itself. The document list and each document's view need the texts and are not in this report; "
                + "run textlens report on the corpus for them.");
        }
        h.close("header");
        h.open("nav", "aria-label", "Contents").open("ol");
        for (CorpusView s : data.views()) {
            h.open("li").element("a", s.title(), "href", "#" + s.id()).close("li");
        }
        if (documents != null) {
            h.open("li").element("a", "Documents", "href", "#documents").close("li");
        }
        h.close("ol").close("nav");
        h.open("main").newline();
        for (CorpusView s : data.views()) {
            h.open("section", "class", "corpus-view", "id", s.id(), "data-section", s.id(), "aria-labelledby", s.id() + "-h").newline();
            h.element("h2", s.title(), "id", s.id() + "-h").newline();
            s.render(h);
            h.close("section");
        }
        if (documents != null) {
            documentList(h, documents);
        }
        out.write(h.buffer().toString().getBytes(StandardCharsets.UTF_8));
        h = new HtmlOut();
        if (documents != null) {
            Files.copy(documents.views(), out);
            h.close("section");
        }
        h.close("main");
        h.open("footer").open("p").text("Made by textlens " + settings.version() + (source == null ? "" : " from " + source) + " with: ");
        h.open("code").text(describe(settings.options())).close("code").close("p");
        h.element("p", "Everything this report shows is in this one file: it fetches nothing from the network when opened.").close("footer");
        h.open("script").buffer().append(SCRIPT);
        h.close("script").close("body").close("html");
        out.write(h.buffer().toString().getBytes(StandardCharsets.UTF_8));
    }

    private void documentList(HtmlOut h, Documents documents) {
        List<DocumentList.Row> rows = documents.rows();
        h.open("section", "id", "documents", "data-section", "documents", "aria-labelledby", "documents-h").newline();
        h.element("h2", "Documents", "id", "documents-h").newline();
        if (rows.isEmpty()) {
            h.note("The input held no documents.");
        } else {
            DocumentList.render(h, documents.sections(), rows);
            long withoutView = rows.stream().filter(r -> !r.info().hasView()).count();
            if (withoutView > 0) {
                h.note("Only the first " + Numbers.count(settings.maxDocuments()) + " documents have a view of their own; the other "
                    + Numbers.count(withoutView) + " are listed and counted in every chart (raise --max-documents to see them).");
            }
            h.element("h3", "How the texts are marked", "id", "key-h").newline();
            h.open("ul", "class", "key", "aria-labelledby", "key-h");
            for (Section<?> s : documents.sections()) {
                s.renderTextKey(h);
            }
            h.close("ul");
        }
    }

    private static String describe(Map<String, Object> options) {
        StringBuilder s = new StringBuilder();
        options.forEach((k, v) -> s.append(s.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        return s.toString();
    }

    private static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
