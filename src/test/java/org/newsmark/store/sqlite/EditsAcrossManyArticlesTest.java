package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.Change;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.testing.Annotations;

/**
 * Changes to articles the store has not read lately (or ever, since it was opened): the spans are
 * checked against the article text, which the store must fetch without losing the change.
 */
class EditsAcrossManyArticlesTest {

    @TempDir
    Path folder;

    private static List<ArticleDraft> articles(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new ArticleDraft("Story " + i, null, null, null, null, null,
                "Story " + i + "\nThe minister said the plan number " + i + " would work.")).toList();
    }

    @Test
    void aChangeToAnArticleNeverReadSinceOpeningIsSaved() {
        Path file = folder.resolve("p.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            store.addArticles(articles(3));
        }
        Annotation claim;
        try (ProjectStore reopened = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING)) {
            Article third = readWithAnotherStore(file, 3);
            claim = Annotations.of(third, "the plan number 3 would work", Annotations.category(reopened, "Claim"));
            reopened.apply(List.of(AnnotationChange.create(claim)));
        }
        try (ProjectStore check = SqliteProjectStore.open(file, OpenMode.READ_ONLY)) {
            assertThat(check.annotations(3)).containsExactly(claim);
        }
    }

    @Test
    void oneEditAcrossMoreArticlesThanTheStoreKeepsInMemoryIsSavedWhole() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            store.addArticles(articles(20));
            long claim = Annotations.category(store, "Claim");
            List<Change> changes = new ArrayList<>();
            for (long id = 1; id <= 20; id++) {
                Article article = store.article(id).orElseThrow();
                changes.add(AnnotationChange.create(Annotations.of(article, "the plan", claim)));
            }
            // Read in order 1..20, so the first articles have long left the store's memory of texts.
            store.apply(changes);

            for (long id = 1; id <= 20; id++) {
                assertThat(store.annotations(id)).hasSize(1);
            }
        }
    }

    private static Article readWithAnotherStore(Path file, long id) {
        try (ProjectStore reader = SqliteProjectStore.open(file, OpenMode.READ_ONLY)) {
            return reader.article(id).orElseThrow();
        }
    }
}
