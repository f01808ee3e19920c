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
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page around the views: head (styles, and a content security policy that forbids every
 * fetch, so opening the file never touches the network and only our own script runs), the corpus
 * sections, the document list, the spooled document views and a footer saying how it was made.
 */
final class ReportPage {
    private static final String CSS = resource("report.css");
    private static final String SCRIPT = resource("report.js");

    private final ReportSettings settings;
    private final List<Section<?>> sections;
    private final List<DocumentList.Row> rows;

    ReportPage(ReportSettings settings, List<Section<?>> sections, List<DocumentList.Row> rows) {
        this.settings = settings;
        this.sections = sections;
        this.rows = rows;
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

    void write(OutputStream out, Path views) throws IOException {
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
        h.element("p", summary(), "class", "summary").close("header");
        h.open("nav", "aria-label", "Contents").open("ol");
        for (Section<?> s : sections) {
            h.open("li").element("a", s.title(), "href", "#" + s.id()).close("li");
        }
        h.open("li").element("a", "Documents", "href", "#documents").close("li");
        h.close("ol").close("nav");
        h.open("main").newline();
        for (Section<?> s : sections) {
            h.open("section", "class", "corpus-view", "id", s.id(), "data-section", s.id(), "aria-labelledby", s.id() + "-h").newline();
            h.element("h2", s.title(), "id", s.id() + "-h").newline();
            s.renderCorpus(h);
            h.close("section");
        }
        h.open("section", "id", "documents", "data-section", "documents", "aria-labelledby", "documents-h").newline();
        h.element("h2", "Documents", "id", "documents-h").newline();
        if (rows.isEmpty()) {
            h.note("The input held no documents.");
        } else {
            DocumentList.render(h, sections, rows);
            long withoutView = rows.stream().filter(r -> !r.info().hasView()).count();
            if (withoutView > 0) {
                h.note("Only the first " + Numbers.count(settings.maxDocuments()) + " documents have a view of their own; the other "
                    + Numbers.count(withoutView) + " are listed and counted in every chart (raise --max-documents to see them).");
            }
            h.element("h3", "How the texts are marked", "id", "key-h").newline();
            h.open("ul", "class", "key", "aria-labelledby", "key-h");
            for (Section<?> s : sections) {
                s.renderTextKey(h);
            }
            h.close("ul");
        }
        out.write(h.buffer().toString().getBytes(StandardCharsets.UTF_8));
        Files.copy(views, out);
        h = new HtmlOut();
        h.close("section").close("main");
        h.open("footer").open("p").text("Made by textlens " + settings.version() + " with: ");
        h.open("code").text(describe(settings.options())).close("code").close("p");
        h.element("p", "Everything this report shows is in this one file: it fetches nothing from the network when opened.").close("footer");
        h.open("script").buffer().append(SCRIPT);
        h.close("script").close("body").close("html");
        out.write(h.buffer().toString().getBytes(StandardCharsets.UTF_8));
    }

    private String summary() {
        long words = rows.stream().mapToLong(r -> r.info().words()).sum();
        long sentences = rows.stream().mapToLong(r -> r.info().sentences()).sum();
        List<LocalDate> dates = rows.stream().map(r -> r.info().date()).flatMap(Optional::stream).sorted().toList();
        String span = dates.isEmpty() ? "no dates"
            : dates.size() + " dated, " + (dates.get(0).equals(dates.get(dates.size() - 1)) ? "on " + dates.get(0)
                : "from " + dates.get(0) + " to " + dates.get(dates.size() - 1));
        return Numbers.count(rows.size(), "document") + " · " + Numbers.count(words, "word") + " · "
            + Numbers.count(sentences, "sentence") + " · " + span;
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
