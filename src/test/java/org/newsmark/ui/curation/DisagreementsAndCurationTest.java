package org.newsmark.ui.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.agreement.AgreementQuery;
import org.newsmark.agreement.CoderFiles;
import org.newsmark.agreement.Disagreements;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.store.OpenMode;
import org.newsmark.ui.article.ArticleViewModel;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;

/** Going through two coders' disagreements and accepting one coder's annotation into the gold version, without a window. */
class DisagreementsAndCurationTest {

    @TempDir
    Path folder;

    private ProjectStore store;
    private DisagreementsViewModel disagreements;
    private AnnotationEditor editor;

    @BeforeEach
    void mergeTwoCoders() {
        CoderFiles files = new CoderFiles(List.of("ana", "ben"), 2, 5);
        store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
        new CorpusImporter(store).importPaths(List.of(files.write(folder, "ana"), files.write(folder, "ben")));
        CurrentThreadTasks tasks = new CurrentThreadTasks();
        disagreements = new DisagreementsViewModel(store, tasks);
        editor = new AnnotationEditor(store, tasks, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theKeyGoesFromDisagreementToDisagreementInTextOrder() {
        disagreements.show(1);
        assertThat(disagreements.coders()).containsExactly("ana", "ben");
        assertThat(disagreements.disagreements()).isNotEmpty();
        assertThat(disagreements.message().get()).endsWith("disagreements").doesNotContain("agree on every");
        Disagreements.Disagreement first = disagreements.current().get();
        assertThat(first).isEqualTo(disagreements.disagreements().get(0));
        int size = disagreements.disagreements().size();
        for (int i = 1; i < size; i++) {
            Disagreements.Disagreement next = disagreements.next();
            assertThat(next.start()).isGreaterThanOrEqualTo(disagreements.disagreements().get(i - 1).start());
        }
        assertThat(disagreements.next()).as("after the last, the first again").isEqualTo(first);
        assertThat(disagreements.previous()).isEqualTo(disagreements.disagreements().get(size - 1));
        int counted = disagreements.byCategory().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(counted).isEqualTo(size);
        assertThat(disagreements.disagreementsByCategory().values().stream().mapToInt(List::size).sum()).isEqualTo(size);
        assertThat(disagreements.lane("ana")).allMatch(annotation -> annotation.annotator().equals("ana")).isNotEmpty();
    }

    @Test
    void acceptingACodersAnnotationMakesTheGoldVersionAndUndoTakesItBack() {
        disagreements.show(1);
        Disagreements.Disagreement first = disagreements.current().get();
        Annotation anas = first.annotations().stream().filter(annotation -> annotation.annotator().equals("ana"))
                .findFirst().orElse(first.annotations().get(0));
        CurationViewModel curation = new CurationViewModel(editor);
        Annotation gold = curation.accept(anas, store.annotations(1)).orElseThrow();

        assertThat(store.annotation(gold.id())).get().satisfies(saved -> {
            assertThat(saved.annotator()).isEqualTo(AgreementQuery.CURATOR);
            assertThat(saved.start()).isEqualTo(anas.start());
            assertThat(saved.categoryId()).isEqualTo(anas.categoryId());
        });
        assertThat(store.articleCoders().get(1L)).contains(AgreementQuery.CURATOR);
        assertThat(curation.accept(anas, store.annotations(1))).as("accepted once").isEmpty();
        assertThat(curation.message().get()).contains("already has this span");

        disagreements.refresh();
        assertThat(disagreements.coders()).as("the gold version is not one of the coders compared").containsExactly("ana", "ben");

        editor.undo();
        assertThat(store.annotation(gold.id())).isEmpty();
    }

    private ArticleViewModel articleAs(String coder, List<String> messages) {
        ArticleViewModel article = new ArticleViewModel(editor, coder, messages::add);
        article.setCodebook(store.codebook());
        article.load(store.article(1).orElseThrow(), store.annotations(1), store.links(1));
        return article;
    }

    @Test
    void theAcceptKeyTakesTheOtherCodersAnnotationAtTheCaretIntoTheGoldVersionOnlyForTheCurator() {
        List<String> messages = new java.util.ArrayList<>();
        Annotation bens = store.annotations(1).stream().filter(annotation -> annotation.annotator().equals("ben"))
                .findFirst().orElseThrow();
        CurationViewModel curation = new CurationViewModel(editor);

        ArticleViewModel anas = articleAs("ana", messages);
        assertThat(curation.acceptAt(anas, bens.start())).isEmpty();
        assertThat(messages).last().asString().contains("press Curate");

        ArticleViewModel curators = articleAs(AgreementQuery.CURATOR, messages);
        int nowhere = store.article(1).orElseThrow().text().length() + 1;
        assertThat(curation.acceptAt(curators, nowhere)).isEmpty();
        assertThat(messages).last().asString().startsWith("No other coder\u2019s annotation at the caret");

        curators.selectedProperty().set(bens);
        Annotation gold = curation.acceptAt(curators, 0).orElseThrow();
        assertThat(gold.annotator()).isEqualTo(AgreementQuery.CURATOR);
        assertThat(gold.start()).isEqualTo(bens.start());
        assertThat(gold.end()).isEqualTo(bens.end());
        assertThat(gold.attributes()).isEqualTo(bens.attributes());
        assertThat(curators.getSelected()).as("the gold copy is selected, to edit").isEqualTo(gold);
        assertThat(curators.isOwn(gold)).isTrue();
        assertThat(messages).last().asString().startsWith("Accepted ben\u2019s");
    }

    @Test
    void acceptingBothEndsOfAnAttributionAcceptsTheAttributionToo() {
        org.newsmark.model.Link bens = store.links(1).stream()
                .filter(link -> link.type() == org.newsmark.model.RelationType.ATTRIBUTED_TO)
                .filter(link -> store.annotation(link.from()).orElseThrow().annotator().equals("ben"))
                .findFirst().orElseThrow();
        Annotation content = store.annotation(bens.from()).orElseThrow();
        Annotation source = store.annotation(bens.to()).orElseThrow();
        CurationViewModel curation = new CurationViewModel(editor);

        Annotation goldSource = curation.accept(source, store.annotations(1), store.links(1)).orElseThrow();
        assertThat(curation.message().get()).doesNotContain("link");
        Annotation goldContent = curation.accept(content, store.annotations(1), store.links(1)).orElseThrow();

        assertThat(curation.message().get()).contains("with its link");
        assertThat(store.links(1)).anySatisfy(link -> {
            assertThat(link.type()).isEqualTo(org.newsmark.model.RelationType.ATTRIBUTED_TO);
            assertThat(link.from()).isEqualTo(goldContent.id());
            assertThat(link.to()).isEqualTo(goldSource.id());
        });
        editor.undo();
        assertThat(store.links(1)).noneMatch(link -> link.from().equals(goldContent.id()));
    }

    @Test
    void anArticleOneCoderCodedHasNothingToCompare() {
        disagreements.show(99);
        assertThat(disagreements.disagreements()).isEmpty();
        assertThat(disagreements.current().get()).isNull();
        assertThat(disagreements.next()).isNull();
        assertThat(disagreements.message().get()).contains("Fewer than two coders");
    }
}
