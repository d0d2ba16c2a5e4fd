package org.newsmark.exporting.w3c;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.newsmark.exporting.ArticleSelection;
import org.newsmark.exporting.ExportFileNames;
import org.newsmark.exporting.ExportFolders;
import org.newsmark.exporting.ExportedArticles;
import org.newsmark.exporting.ProjectExporter;
import org.newsmark.formats.W3cVocabulary;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.CodePointOffsets;
import org.newsmark.model.Link;
import org.newsmark.model.Person;
import org.newsmark.model.RelationType;
import org.newsmark.model.SpanFragments;
import org.newsmark.model.TextSpans;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.Progress;

/**
 * Exports a project as W3C Web Annotation JSON-LD: one {@code AnnotationCollection} per article,
 * {@code name.jsonld}, whose annotations target the article by a {@code TextQuoteSelector} (exact,
 * prefix, suffix) and a {@code TextPositionSelector} counting code points, as the standard says. The
 * bodies say the category (classifying), the note (commenting), the attributes (describing), the
 * person (identifying) and the links (linking, to the other annotation); a discontinuous span has a
 * target per fragment. The collection carries the article itself ({@code nm:article}: its text,
 * details, note and document codes), so a collection is complete on its own.
 */
public final class W3cExporter implements ProjectExporter {

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectWriter writer = json.writer(new DefaultPrettyPrinter());

    @Override
    public String format() {
        return "w3c";
    }

    @Override
    public String description() {
        return "W3C Web Annotation JSON-LD: a folder of name.jsonld, one AnnotationCollection per article with its text "
                + "(quote and position selectors, category, attributes, note, person, links); positions count code points";
    }

    @Override
    public Layout layout() {
        return Layout.FOLDER;
    }

    @Override
    public String extension() {
        return "jsonld";
    }

    @Override
    public int export(ProjectStore store, ArticleSelection selection, Path target, Progress progress) throws IOException {
        ExportedArticles articles = ExportedArticles.of(store, selection);
        return ExportFolders.write(store.file(), target, format(), folder -> {
            ExportFileNames names = new ExportFileNames();
            return articles.forEach(progress, item -> {
                String name = names.nameFor(item.article());
                writer.writeValue(folder.resolve(name + ".jsonld").toFile(), collection(item, articles));
            });
        });
    }

    private ObjectNode collection(ExportedArticles.Item item, ExportedArticles names) {
        Article article = item.article();
        String source = W3cVocabulary.articleIri(article.contentHash());
        ObjectNode collection = json.createObjectNode();
        ArrayNode context = collection.putArray("@context");
        context.add(W3cVocabulary.CONTEXT);
        context.addObject().put(W3cVocabulary.PREFIX, W3cVocabulary.NAMESPACE);
        collection.put("id", source + ":annotations");
        collection.put("type", "AnnotationCollection");
        collection.put("label", article.title());
        List<SpanFragments.Span> spans = SpanFragments.spans(item.annotations(), item.links());
        collection.put("total", spans.size());
        ObjectNode described = collection.putObject(W3cVocabulary.ARTICLE);
        described.put("id", source);
        described.put("type", "Text");
        described.put("format", "text/plain");
        described.put(W3cVocabulary.TITLE, article.title());
        putIfPresent(described, W3cVocabulary.STANDFIRST, article.standfirst());
        putIfPresent(described, W3cVocabulary.OUTLET, article.source());
        putIfPresent(described, W3cVocabulary.BYLINE, article.byline());
        putIfPresent(described, W3cVocabulary.PUBLISHED, article.published());
        putIfPresent(described, W3cVocabulary.URL, article.url());
        putIfPresent(described, W3cVocabulary.NOTE, item.coding().note().isBlank() ? null : item.coding().note());
        Map<String, String> codes = names.codes(item.coding());
        if (!codes.isEmpty()) {
            ObjectNode codeNode = described.putObject(W3cVocabulary.CODES);
            codes.forEach(codeNode::put);
        }
        described.put(W3cVocabulary.TEXT, article.text());
        ObjectNode page = collection.putObject("first");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        ArrayNode items = page.putArray("items");
        CodePointOffsets offsets = CodePointOffsets.of(article.text());
        Set<UUID> heads = new HashSet<>();
        spans.forEach(span -> heads.add(span.first().id()));
        for (SpanFragments.Span span : spans) {
            items.add(annotation(span, item, names, source, offsets, heads));
        }
        return collection;
    }

    private ObjectNode annotation(SpanFragments.Span span, ExportedArticles.Item item, ExportedArticles names, String source,
            CodePointOffsets offsets, Set<UUID> heads) {
        Annotation first = span.first();
        ObjectNode annotation = json.createObjectNode();
        annotation.put("id", W3cVocabulary.UUID_PREFIX + first.id());
        annotation.put("type", "Annotation");
        annotation.put("motivation", "classifying");
        annotation.put("created", first.created().toString());
        annotation.put("modified", first.updated().toString());
        ObjectNode creator = annotation.putObject("creator");
        creator.put("type", "Person");
        creator.put("name", first.annotator());
        ArrayNode bodies = annotation.putArray("body");
        textual(bodies, "classifying", names.categoryName(first.categoryId()));
        if (!first.note().isBlank()) {
            textual(bodies, "commenting", first.note());
        }
        names.attributes(first).forEach((attribute, value) -> {
            ObjectNode body = textual(bodies, "describing", attribute + ": " + value);
            body.put(W3cVocabulary.ATTRIBUTE, attribute);
            body.put(W3cVocabulary.VALUE, value);
        });
        names.person(first.personId()).ifPresent(person -> identifying(bodies, person));
        for (Link link : item.links()) {
            if (link.from().equals(first.id()) && link.type() != RelationType.CONTINUES && heads.contains(link.to())) {
                ObjectNode body = bodies.addObject();
                body.put("type", "SpecificResource");
                body.put("purpose", "linking");
                body.put("source", W3cVocabulary.UUID_PREFIX + link.to());
                body.put(W3cVocabulary.RELATION, link.type().code());
            }
        }
        ArrayNode targets = annotation.putArray("target");
        String text = item.article().text();
        for (Annotation fragment : span.fragments()) {
            ObjectNode target = targets.addObject();
            if (fragment != first) {
                target.put("id", W3cVocabulary.UUID_PREFIX + fragment.id()); // so that the fragment keeps its id too
            }
            target.put("type", "SpecificResource");
            target.put("source", source);
            ArrayNode selectors = target.putArray("selector");
            ObjectNode quote = selectors.addObject();
            quote.put("type", "TextQuoteSelector");
            quote.put("exact", fragment.text());
            quote.put("prefix", TextSpans.prefix(text, fragment.start()));
            quote.put("suffix", TextSpans.suffix(text, fragment.end()));
            ObjectNode position = selectors.addObject();
            position.put("type", "TextPositionSelector");
            position.put("start", offsets.toCodePoints(fragment.start()));
            position.put("end", offsets.toCodePoints(fragment.end()));
        }
        return annotation;
    }

    private static ObjectNode textual(ArrayNode bodies, String purpose, String value) {
        ObjectNode body = bodies.addObject();
        body.put("type", "TextualBody");
        body.put("purpose", purpose);
        body.put("value", value);
        body.put("format", "text/plain");
        return body;
    }

    private static void identifying(ArrayNode bodies, Person person) {
        ObjectNode body = textual(bodies, "identifying", person.name());
        putIfPresent(body, W3cVocabulary.PERSON_TYPE, person.type().isBlank() ? null : person.type());
        putIfPresent(body, W3cVocabulary.PERSON_ROLE, person.role().isBlank() ? null : person.role());
        putIfPresent(body, W3cVocabulary.AFFILIATION, person.affiliation().isBlank() ? null : person.affiliation());
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
