package org.textlens.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's {@code <script type="application/ld+json">} blocks, and the
 * one among them that describes the article. Parsed into plain maps and lists; a block that is not
 * valid JSON (they often are not) is ignored.
 */
final class JsonLd {
    private static final JsonFactory JSON = JsonFactory.builder()
        .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
        "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report", "scholarlyarticle",
        "techarticle", "posting", "socialmediaposting", "liveblogposting", "advertisercontentarticle", "satiricalarticle");

    private final List<Map<String, Object>> objects;

    private JsonLd(List<Map<String, Object>> objects) {
        this.objects = objects;
    }

    static JsonLd of(Document page) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            try (JsonParser p = JSON.createParser(script.data())) {
                JsonToken t = p.nextToken();
                if (t != null) {
                    collect(value(p, t), objects);
                }
            } catch (IOException | RuntimeException e) {
                // not JSON after all: the page's other metadata still counts
            }
        }
        return new JsonLd(objects);
    }

    /** The article object: the first whose {@code @type} is an article type. */
    Optional<Map<String, Object>> article() {
        return objects.stream().filter(o -> types(o).stream().anyMatch(ARTICLE_TYPES::contains)).findFirst();
    }

    static List<String> types(Map<String, Object> o) {
        List<String> out = new ArrayList<>();
        Object t = o.get("@type");
        if (t instanceof String s) {
            out.add(s.toLowerCase(java.util.Locale.ROOT));
        } else if (t instanceof List<?> l) {
            l.stream().filter(String.class::isInstance).map(s -> ((String) s).toLowerCase(java.util.Locale.ROOT)).forEach(out::add);
        }
        return out;
    }

    /** A string at a property, or inside it: {@code author: {name: ...}} or a list of them, joined. */
    static Optional<String> string(Map<String, Object> o, String key) {
        return text(o.get(key));
    }

    private static Optional<String> text(Object v) {
        if (v instanceof String s) {
            return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
        }
        if (v instanceof Map<?, ?> m) {
            return text(m.get("name")).or(() -> text(m.get("@value")));
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object x : l) {
                text(x).filter(s -> !parts.contains(s)).ifPresent(parts::add);
            }
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object v, List<Map<String, Object>> out) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> o = (Map<String, Object>) m;
            out.add(o);
            collect(o.get("@graph"), out);
            collect(o.get("mainEntity"), out);
            collect(o.get("mainEntityOfPage"), out);
        } else if (v instanceof List<?> l) {
            l.forEach(x -> collect(x, out));
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    m.putIfAbsent(name, value(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken x; (x = p.nextToken()) != JsonToken.END_ARRAY; ) {
                    if (x == null) {
                        throw new IOException("unexpected end");
                    }
                    l.add(value(p, x));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                return p.getText();
            }
            default -> {
                return null;
            }
        }
    }
}
