package org.newsmark.importing.html;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's metadata from the page's schema.org JSON-LD ({@code <script type="application/ld+json">}),
 * which publishers fill in for search engines and which is therefore the most complete source. A
 * block may hold one object, an array, or a {@code @graph}; people and publishers may be given in
 * place or by {@code @id} reference to another node. A block that is not valid JSON is skipped.
 */
final class JsonLdMetadata {

    /**
     * Tolerates what hand-written JSON-LD in the wild contains: comments, trailing commas, raw line
     * breaks. Built on first use (a holder class): creating a mapper costs a cold JVM most of a second,
     * which pages without JSON-LD need not pay.
     */
    private static final class Lenient {
        static final ObjectMapper JSON = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                        JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .build();
    }

    /** Enough for any real page's JSON-LD; a pathological one must not take long. */
    private static final int MAX_NODES = 20_000;

    private final List<JsonNode> objects = new ArrayList<>();
    private final Map<String, JsonNode> byId = new HashMap<>();

    private JsonLdMetadata() {
    }

    static PageFields read(Document page) {
        JsonLdMetadata graph = new JsonLdMetadata();
        for (Element script : page.select("script[type]")) {
            if (script.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
                graph.add(script.data());
            }
        }
        JsonNode article = graph.article();
        return article == null ? PageFields.NONE : graph.fields(article, page);
    }

    private void add(String block) {
        String json = block.strip();
        // Some pages wrap the JSON in a CDATA section or an HTML comment for old browsers.
        json = json.replaceFirst("^(<!\\[CDATA\\[|<!--)", "").replaceFirst("(]]>|-->)$", "").strip();
        JsonNode root;
        try {
            root = Lenient.JSON.readTree(json);
        } catch (JacksonException e) {
            return;
        }
        Deque<JsonNode> pending = new ArrayDeque<>();
        if (root != null) {
            pending.push(root);
        }
        int visited = 0;
        while (!pending.isEmpty() && visited++ < MAX_NODES) {
            JsonNode node = pending.pop();
            if (node.isObject()) {
                objects.add(node);
                JsonNode id = node.get("@id");
                if (id != null && id.isTextual() && node.size() > 1) {
                    byId.putIfAbsent(id.asText(), node);
                }
            }
            if (node.isContainerNode()) {
                List<JsonNode> children = new ArrayList<>();
                node.forEach(children::add);
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
            }
        }
    }

    /** The first article node, preferring one that names its headline. */
    private JsonNode article() {
        JsonNode first = null;
        for (JsonNode node : objects) {
            if (isArticle(node.get("@type"))) {
                if (node.hasNonNull("headline") || node.hasNonNull("name")) {
                    return node;
                }
                first = first == null ? node : first;
            }
        }
        return first;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isArticle(each)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText().replaceFirst("^(https?://schema\\.org/|schema:)", "");
        return name.endsWith("Article") || name.endsWith("BlogPosting") || name.equals("Report");
    }

    private PageFields fields(JsonNode article, Document page) {
        List<String> authors = new ArrayList<>();
        for (JsonNode author : each(article.has("author") ? article.get("author") : article.get("creator"))) {
            authors.add(name(author));
        }
        JsonNode publisher = each(article.get("publisher")).stream().findFirst().orElse(null);
        String url = text(article.get("url"));
        if (url == null) {
            JsonNode webPage = resolve(article.get("mainEntityOfPage"));
            url = webPage != null && webPage.isObject() ? first(text(webPage.get("url")), text(webPage.get("@id")))
                    : text(webPage);
        }
        return new PageFields(headline(article, page), text(article.get("description")),
                publisher == null ? null : name(publisher), PageText.people(authors),
                text(article.get("datePublished")), url);
    }

    /**
     * The headline; where {@code name} differs from it, the one the page's title or heading shows.
     * (Wikipedia's JSON-LD puts the article's name in {@code name} and a description in {@code headline}.)
     */
    private static String headline(JsonNode article, Document page) {
        String headline = text(article.get("headline"));
        String name = text(article.get("name"));
        if (headline == null || name == null || PageText.sameText(headline, name)) {
            return headline != null ? headline : name;
        }
        String shown = PageText.comparable(page.title() + " " + page.select("h1").text());
        boolean headlineShown = shown.contains(PageText.comparable(headline));
        boolean nameShown = shown.contains(PageText.comparable(name));
        return nameShown && !headlineShown ? name : headline;
    }

    /** A person's or organisation's name, whether given as text, as an object, or by reference. */
    private String name(JsonNode node) {
        JsonNode resolved = resolve(node);
        if (resolved == null) {
            return null;
        }
        if (!resolved.isObject()) {
            return text(resolved);
        }
        String name = text(resolved.get("name"));
        String given = text(resolved.get("givenName"));
        String family = text(resolved.get("familyName"));
        if (name == null && given != null) {
            name = family == null ? given : given + " " + family;
        }
        return name;
    }

    private JsonNode resolve(JsonNode node) {
        if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
            return byId.getOrDefault(node.get("@id").asText(), node);
        }
        return node;
    }

    private static List<JsonNode> each(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(items::add);
        } else if (node != null && !node.isNull()) {
            items.add(node);
        }
        return items;
    }

    /** The text of a value given as a string, a number, {@code {"@value": …}} or the first of an array. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        } else if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        } else if (node.isObject()) {
            return text(node.get("@value"));
        }
        return PageText.clean(node.asText());
    }

    private static String first(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
