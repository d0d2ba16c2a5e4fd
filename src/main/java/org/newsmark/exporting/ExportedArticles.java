package org.newsmark.exporting;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.Person;
import org.newsmark.store.ProjectStore;
import org.newsmark.task.Progress;

/**
 * The articles an export writes, read from the project one at a time with their annotations, links
 * and codes (so a project of any size is never in memory whole), and what their ids stand for: the
 * codebook and the people, read once.
 */
public final class ExportedArticles {

    /** One article and its coders' work. */
    public record Item(Article article, List<Annotation> annotations, List<Link> links, ArticleCoding coding) {
    }

    /** Writes one article. */
    @FunctionalInterface
    public interface Visitor {
        void visit(Item item) throws IOException;
    }

    private final ProjectStore store;
    private final List<Long> ids;
    private final Codebook codebook;
    private final Map<UUID, Person> people = new HashMap<>();

    private ExportedArticles(ProjectStore store, List<Long> ids) {
        this.store = store;
        this.ids = ids;
        this.codebook = store.codebook();
        store.people().forEach(person -> people.put(person.id(), person));
    }

    /**
     * @throws ExportException when an article chosen is not in the project
     */
    public static ExportedArticles of(ProjectStore store, ArticleSelection selection) throws ExportException {
        return new ExportedArticles(store, selection.resolve(store));
    }

    public int size() {
        return ids.size();
    }

    public Codebook codebook() {
        return codebook;
    }

    public Optional<Person> person(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(people.get(id));
    }

    /** The category's name, or "Uncategorised" for a category no longer in the codebook. */
    public String categoryName(long categoryId) {
        return codebook.category(categoryId).map(Category::name).orElse("Uncategorised");
    }

    /** The annotation's attribute values by attribute name, in the order the codebook lists them. */
    public Map<String, String> attributes(Annotation annotation) {
        Map<String, String> named = new LinkedHashMap<>();
        codebook.category(annotation.categoryId()).ifPresent(category -> {
            for (AttributeDefinition attribute : codebook.attributesOf(category)) {
                String value = annotation.attributes().get(attribute.id());
                if (value != null) {
                    named.put(attribute.name(), value);
                }
            }
        });
        return named;
    }

    /** The article's document codes by field name, in the codebook's order. */
    public Map<String, String> codes(ArticleCoding coding) {
        Map<String, String> named = new LinkedHashMap<>();
        for (AttributeDefinition field : codebook.documentFields()) {
            String value = coding.values().get(field.id());
            if (value != null) {
                named.put(field.name(), value);
            }
        }
        return named;
    }

    /**
     * Reads and visits the articles in order. Between two articles it says how far it has got and
     * stops with a {@link org.newsmark.task.TaskCancelledException} if the export was cancelled.
     *
     * @return how many articles were visited
     */
    public int forEach(Progress progress, Visitor visitor) throws IOException {
        int done = 0;
        progress.update(0, ids.size(), "Exporting " + ids.size() + (ids.size() == 1 ? " article" : " articles"));
        for (long id : ids) {
            progress.checkCancelled();
            Optional<Article> article = store.article(id);
            if (article.isEmpty()) {
                // Deleted while the export ran (another window has the project open): nothing to write.
                continue;
            }
            visitor.visit(new Item(article.get(), store.annotations(id), store.links(id), store.coding(id)));
            done++;
            progress.update(done, ids.size(), "Exported " + done + " of " + ids.size() + " articles");
        }
        return done;
    }
}
