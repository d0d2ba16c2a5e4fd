package org.newsmark.analysis;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleCodingChange;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Change;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.RelationType;
import org.newsmark.model.CorpusFilter;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.Annotations;

/**
 * A small project coded by hand through the store, as the window would code it: articles of our own
 * sentences, spans tagged by their text, links, people and attribute values.
 */
final class CodingFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    final ProjectStore store;

    CodingFixture(Path folder) {
        this.store = SqliteProjectStore.open(folder.resolve("findings.newsmark"), OpenMode.CREATE_OR_OPEN);
    }

    CodingFixture(ProjectStore store) {
        this.store = store;
    }

    Article article(String outlet, String published, String text) {
        String title = text.lines().findFirst().orElse(text);
        long id = store.addArticle(new ArticleDraft(title, null, outlet, null, published, null, text)).id();
        return store.article(id).orElseThrow();
    }

    long category(String name) {
        return Annotations.category(store, name);
    }

    Category categoryNamed(String name) {
        return store.codebook().byName(name).orElseThrow();
    }

    /** Tags the first occurrence of {@code text}, after {@code from}. */
    Annotation tag(Article article, String text, String category) {
        return tagFrom(article, text, category, 0);
    }

    Annotation tagFrom(Article article, String text, String category, int from) {
        int start = article.text().indexOf(text, from);
        if (start < 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not in article " + article.id());
        }
        Annotation annotation = Annotations.at(article, start, start + text.length(), category(category));
        apply(AnnotationChange.create(annotation));
        return annotation;
    }

    Annotation withAttribute(Annotation annotation, String attributeName, String value) {
        Category category = store.codebook().category(annotation.categoryId()).orElseThrow();
        AttributeDefinition attribute = store.codebook().attributesOf(category).stream()
                .filter(candidate -> candidate.name().equalsIgnoreCase(attributeName)).findFirst().orElseThrow();
        Annotation changed = annotation.withAttribute(attribute.id(), value, NOW);
        apply(new AnnotationChange(annotation, changed));
        return changed;
    }

    Link attribute(Annotation content, Annotation source) {
        Link link = Link.of(content.articleId(), RelationType.ATTRIBUTED_TO, content.id(), source.id(), NOW);
        apply(LinkChange.create(link));
        return link;
    }

    Link cue(Annotation content, Annotation cue) {
        Link link = Link.of(content.articleId(), RelationType.CUE, content.id(), cue.id(), NOW);
        apply(LinkChange.create(link));
        return link;
    }

    Person person(String name, String type) {
        Person person = new Person(UUID.randomUUID(), name, type, "", "", List.of(), NOW, NOW);
        apply(new PersonChange(null, person));
        return person;
    }

    Annotation refer(Annotation mention, Person person) {
        Annotation changed = mention.withPerson(person.id(), NOW);
        apply(new AnnotationChange(mention, changed));
        return changed;
    }

    Annotation recategorise(Annotation annotation, String category) {
        Annotation changed = annotation.withCategory(category(category), NOW).withAttributes(Map.of(), NOW);
        apply(new AnnotationChange(annotation, changed));
        return changed;
    }

    void code(long articleId, String field, String value) {
        AttributeDefinition definition = store.codebook().documentFields().stream()
                .filter(candidate -> candidate.name().equalsIgnoreCase(field)).findFirst().orElseThrow();
        ArticleCoding before = store.coding(articleId);
        apply(new ArticleCodingChange(before, before.withValue(definition.id(), value)));
    }

    void apply(Change... changes) {
        store.apply(List.of(changes));
    }

    void apply(List<? extends Change> changes) {
        store.apply(new ArrayList<>(changes));
    }

    /** The findings as the command line and the window count them, over the whole project. */
    Findings findings() {
        return findings(CorpusFilter.NONE);
    }

    Findings findings(CorpusFilter scope) {
        return new FindingsIndex(store.codebook(), store.people(), store.codedArticles()).findings(scope);
    }

    @Override
    public void close() {
        store.close();
    }
}
