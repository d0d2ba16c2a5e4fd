package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.Annotations;
import org.newsmark.testing.Samples;
import org.testfx.util.WaitForAsyncUtils;

/** Two coders' work on one article, and how far they agree, in the window. */
class AgreementInTheWindowTest {

    @TempDir
    Path home;

    private RunningApp window;

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private static Annotation by(String coder, Article article, String text, long category) {
        Annotation annotation = Annotations.of(article, text, category);
        return new Annotation(annotation.id(), annotation.articleId(), annotation.categoryId(), annotation.start(), annotation.end(),
                annotation.text(), annotation.prefix(), annotation.suffix(), "", coder, annotation.created(), annotation.updated());
    }

    @Test
    void theAgreementTabMeasuresTheCodersPerCategory() throws Exception {
        Path project = home.resolve("two-coders.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(store).importPaths(List.of(Samples.BBC));
            Article bbc = store.article(1).orElseThrow();
            long speaker = Annotations.category(store, "Speaker");
            long claim = Annotations.category(store, "Claim");
            store.apply(List.of(
                    AnnotationChange.create(by("anna", bbc, "Anthony Lim", speaker)),
                    AnnotationChange.create(by("ben", bbc, "Anthony Lim", speaker)),
                    AnnotationChange.create(by("anna", bbc, "a massive DDoS attack on X", claim)),
                    AnnotationChange.create(by("ben", bbc, "massive DDoS attack", claim))));
        }
        window = RunningApp.start(home, project).awaitArticle("Musk hosts");

        window.menu("A_greement of Coders");
        window.robot.clickOn("#agreement-measure");

        TableView<List<String>> table = window.robot.lookup("#agreement-by-category").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(table.getItems()).extracting(row -> row.get(0)).containsExactly("overall", "Speaker", "Claim");
        assertThat(table.getColumns()).extracting(column -> column.getText()).containsExactly("Category", "All coders", "anna \u2013 ben");
        assertThat(window.robot.lookup("#agreement-message").queryLabeled().getText()).startsWith("Agreement of anna, ben");
    }
}
