package org.newsmark.importing.w3c;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.importing.ImportReport;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;

class W3cPartnerTest {

    @TempDir
    Path folder;

    @Test
    void thePageAndItsAnnotationsDroppedTogetherAreOneArticle() throws Exception {
        Files.copy(W3cReaderTest.HYPOTHESIS.resolve("minimal.html"), folder.resolve("minimal.html"));
        Files.copy(W3cReaderTest.HYPOTHESIS.resolve("minimal.json"), folder.resolve("minimal.json"));
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(folder.resolve("minimal.html"),
                    folder.resolve("minimal.json")));
            assertThat(report.importedCount()).isEqualTo(1);
            assertThat(report.files()).singleElement().satisfies(file -> assertThat(file.format()).isEqualTo("w3c"));
            assertThat(store.annotations(report.imported().get(0).articleId())).hasSize(1);
        }
    }
}
