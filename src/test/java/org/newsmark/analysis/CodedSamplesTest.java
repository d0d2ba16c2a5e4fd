package org.newsmark.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.analysis.VoiceRow.Level;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.CorpusFilter;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.CodedSamples;
import org.newsmark.testing.Samples;

/** The findings of the coded sample articles: what the README's pictures show. */
class CodedSamplesTest {

    @TempDir
    Path folder;

    @Test
    void theBbcArticleGivesMrMuskTheFirstVoiceAndTheExpertsTheMostQuotes() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("samples.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(store).importPaths(List.of(Samples.BBC, Samples.WIKINEWS));
            CodedSamples.code(store);

            Findings findings = new FindingsIndex(store.codebook(), store.people(), store.codedArticles())
                    .findings(CorpusFilter.NONE.withOutlet("BBC"));

            List<VoiceRow> speakers = findings.voices().stream()
                    .filter(row -> row.allOutlets() && row.level() == Level.SPEAKER).toList();
            assertThat(speakers).extracting(row -> row.speaker() + " (" + row.speakerType() + "): " + row.quotes() + " quotes, "
                    + row.direct() + " direct, first voice in " + row.firstVoiceArticles()).containsExactly(
                    "Anthony Lim (Expert): 3 quotes, 2 direct, first voice in 0",
                    "Elon Musk (Business leader): 3 quotes, 2 direct, first voice in 1",
                    "a spokesman for the Trump campaign (Spokesperson): 1 quotes, 0 direct, first voice in 0",
                    "Andrew Hay (Expert): 1 quotes, 0 direct, first voice in 0",
                    "Donald Trump (Politician): 1 quotes, 0 direct, first voice in 0",
                    "one expert (Expert): 1 quotes, 0 direct, first voice in 0");
            assertThat(findings.claims()).hasSize(11);
            assertThat(findings.claims()).filteredOn(claim -> claim.speaker().equals("unattributed")).singleElement()
                    .extracting(ClaimRow::checkable).isEqualTo("yes");
            assertThat(findings.notes()).containsExactly("1 claim or quote is attributed to no speaker: listed in Claims as "
                    + "unattributed, not counted in Voices.");
        }
    }
}
