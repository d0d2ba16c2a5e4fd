package org.newsmark.importing.brat;

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

/** A file from elsewhere may link annotations in a circle, which Newsmark never stores; the article still comes in. */
class BratLinkCycleTest {

    @TempDir
    Path folder;

    @Test
    void aLinkThatClosesACircleIsLeftOutAndSaidSoAndTheArticleIsImported() throws Exception {
        String text = "Anna said Ben lied. Ben said Anna lied.";
        Files.writeString(folder.resolve("circle.txt"), text);
        Files.writeString(folder.resolve("circle.ann"), String.join("\n",
                "T1\tClaim " + BratReaderTest.offsets(text, "Anna said Ben lied") + "\tAnna said Ben lied",
                "T2\tClaim " + BratReaderTest.offsets(text, "Ben said Anna lied") + "\tBen said Anna lied",
                "R1\tAbout Arg1:T1 Arg2:T2",
                "R2\tAbout Arg1:T2 Arg2:T1", ""));
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            ImportReport report = new CorpusImporter(store).importPaths(List.of(folder.resolve("circle.txt")));

            assertThat(report.importedCount()).isEqualTo(1);
            long article = report.imported().get(0).articleId();
            assertThat(store.annotations(article)).hasSize(2);
            assertThat(store.links(article)).hasSize(1);
            assertThat(report.files().get(0).skipped()).singleElement()
                    .satisfies(skip -> assertThat(skip.reason()).contains("cycle"));
        }
    }
}
