package org.newsmark.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.Link;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.suggest.SuggestedAttribution;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.testing.CodedBbc;
import org.newsmark.ui.article.ArticleViewModel;
import org.newsmark.ui.article.SuggestionsViewModel;

/** Suggested attributions of the open article: shown beside what is coded, accepted in one edit, rejected for good. */
class SuggestionsViewModelTest {

    @TempDir
    Path folder;

    private ProjectStore store;
    private ProjectViewModel project;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private void open(Path file) {
        if (store != null) {
            store.close();
        }
        store = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING);
        project = new ProjectViewModel(store, new CurrentThreadTasks(),
                new AnnotationEditor(store, new CurrentThreadTasks(), Clock.systemUTC()), "coder");
        project.load();
    }

    private Path codedBbc() {
        Path file = folder.resolve("bbc.newsmark");
        CodedBbc.create(file);
        return file;
    }

    private ArticleViewModel article() {
        return project.article();
    }

    private SuggestionsViewModel suggestions() {
        return project.suggestions();
    }

    private String text() {
        return article().getArticle().text();
    }

    private String words(org.newsmark.model.TextSpans.Range range) {
        return range == null ? null : text().substring(range.start(), range.end());
    }

    private Optional<SuggestedAttribution> suggestionBy(String source) {
        return suggestions().visible().stream().filter(suggestion -> source.equals(words(suggestion.source()))).findFirst();
    }

    private Annotation annotated(String words) {
        return article().annotations().stream().filter(annotation -> annotation.text().equals(words)).findFirst().orElseThrow();
    }

    @Test
    void suggestionsLeaveOutWhatIsAttributedAlready() {
        open(codedBbc());

        assertThat(suggestions().readyProperty().get()).isTrue();
        assertThat(suggestions().visible()).hasSizeGreaterThan(5);
        // Lim's two quotes and Musk's "massive DDoS attack" claim are coded: nothing is suggested over them.
        assertThat(suggestions().visible()).noneMatch(suggestion -> suggestion.content().stream()
                .anyMatch(part -> words(part).contains("DDoS")));
        assertThat(suggestionBy("Andrew Hay from IT firm Damovo")).isPresent();

        suggestions().shownProperty().set(false);
        assertThat(suggestions().visible()).isEmpty();
        suggestions().shownProperty().set(true);
        assertThat(suggestionBy("Andrew Hay from IT firm Damovo")).isPresent();
    }

    @Test
    void theSuggestionAtEachOffsetIsTheOneWhoseSpanIsThereAndShortest() {
        open(codedBbc());
        for (int caret = 0; caret <= text().length(); caret++) {
            SuggestedAttribution expected = null;
            int shortest = Integer.MAX_VALUE;
            for (SuggestedAttribution suggestion : suggestions().visible()) {
                for (var span : SuggestionsViewModel.spans(suggestion)) {
                    if (span.start() <= caret && caret <= span.end() && span.length() < shortest) {
                        expected = suggestion;
                        shortest = span.length();
                    }
                }
            }
            assertThat(suggestions().atCaret(caret).orElse(null)).as("at %d", caret).isEqualTo(expected);
        }
        int end = text().length();
        assertThat(suggestions().meeting(0, end)).containsExactlyElementsOf(suggestions().visible());
    }

    @Test
    void acceptingCodesContentCueAndSourceInOneEditThatOneUndoTakesBack() {
        open(codedBbc());
        int annotationsBefore = article().annotations().size();
        SuggestedAttribution hay = suggestionBy("Andrew Hay from IT firm Damovo").orElseThrow();

        assertThat(suggestions().acceptAt(hay.cue().start() + 1)).isTrue();

        Annotation content = annotated("the problems could have been caused by a cyber-attack");
        Annotation cue = annotated("said");
        Annotation source = annotated("Andrew Hay from IT firm Damovo");
        assertThat(article().category(content.categoryId()).name()).isEqualTo("Claim");
        assertThat(article().links()).anyMatch(link -> link.type() == RelationType.ATTRIBUTED_TO
                && link.from().equals(content.id()) && link.to().equals(source.id()));
        assertThat(article().links()).anyMatch(link -> link.type() == RelationType.CUE
                && link.from().equals(content.id()) && link.to().equals(cue.id()));
        assertThat(suggestionBy("Andrew Hay from IT firm Damovo")).isEmpty();
        assertThat(store.annotations(1)).hasSize(annotationsBefore + 3);

        project.undo();

        assertThat(article().annotations()).hasSize(annotationsBefore);
        assertThat(store.annotations(1)).hasSize(annotationsBefore);
        assertThat(suggestionBy("Andrew Hay from IT firm Damovo")).isPresent();
    }

    @Test
    void aRejectedSuggestionStaysRejectedWhenTheProjectIsOpenedAgain() {
        Path file = codedBbc();
        open(file);
        SuggestedAttribution hay = suggestionBy("Andrew Hay from IT firm Damovo").orElseThrow();
        int shown = suggestions().visible().size();

        assertThat(suggestions().rejectAt(hay.content().get(0).start())).isTrue();
        assertThat(suggestions().visible()).hasSize(shown - 1).doesNotContain(hay);

        open(file);
        assertThat(suggestions().visible()).hasSize(shown - 1);
        assertThat(suggestionBy("Andrew Hay from IT firm Damovo")).isEmpty();

        suggestions().restoreRejected();
        assertThat(suggestionBy("Andrew Hay from IT firm Damovo")).isPresent();
        open(file);
        assertThat(suggestionBy("Andrew Hay from IT firm Damovo")).isPresent();
    }

    @Test
    void aQuotationAroundItsCueBecomesOneSpanInTwoPiecesAndTheSourceGetsItsRegisteredPerson() throws Exception {
        Path file = folder.resolve("holt.newsmark");
        Path text = Files.writeString(folder.resolve("holt.txt"),
                "Council backs the bridge\n“We will win,” Jane Holt said, “and we will win soon.”\nThe vote is on Monday.\n");
        Person holt = Person.named("Jane Holt", Instant.now());
        try (ProjectStore creating = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(creating).importPaths(List.of(text));
            creating.apply(List.of(new PersonChange(null, holt)));
        }
        open(file);
        SuggestedAttribution said = suggestionBy("Jane Holt").orElseThrow();
        assertThat(said.content()).hasSize(2);

        assertThat(suggestions().acceptParagraph(said.cue().start())).isEqualTo(1);

        Annotation first = annotated("“We will win,”");
        Annotation second = annotated("“and we will win soon.”");
        assertThat(article().category(first.categoryId()).name()).isEqualTo("Expert quote");
        assertThat(article().links()).anyMatch(link -> link.type() == RelationType.CONTINUES
                && link.from().equals(second.id()) && link.to().equals(first.id()));
        assertThat(article().links()).filteredOn(link -> link.from().equals(first.id())).extracting(Link::type)
                .containsExactlyInAnyOrder(RelationType.ATTRIBUTED_TO, RelationType.CUE);
        assertThat(annotated("Jane Holt").personId()).isEqualTo(holt.id());
        assertThat(suggestions().visible()).isEmpty();
        assertThat(suggestions().acceptParagraph(said.cue().start())).isZero();
    }
}
