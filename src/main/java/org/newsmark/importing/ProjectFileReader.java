package org.newsmark.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.ArticleSummary;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.Person;
import org.newsmark.store.NewerProjectException;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.StoreException;
import org.newsmark.store.sqlite.SqliteProjectStore;

/**
 * Reads another coder's project file ({@code .newsmark}): every article with the work in it (every
 * coder's annotations, attribute values, links, document codes, and the people they name), for the
 * importer to merge. The file is opened read-only and never changed; a project from a newer
 * Newsmark is refused whole.
 */
public final class ProjectFileReader implements ArticleReader {

    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String format() {
        return "newsmark";
    }

    @Override
    public boolean reads(String fileName, byte[] head) {
        if (head.length < SQLITE.length) {
            return false;
        }
        for (int i = 0; i < SQLITE.length; i++) {
            if (head[i] != SQLITE[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void read(ImportSource source, ArticleSink sink) throws ImportException, IOException {
        Path file = Path.of(source.name());
        if (!Files.isRegularFile(file)) {
            throw new ImportException("a project is read from a file");
        }
        try (ProjectStore project = open(file)) {
            Codebook codebook = project.codebook();
            Map<UUID, Person> people = new HashMap<>();
            project.people().forEach(person -> people.put(person.id(), person));
            Map<Long, SortedSet<String>> coders = project.articleCoders();
            Map<Long, List<Link>> links = new HashMap<>();
            project.allLinks().forEach(link -> links.computeIfAbsent(link.articleId(), id -> new ArrayList<>()).add(link));
            for (ArticleSummary summary : project.articles()) {
                Article article = project.article(summary.id()).orElse(null);
                if (article == null) {
                    continue; // deleted while we read; the rest is still merged
                }
                sink.article("article " + article.id(), draft(article), work(project, codebook, people, article,
                        links.getOrDefault(article.id(), List.of()), coders.getOrDefault(article.id(), new TreeSet<>())));
            }
        } catch (NewerProjectException e) {
            throw new ImportException("it was written by a newer Newsmark (" + e.getMessage()
                    + "); nothing of it was merged. Update Newsmark to merge it");
        } catch (StoreException e) {
            throw new ImportException("it cannot be read as a Newsmark project (" + e.getMessage() + ")");
        }
    }

    private static ProjectStore open(Path file) {
        return SqliteProjectStore.open(file, OpenMode.READ_ONLY);
    }

    private static ArticleDraft draft(Article article) {
        return new ArticleDraft(article.title(), article.standfirst(), article.source(), article.byline(),
                article.published(), article.url(), article.text());
    }

    private static CarriedWork work(ProjectStore project, Codebook codebook, Map<UUID, Person> people, Article article,
            List<Link> links, SortedSet<String> coders) {
        List<CarriedWork.Span> spans = new ArrayList<>();
        Map<UUID, Person> named = new LinkedHashMap<>();
        for (Annotation annotation : project.annotations(article.id())) {
            Category category = codebook.category(annotation.categoryId()).orElse(null);
            if (category == null) {
                continue;
            }
            Map<String, String> attributes = new HashMap<>();
            for (AttributeDefinition definition : codebook.attributesOf(category)) {
                String value = annotation.attributes().get(definition.id());
                if (value != null) {
                    attributes.put(definition.name(), value);
                }
            }
            if (annotation.personId() != null && people.containsKey(annotation.personId())) {
                named.put(annotation.personId(), people.get(annotation.personId()));
            }
            spans.add(new CarriedWork.Span(annotation.id().toString(), category.name(), annotation.start(), annotation.end(),
                    annotation.note(), annotation.annotator(), attributes,
                    annotation.personId() == null ? null : annotation.personId().toString()));
        }
        List<CarriedWork.SpanLink> spanLinks = links.stream().map(link -> new CarriedWork.SpanLink(link.id().toString(),
                link.type().code(), link.from().toString(), link.to().toString())).toList();
        List<CarriedWork.CarriedPerson> carriedPeople = named.values().stream().map(person -> new CarriedWork.CarriedPerson(
                person.id().toString(), person.name(), person.type(), person.role(), person.affiliation(),
                person.aliases())).toList();
        Map<String, Map<String, String>> codesByCoder = new HashMap<>();
        coders.forEach(coder -> codesByCoder.put(coder, Map.of()));
        for (ArticleCoding coding : project.codingsOfAllCoders(article.id())) {
            Map<String, String> byName = new HashMap<>();
            coding.values().forEach((fieldId, value) -> codebook.documentField(fieldId)
                    .ifPresent(field -> byName.put(field.name(), value)));
            codesByCoder.put(coding.coder(), byName);
        }
        String note = project.coding(article.id()).note();
        return new CarriedWork(note, Map.of(), spans, spanLinks, carriedPeople, codesByCoder);
    }

    /** Whether two paths name the same file, however they are written. */
    static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().toString().toLowerCase(Locale.ROOT)
                    .equals(b.toAbsolutePath().normalize().toString().toLowerCase(Locale.ROOT));
        }
    }
}
