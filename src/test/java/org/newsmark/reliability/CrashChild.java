package org.newsmark.reliability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.newsmark.editing.CodebookEdits;
import org.newsmark.editing.Outcome;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.ImportInput;
import org.newsmark.importing.ImportOptions;
import org.newsmark.importing.ImportReport;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleSummary;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryRole;
import org.newsmark.model.Change;
import org.newsmark.model.Codebook;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.RelationType;
import org.newsmark.model.TextSpans;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/**
 * The process the crash harness kills: it opens (on its first run, creates) a project and then tags,
 * links, deletes, imports, merges people and reorders the codebook in a loop, the way the window and
 * the command line commit them. After each commit returns it appends what it did to a journal and
 * forces the journal to disk; a change it is about to make that could remove something is noted
 * before it is made, since a kill may land between the commit and the note.
 *
 * <p>Journal lines: {@code A id} annotation created, {@code d id} about to delete, {@code D id}
 * deleted, {@code L id from to} link created, {@code I hash} article imported, {@code m kept merged}
 * about to merge, {@code M kept merged} merged.
 */
public final class CrashChild {

    private final ProjectStore store;
    private final FileChannel journal;
    private final Random random;
    private final List<Annotation> mine = new ArrayList<>();

    private CrashChild(ProjectStore store, FileChannel journal, Random random) {
        this.store = store;
        this.journal = journal;
        this.random = random;
    }

    /** Arguments: the project, the journal, a seed. Runs until killed. */
    public static void main(String[] args) throws Exception {
        Random random = new Random(Long.parseLong(args[2]));
        try (FileChannel journal = FileChannel.open(Path.of(args[1]), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
             ProjectStore store = SqliteProjectStore.open(Path.of(args[0]), OpenMode.CREATE_OR_OPEN)) {
            CrashChild child = new CrashChild(store, journal, random);
            if (store.articles().isEmpty()) {
                child.importArticles(5);
            }
            System.out.println("working");
            System.out.flush();
            while (true) {
                child.step();
            }
        }
    }

    private void step() throws IOException {
        int choice = random.nextInt(100);
        if (choice < 45) {
            tag();
        } else if (choice < 60) {
            link();
        } else if (choice < 72) {
            delete();
        } else if (choice < 84) {
            importArticles(1 + random.nextInt(4));
        } else if (choice < 94) {
            mergePeople();
        } else {
            moveACategory();
        }
    }

    private void tag() throws IOException {
        List<ArticleSummary> articles = store.articles();
        Article article = store.article(articles.get(random.nextInt(articles.size())).id()).orElseThrow();
        List<Category> categories = store.categories();
        Category category = categories.get(random.nextInt(categories.size()));
        int start = random.nextInt(Math.max(1, article.text().length() - 40));
        int end = Math.min(article.text().length(), start + 5 + random.nextInt(30));
        if (TextSpans.problem(article.text(), start, end).isPresent() || article.text().substring(start, end).isBlank()) {
            return;
        }
        Instant now = Instant.now();
        Annotation annotation = new Annotation(java.util.UUID.randomUUID(), article.id(), category.id(), start, end,
                article.text().substring(start, end), TextSpans.prefix(article.text(), start), TextSpans.suffix(article.text(), end),
                "", "crash-child", now, now);
        store.apply(List.of(AnnotationChange.create(annotation)));
        mine.add(annotation);
        note("A " + annotation.id());
    }

    private void link() throws IOException {
        Codebook codebook = store.codebook();
        for (Annotation content : mine) {
            if (roleOf(codebook, content) != CategoryRole.CONTENT) {
                continue;
            }
            for (Annotation source : store.annotations(content.articleId())) {
                if (roleOf(codebook, source) == CategoryRole.SOURCE && random.nextBoolean()) {
                    Link link = Link.of(content.articleId(), RelationType.ATTRIBUTED_TO, content.id(), source.id(), Instant.now());
                    store.apply(List.of(LinkChange.create(link)));
                    note("L " + link.id() + " " + link.from() + " " + link.to());
                    return;
                }
            }
        }
    }

    private static CategoryRole roleOf(Codebook codebook, Annotation annotation) {
        return codebook.category(annotation.categoryId()).map(category -> codebook.roleOf(category)).orElse(null);
    }

    private void delete() throws IOException {
        if (mine.isEmpty()) {
            return;
        }
        Annotation doomed = mine.remove(random.nextInt(mine.size()));
        note("d " + doomed.id());
        store.apply(List.of(AnnotationChange.delete(store.annotation(doomed.id()).orElseThrow())));
        note("D " + doomed.id());
    }

    private void importArticles(int count) throws IOException {
        List<ImportInput> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long n = random.nextLong() & Long.MAX_VALUE;
            inputs.add(ImportInput.text("story " + n, "Story " + n + "\n\nThe minister said on Tuesday that plan " + n
                    + " would work, but the experts quoted by the paper doubted it. \"It will not work,\" said one of them."));
        }
        ImportReport report = new CorpusImporter(store).run(inputs, ImportOptions.DEFAULTS, CorpusImporter.Progress.NONE, () -> false);
        for (ImportReport.Imported imported : report.imported()) {
            note("I " + imported.articleId());
        }
    }

    private void mergePeople() throws IOException {
        List<Annotation> speakers = new ArrayList<>();
        Codebook codebook = store.codebook();
        for (Annotation annotation : mine) {
            if (roleOf(codebook, annotation) == CategoryRole.SOURCE) {
                speakers.add(annotation);
            }
        }
        if (speakers.size() < 2) {
            return;
        }
        Instant now = Instant.now();
        Person kept = Person.named("Person " + random.nextInt(1000), now);
        Person merged = Person.named("Person " + random.nextInt(1000), now);
        Annotation first = store.annotation(speakers.get(0).id()).orElseThrow();
        Annotation second = store.annotation(speakers.get(1).id()).orElseThrow();
        store.apply(List.of(new PersonChange(null, kept), new PersonChange(null, merged),
                new AnnotationChange(first, first.withPerson(kept.id(), now)), new AnnotationChange(second, second.withPerson(merged.id(), now))));
        note("m " + kept.id() + " " + merged.id());
        Annotation secondNow = store.annotation(second.id()).orElseThrow();
        List<Change> merge = List.of(new AnnotationChange(secondNow, secondNow.withPerson(kept.id(), now)),
                new PersonChange(kept, kept.withAliases(merged.names(), now)), new PersonChange(merged, null));
        store.apply(merge);
        note("M " + kept.id() + " " + merged.id());
    }

    private void moveACategory() throws IOException {
        Codebook codebook = store.codebook();
        List<Category> categories = codebook.categories();
        Outcome outcome = CodebookEdits.move(codebook, categories.get(random.nextInt(categories.size())), random.nextBoolean() ? 1 : -1);
        if (outcome.hasEdit()) {
            store.apply(outcome.edit().changes());
        }
    }

    /** Appends a line and forces it to disk before going on, so a kill never loses a line written. */
    private void note(String line) throws IOException {
        journal.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
        journal.force(false);
    }
}
