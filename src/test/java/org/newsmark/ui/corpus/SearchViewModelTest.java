package org.newsmark.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.testing.Samples;
import org.newsmark.ui.common.ArticleOpener;

/** Searching as a coder types: results, and a query that cannot be run. */
class SearchViewModelTest {

    @TempDir
    Path folder;

    private static final ArticleOpener NOWHERE = new ArticleOpener() {
        @Override
        public void open(long articleId) {
        }

        @Override
        public void openAt(long articleId, java.util.UUID annotationId) {
        }

        @Override
        public void openAtText(long articleId, int start, int end) {
        }
    };

    @Test
    void aQueryThatCannotBeRunLeavesNoEarlierResultsListedUnderIt() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(store).importPaths(List.of(Samples.BBC, Samples.WIKINEWS));
            SearchViewModel search = new SearchViewModel(store, new CurrentThreadTasks(), NOWHERE);
            search.textProperty().set("musk");
            search.search();
            assertThat(search.items()).isNotEmpty();

            search.textProperty().set("\"musk");
            search.search();

            assertThat(search.problemProperty().get()).isNotEmpty();
            assertThat(search.items()).isEmpty();
            assertThat(search.statusProperty().get()).isEmpty();
        }
    }
}
