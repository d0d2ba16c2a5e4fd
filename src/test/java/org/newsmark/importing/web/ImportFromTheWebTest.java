package org.newsmark.importing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.ArticleReaders;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.ImportInput;
import org.newsmark.importing.ImportOptions;
import org.newsmark.importing.ImportReport;
import org.newsmark.model.Article;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

/** Web addresses in an import, next to files: the page found is imported, the one missing is reported. */
class ImportFromTheWebTest {

    @TempDir
    Path folder;

    private final LocalHttpServer server = LocalHttpServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPageImportsWithItsAddressAndAMissingOneIsSkippedWithTheServersAnswer() {
        server.page("/story", "text/plain; charset=utf-8",
                "Storm closes port\n\nThe port of Rotterdam closed on Tuesday.".getBytes(StandardCharsets.UTF_8));
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            CorpusImporter importer = new CorpusImporter(store, ArticleReaders.all(), UrlImport.standard(), "coder");
            ImportReport report = importer.run(List.of(ImportInput.url(server.url("/story")), ImportInput.url(server.url("/gone"))),
                    ImportOptions.DEFAULTS, CorpusImporter.Progress.NONE, () -> false);

            assertThat(report.importedCount()).isEqualTo(1);
            Article article = store.article(report.imported().get(0).articleId()).orElseThrow();
            assertThat(article.title()).isEqualTo("Storm closes port");
            assertThat(article.url()).isEqualTo(server.url("/story"));
            assertThat(report.files().get(1).skipped()).singleElement().extracting(ImportReport.Skipped::reason)
                    .isEqualTo("the server answered 404 Not Found");
        }
    }
}
