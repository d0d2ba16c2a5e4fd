package org.newsmark.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.testing.Samples;
import org.newsmark.ui.article.AttributionViewModel;
import org.newsmark.ui.article.AttributionViewModel.Proposal;

/**
 * Pressing A with text selected in the BBC sample: the proposal keeps to the selection and finds
 * the attribution of every sentence that has one.
 */
class AttributionProposalTest {

    @TempDir
    Path folder;

    private ProjectStore store;
    private AttributionViewModel attribution;
    private String text;

    @BeforeEach
    void open() {
        store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
        new CorpusImporter(store).importPaths(List.of(Samples.BBC));
        ProjectViewModel project = new ProjectViewModel(store, new CurrentThreadTasks(),
                new AnnotationEditor(store, new CurrentThreadTasks(), Clock.systemUTC()), "coder");
        project.load();
        attribution = project.attribution();
        text = project.article().getArticle().text();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theFirstClauseOfASentenceSelectedGetsNothingFromTheSecond() {
        String clause = "He blamed the glitches on a cyber-attack";

        Proposal proposal = propose(clause).orElseThrow();

        assertInside(proposal, clause);
        assertThat(attribution.text(proposal.cue())).isEqualTo("blamed");
        assertThat(attribution.text(proposal.source())).isEqualTo("He");
        assertThat(attribution.text(proposal.content())).isEqualTo("the glitches on a cyber-attack");
    }

    @Test
    void theSecondClauseSelectedGetsItsOwnAttribution() {
        String clause = "one expert told the BBC that was unlikely.";

        Proposal proposal = propose(clause).orElseThrow();

        assertInside(proposal, clause);
        assertThat(attribution.text(proposal.content())).isEqualTo("that was unlikely");
        assertThat(attribution.text(proposal.cue())).isEqualTo("told the BBC");
        assertThat(attribution.text(proposal.source())).isEqualTo("one expert");
    }

    @Test
    void contentIsCutAtTheEndOfTheSelection() {
        String selected = "He recently said he had \u201Cno choice\u201D but to support EVs because of";

        Proposal proposal = propose(selected).orElseThrow();

        assertInside(proposal, selected);
        assertThat(attribution.text(proposal.content())).isEqualTo("he had \u201Cno choice\u201D but to support EVs because of");
        assertThat(attribution.text(proposal.cue())).isEqualTo("said");
        assertThat(attribution.text(proposal.source())).isEqualTo("He");
    }

    @Test
    void aQuotedPhraseBlamedInAPostIsFound() {
        String sentence = "As many users struggled to access the livestream, Mr Musk blamed \"a massive DDoS attack on X\" for the"
                + " problems in a post.";

        Proposal proposal = propose(sentence).orElseThrow();

        assertInside(proposal, sentence);
        assertThat(attribution.text(proposal.source())).isEqualTo("Mr Musk");
        assertThat(attribution.text(proposal.cue())).isEqualTo("blamed");
        assertThat(attribution.text(proposal.content())).startsWith("\"a massive DDoS attack on X\"");
    }

    @Test
    void aSelectionInsideAQuotationProposesOnlyWhatIsSelected() {
        String inside = "A DDoS attack sends a very large number";

        Proposal proposal = propose(inside).orElseThrow();

        assertInside(proposal, inside);
        assertThat(attribution.text(proposal.content())).isEqualTo(inside);
        assertThat(proposal.cue()).isNull();
        assertThat(proposal.source()).isNull();
    }

    private java.util.Optional<Proposal> propose(String selected) {
        int start = text.indexOf(selected);
        assertThat(start).as("the selection is in the BBC sample").isNotNegative();
        return attribution.propose(start, start + selected.length());
    }

    /** Every part lies in the selection, give or take a quotation mark right outside it. */
    private void assertInside(Proposal proposal, String selected) {
        int start = text.indexOf(selected);
        int end = start + selected.length();
        for (Range part : new Range[] {proposal.content(), proposal.cue(), proposal.source()}) {
            if (part != null) {
                assertThat(part.start()).as("%s starts in the selection", attribution.text(part)).isGreaterThanOrEqualTo(start);
                assertThat(part.end()).as("%s ends in the selection", attribution.text(part)).isLessThanOrEqualTo(end);
            }
        }
    }
}
