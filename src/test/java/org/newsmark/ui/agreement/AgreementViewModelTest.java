package org.newsmark.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.agreement.AgreementQuery;
import org.newsmark.agreement.CoderFiles;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;

/** The agreement tab's view model without a window: computed on a reader of its own, saved as CSV and HTML. */
class AgreementViewModelTest {

    @TempDir
    Path folder;

    @Test
    void computesOnAReaderAndSavesTheTables() throws Exception {
        CoderFiles files = new CoderFiles(List.of("ana", "ben"), 3, 9);
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(store).importPaths(List.of(files.write(folder, "ana"), files.write(folder, "ben")));
            AgreementViewModel agreement = new AgreementViewModel(store::openReader, new CurrentThreadTasks(), "p.newsmark");
            agreement.compute(AgreementQuery.ALL);
            assertThat(agreement.running().get()).isFalse();
            assertThat(agreement.report().get().pairs()).hasSize(1);
            assertThat(agreement.message().get()).isEqualTo("Agreement of ana, ben over 3 articles.");

            Path csv = folder.resolve("agreement.csv");
            agreement.save(csv);
            assertThat(Files.readAllLines(csv).get(0)).isEqualTo("scope,article_id,title,coders,category,field,measure,value,n");
            Path html = folder.resolve("agreement.html");
            agreement.save(html);
            assertThat(Files.readString(html)).contains("<td>ana \u2013 ben</td>");
            assertThat(folder.resolve("agreement.html.partial")).doesNotExist();

            agreement.compute(new AgreementQuery(List.of("zoe"), List.of(), List.of()));
            assertThat(agreement.message().get()).startsWith("No article was coded by zoe");
        }
    }
}
