package org.textlens.corpus;

import java.time.LocalDate;
import java.util.Optional;
import org.textlens.web.Article;
import org.textlens.web.ArticleExtractor;

/**
 * Turns the bytes of a fetched web page into its article document, telling the user in one line
 * when the page is too large, its charset is unknown or broken, or it holds no article.
 */
final class Pages {
    /** Pages above this are not parsed: they are not articles, and parsing them would take the memory of many. */
    static final int MAX_PAGE_BYTES = 16 << 20;

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final InputSettings settings;
    private final Diagnostics diagnostics;

    Pages(InputSettings settings, Diagnostics diagnostics) {
        this.settings = settings;
        this.diagnostics = diagnostics;
    }

    /** Whether a page of {@code length} bytes (more than {@link #MAX_PAGE_BYTES} means longer) is skipped, with a warning. */
    boolean tooLarge(String where, long length) {
        if (length <= MAX_PAGE_BYTES) {
            return false;
        }
        diagnostics.warn(where, "page larger than " + (MAX_PAGE_BYTES >> 20) + " MiB skipped (not read as an article)");
        return true;
    }

    /**
     * The article of a page as a document named {@code id}; empty, with a warning naming
     * {@code where}, when the page has none.
     */
    Optional<Document> document(String id, String where, byte[] bytes, int length, Optional<String> httpCharset,
                                Optional<String> url, Optional<LocalDate> fallbackDate) {
        PageCharset.Decoded page = PageCharset.decode(bytes, length, httpCharset, settings.charset());
        page.problem().ifPresent(p -> diagnostics.warn(where, p + "; decoded as " + page.charset().name()));
        if (page.damage().count() > 0) {
            diagnostics.malformedBytes(where, page.charset().name(), page.damage().count(), page.damage().firstOffset());
        }
        Optional<Article> article = extractor.extract(page.html(), url);
        if (article.isEmpty()) {
            diagnostics.warn(where, "no article found (an index, error or empty page?); skipped");
            return Optional.empty();
        }
        Article a = article.get();
        Optional<LocalDate> date = a.date().or(() -> fallbackDate).or(settings::defaultDate);
        return Optional.of(new Document(id, a.text(), date, a.meta()));
    }
}
