package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.editing.Edit;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.Category;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.testing.Annotations;
import org.newsmark.testing.Samples;

/** ana's view of the BBC article with ben's work merged beside hers, without a window. */
class CodersInTheArticleTest {

    @TempDir
    Path folder;

    private ProjectStore store;
    private ArticleViewModel viewModel;
    private Article bbc;
    private Annotation bensClaim;
    private final List<String> messages = new ArrayList<>();

    private static Annotation by(String coder, Annotation annotation) {
        return new Annotation(annotation.id(), annotation.articleId(), annotation.categoryId(), annotation.start(), annotation.end(),
                annotation.text(), annotation.prefix(), annotation.suffix(), "", coder, annotation.created(), annotation.updated());
    }

    @BeforeEach
    void anaAndBen() {
        store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
        new CorpusImporter(store).importPaths(List.of(Samples.BBC, Samples.WIKINEWS.resolve("GUM_news_afghan.txt")));
        bbc = store.article(1).orElseThrow();
        long speaker = Annotations.category(store, "Speaker");
        long claim = Annotations.category(store, "Claim");
        bensClaim = by("ben", Annotations.of(bbc, "massive DDoS attack", claim));
        store.apply(List.of(AnnotationChange.create(by("ana", Annotations.of(bbc, "Elon Musk", speaker))),
                AnnotationChange.create(by("ben", Annotations.of(bbc, "Elon Musk", speaker))),
                AnnotationChange.create(bensClaim)));
        viewModel = new ArticleViewModel(new AnnotationEditor(store, new CurrentThreadTasks(), Clock.systemUTC()), "ana", messages::add);
        viewModel.setCodebook(store.codebook());
        viewModel.load(bbc, store.annotations(1), store.links(1));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Category category(String name) {
        return viewModel.categories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyCodersWorkIsShownTheOwnCoderFirstAndAnotherCanBeHidden() {
        CoderLanes lanes = viewModel.coderLanes();
        assertThat(lanes.coders()).containsExactly("ana", "ben");
        assertThat(lanes.laneOf("ana")).isZero();
        assertThat(lanes.laneOf("ben")).isEqualTo(1);
        assertThat(viewModel.annotations()).hasSize(3);

        lanes.setShown("ben", false);
        assertThat(viewModel.annotations()).extracting(Annotation::annotator).containsExactly("ana");
        lanes.setShown("ana", false);
        assertThat(viewModel.annotations()).as("the own coder cannot be hidden").hasSize(1);

        Article other = store.article(2).orElseThrow();
        viewModel.load(other, store.annotations(2), store.links(2));
        viewModel.load(bbc, store.annotations(1), store.links(1));
        assertThat(viewModel.annotations()).as("ben stays hidden from article to article").hasSize(1);
        assertThat(lanes.all()).as("his work is still there").hasSize(3);

        lanes.setShown("ben", true);
        assertThat(viewModel.annotations()).hasSize(3);
    }

    @Test
    void anotherCodersAnnotationIsNotChangedAndSaysWhy() {
        viewModel.delete(bensClaim);
        assertThat(messages).last().asString().contains("ben\u2019s annotation, shown to compare").contains("(ana\u2019s)");
        viewModel.recategorise(bensClaim, category("Context"));
        viewModel.editNote(bensClaim, "mine now");
        viewModel.selectedProperty().set(bensClaim);
        viewModel.moveBoundary(ArticleViewModel.Boundary.END, 1, ArticleViewModel.Unit.WORD);
        Annotation anasSpeaker = viewModel.annotations().stream().filter(viewModel::isOwn).findFirst().orElseThrow();
        viewModel.performOwn(Edit.of("Link", LinkChange.create(Link.of(1, RelationType.ATTRIBUTED_TO, bensClaim.id(), anasSpeaker.id(), viewModel.now()))));
        viewModel.performOwn(Edit.of("Attribute", new AnnotationChange(bensClaim, bensClaim.withAttributes(Map.of(1L, "yes"),
                viewModel.now()))));

        assertThat(messages).hasSize(6).allSatisfy(message -> assertThat(message).contains("ben\u2019s annotation"));
        assertThat(store.annotations(1)).contains(bensClaim);
        assertThat(store.links(1)).isEmpty();
    }

    @Test
    void anEditOfTheWholeProjectStillReachesEveryCodersAnnotations() {
        // Merging two people, or deleting a category, changes other coders' annotations too.
        Annotation noted = bensClaim.withNote("merged", viewModel.now());
        viewModel.perform(Edit.of("Merge", new AnnotationChange(bensClaim, noted)));

        assertThat(messages).isEmpty();
        assertThat(store.annotation(bensClaim.id())).get().extracting(Annotation::note).isEqualTo("merged");
    }

    @Test
    void theOwnCoderTagsWhatAnotherCoderTaggedAlready() {
        viewModel.tag(bensClaim.start(), bensClaim.end(), category("Claim"));

        assertThat(messages).isEmpty();
        assertThat(store.annotations(1)).filteredOn(annotation -> annotation.text().equals("massive DDoS attack"))
                .extracting(Annotation::annotator).containsExactlyInAnyOrder("ana", "ben");
        assertThat(viewModel.annotations()).hasSize(4);
        assertThat(viewModel.coderLanes().all()).hasSize(4);
    }
}
