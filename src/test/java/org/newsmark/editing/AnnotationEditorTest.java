package org.newsmark.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.testing.Annotations;

class AnnotationEditorTest {

    @TempDir
    Path folder;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    private static final ArticleDraft DRAFT = new ArticleDraft("Title", null, null, null, null, null,
            "Title\nMr Musk blamed a massive DDoS attack on X.");

    @Test
    void editsAreSavedAndUndoAndRedoReachTheFile() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            Article article = store.article(store.addArticle(DRAFT).id()).orElseThrow();
            AnnotationEditor editor = new AnnotationEditor(store, new CurrentThreadTasks(), CLOCK);
            List<Edit> heard = new ArrayList<>();
            editor.addListener(heard::add);
            Annotation claim = Annotations.of(article, "a massive DDoS attack on X", 2);
            Annotation speaker = claim.withCategory(1, CLOCK.instant());

            editor.perform(Edit.of("Tag", AnnotationChange.create(claim)));
            editor.perform(Edit.of("Change", new AnnotationChange(claim, speaker)));
            assertThat(store.annotations(article.id())).containsExactly(speaker);

            editor.undo();
            assertThat(store.annotations(article.id())).containsExactly(claim);
            editor.undo();
            assertThat(store.annotations(article.id())).isEmpty();
            assertThat(editor.undo()).isEmpty();
            editor.redo();
            assertThat(store.annotations(article.id())).containsExactly(claim);
            assertThat(editor.nextUndoDescription()).contains("Tag");
            assertThat(editor.nextRedoDescription()).contains("Change");
            assertThat(heard).hasSize(5);
            assertThat(heard.get(2).changes()).containsExactly(new AnnotationChange(speaker, claim));
        }
    }

    @Test
    void aNewEditClearsWhatCouldBeRedone() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            Article article = store.article(store.addArticle(DRAFT).id()).orElseThrow();
            AnnotationEditor editor = new AnnotationEditor(store, new CurrentThreadTasks(), CLOCK);
            editor.perform(Edit.of("Tag one", AnnotationChange.create(Annotations.of(article, "Mr Musk", 1))));
            editor.undo();
            editor.perform(Edit.of("Tag two", AnnotationChange.create(Annotations.of(article, "DDoS", 2))));
            assertThat(editor.redo()).isEmpty();
        }
    }

    @Test
    void aFailedSaveIsReportedAndClearsTheHistory() throws Exception {
        Path file = folder.resolve("p.newsmark");
        Article article;
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            article = store.article(store.addArticle(DRAFT).id()).orElseThrow();
        }
        try (ProjectStore readOnly = SqliteProjectStore.open(file, OpenMode.READ_ONLY)) {
            AnnotationEditor editor = new AnnotationEditor(readOnly, new CurrentThreadTasks(), CLOCK);
            List<String> failures = new ArrayList<>();
            editor.addSaveListener(new AnnotationEditor.SaveListener() {
                @Override
                public void saved(Instant at) {
                }

                @Override
                public void failed(Edit edit, Exception error) {
                    failures.add(error.getMessage());
                }
            });
            editor.perform(Edit.of("Tag", AnnotationChange.create(Annotations.of(article, "Mr Musk", 1))));

            assertThat(failures).singleElement().asString().contains("read-only");
            assertThat(editor.nextUndoDescription()).isEmpty();
            assertThat(editor.hasUnsavedEdits()).isFalse();
        }
        assertThat(Files.size(file)).isPositive();
    }
}
