package org.newsmark.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleSummary;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.Person;
import org.newsmark.model.RelationType;
import org.newsmark.model.SpanFragments;
import org.newsmark.store.ProjectStore;

/**
 * What a project holds, without its ids: per article (keyed by its text) its spans (category,
 * fragments, text, attributes, note, person) and links between spans, as text that compares and
 * prints well. A round trip through a format is right when the view of the project that comes back
 * equals the view of the one that went out, less what the format does not carry.
 */
public record ProjectView(Map<String, ArticleView> articles) {

    public record ArticleView(Set<String> spans, Set<String> links) {
    }

    /** One span: its words are what a format must keep. */
    public record Span(String category, List<int[]> fragments, String text, Map<String, String> attributes, String note,
            String person) {

        String key() {
            StringBuilder key = new StringBuilder(category).append(" @");
            for (int[] fragment : fragments) {
                key.append(' ').append(fragment[0]).append('-').append(fragment[1]);
            }
            return key.toString();
        }

        String describe() {
            return key() + " \u201C" + text.replace("\r", "\\r").replace("\n", "\\n") + "\u201D " + new TreeMap<>(attributes)
                    + (note.isEmpty() ? "" : " note=" + note) + (person == null ? "" : " person=" + person);
        }
    }

    /** What a format changes or drops, applied to the view of the project exported. */
    public interface Loss extends UnaryOperator<Span> {
    }

    public static ProjectView of(ProjectStore store) {
        return of(store, span -> span, text -> text, (text, offset) -> offset);
    }

    /**
     * @param loss       what a format keeps of a span
     * @param textAfter  the text as the format gives it back (line ends made {@code \n})
     * @param offsetAfter the offset in {@code textAfter} of an offset of the original text
     */
    public static ProjectView of(ProjectStore store, Loss loss, UnaryOperator<String> textAfter,
            java.util.function.BiFunction<String, Integer, Integer> offsetAfter) {
        Codebook codebook = store.codebook();
        Map<UUID, String> people = new HashMap<>();
        store.people().forEach(person -> people.put(person.id(), person.name()));
        Map<String, ArticleView> articles = new TreeMap<>();
        for (ArticleSummary summary : store.articles()) {
            Article article = store.article(summary.id()).orElseThrow();
            String original = article.text();
            String text = textAfter.apply(original);
            List<Annotation> annotations = store.annotations(article.id());
            List<Link> links = store.links(article.id());
            Map<UUID, String> keyOf = new HashMap<>();
            Set<String> spans = new TreeSet<>();
            for (SpanFragments.Span span : SpanFragments.spans(annotations, links)) {
                List<int[]> fragments = new ArrayList<>();
                StringBuilder words = new StringBuilder();
                for (Annotation fragment : span.fragments()) {
                    int start = offsetAfter.apply(original, fragment.start());
                    int end = offsetAfter.apply(original, fragment.end());
                    fragments.add(new int[] {start, end});
                    words.append(words.length() == 0 ? "" : " ").append(text, start, end);
                }
                Annotation first = span.first();
                Map<String, String> attributes = new TreeMap<>();
                codebook.category(first.categoryId()).ifPresent(category -> {
                    for (AttributeDefinition attribute : codebook.attributesOf(category)) {
                        String value = first.attributes().get(attribute.id());
                        if (value != null) {
                            attributes.put(attribute.name(), value);
                        }
                    }
                });
                Span view = loss.apply(new Span(codebook.category(first.categoryId()).orElseThrow().name(), fragments,
                        words.toString(), attributes, first.note(), first.personId() == null ? null : people.get(first.personId())));
                if (view == null) {
                    continue;
                }
                span.fragments().forEach(fragment -> keyOf.put(fragment.id(), view.key()));
                spans.add(view.describe());
            }
            Set<String> linkViews = new TreeSet<>();
            for (Link link : links) {
                if (link.type() != RelationType.CONTINUES && keyOf.containsKey(link.from()) && keyOf.containsKey(link.to())) {
                    linkViews.add(keyOf.get(link.from()) + " " + link.type().code() + " " + keyOf.get(link.to()));
                }
            }
            articles.put(text, new ArticleView(spans, linkViews));
        }
        return new ProjectView(articles);
    }

    /** The offset after making every {@code \r\n} and lone {@code \r} a {@code \n}, as brat and TSV read text. */
    public static int offsetWithUnixLineEnds(String text, int offset) {
        int removed = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                removed++;
            }
        }
        return offset - removed;
    }

    public static String unixLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The articles' views in text order, for a readable failure message. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        articles.entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey)).forEach(entry -> {
            lines.add("article " + entry.getKey().substring(0, Math.min(40, entry.getKey().length())).replace("\n", "\\n")
                    + " (" + entry.getKey().length() + " characters, " + org.newsmark.model.ContentHash.of(entry.getKey()) + ")");
            entry.getValue().spans().forEach(span -> lines.add("  " + span));
            entry.getValue().links().forEach(link -> lines.add("  link " + link));
        });
        return lines;
    }
}
