package org.newsmark.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.AttributeDraft;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;
import org.newsmark.model.Codebooks;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.Annotations;
import org.newsmark.testing.Samples;

/** Codebook edits built, applied to a real project file, and undone. */
class CodebookEditsTest {

    @TempDir
    Path folder;

    private ProjectStore store;
    private Article bbc;
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @BeforeEach
    void open() {
        store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
        new CorpusImporter(store).importPaths(List.of(Samples.BBC));
        bbc = store.article(1).orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Codebook codebook() {
        return store.codebook();
    }

    private Category named(String name) {
        return codebook().byName(name).orElseThrow();
    }

    private void apply(Outcome outcome) {
        assertThat(outcome.refusal()).isNull();
        store.apply(outcome.edit().changes());
    }

    private void undo(Outcome outcome) {
        store.apply(outcome.edit().inverse().changes());
    }

    @Test
    void namesMustBeUniqueAndNonBlank() {
        assertThat(CodebookEdits.rename(codebook(), named("Claim"), "speaker").refusal())
                .isEqualTo("There is already a category called speaker.");
        assertThat(CodebookEdits.rename(codebook(), named("Claim"), "  ").refusal()).isEqualTo("A category needs a name.");
        assertThat(CodebookEdits.rename(codebook(), named("Claim"), "Claim").hasEdit()).isFalse();
        apply(CodebookEdits.rename(codebook(), named("Claim"), "Assertion"));
        assertThat(codebook().byName("Assertion")).isPresent();
    }

    @Test
    void keysMustBeSingleUnusedAndNotTheLinkKey() {
        assertThat(CodebookEdits.setShortcut(codebook(), named("Claim"), "1").refusal()).isEqualTo("The key 1 is already Speaker's.");
        assertThat(CodebookEdits.setShortcut(codebook(), named("Claim"), "12").refusal()).startsWith("A key is a single character");
        assertThat(CodebookEdits.setShortcut(codebook(), named("Claim"), "A").refusal()).startsWith("A is kept for linking");
        apply(CodebookEdits.setShortcut(codebook(), named("Politician"), "p"));
        assertThat(named("Politician").shortcut()).isEqualTo("p");
        assertThat(CodebookEdits.setShortcut(codebook(), named("Claim"), "P").refusal()).isEqualTo("The key P is already Politician's.");
        apply(CodebookEdits.setShortcut(codebook(), named("Politician"), ""));
        assertThat(named("Politician").shortcut()).isNull();
    }

    @Test
    void addingASubCategoryAndMovingItKeepsTheTreeInOrder() {
        Outcome added = CodebookEdits.add(codebook(), named("Claim").id(), NOW);
        apply(added);
        Category fresh = named("New category");
        assertThat(fresh.parentId()).isEqualTo(named("Claim").id());
        apply(CodebookEdits.add(codebook(), named("Claim").id(), NOW));
        apply(CodebookEdits.rename(codebook(), named("New category 2"), "Prediction"));
        apply(CodebookEdits.move(codebook(), named("Prediction"), -1));
        assertThat(codebook().children(named("Claim").id())).extracting(Category::name)
                .containsExactly("Prediction", "New category");
        assertThat(CodebookEdits.move(codebook(), named("Prediction"), -1).hasEdit()).isFalse();
        undo(added);
        assertThat(codebook().byName("New category")).isEmpty();
    }

    @Test
    void deletingACategoryMovesItsAnnotationsOrDeletesThemWithTheirLinksAndUndoBringsAllBack() {
        Category claim = named("Claim");
        long challenged = claim.attributes().get(0).id();
        Annotation ddos = Annotations.of(bbc, "a massive DDoS attack on X", claim.id()).withAttribute(challenged, "no", NOW);
        Annotation musk = Annotations.of(bbc, "Mr Musk", named("Speaker").id());
        Link attributed = Link.of(bbc.id(), RelationType.ATTRIBUTED_TO, ddos.id(), musk.id(), NOW);
        store.apply(List.of(AnnotationChange.create(ddos), AnnotationChange.create(musk), LinkChange.create(attributed)));

        Outcome moved = CodebookEdits.delete(codebook(), claim, List.of(ddos), List.of(attributed), named("Context"), NOW);
        apply(moved);
        assertThat(codebook().byName("Claim")).isEmpty();
        assertThat(store.annotation(ddos.id()).orElseThrow().categoryId()).isEqualTo(named("Context").id());
        assertThat(store.annotation(ddos.id()).orElseThrow().attributes()).as("Context has no such attribute").isEmpty();
        assertThat(store.links(bbc.id())).hasSize(1);
        undo(moved);
        assertThat(store.annotation(ddos.id())).contains(ddos);

        Outcome deleted = CodebookEdits.delete(codebook(), named("Claim"), List.of(ddos), List.of(attributed), null, NOW);
        apply(deleted);
        assertThat(store.annotation(ddos.id())).isEmpty();
        assertThat(store.links(bbc.id())).isEmpty();
        undo(deleted);
        assertThat(store.annotation(ddos.id())).contains(ddos);
        assertThat(store.links(bbc.id())).containsExactly(attributed);
        assertThat(named("Claim").attributes()).extracting(AttributeDefinition::name).contains("Challenged in the text");
    }

    @Test
    void deletingAParentDeletesItsSubCategoriesAndTheLastCategoryCannotGo() {
        Category speaker = named("Speaker");
        Outcome deleted = CodebookEdits.delete(codebook(), speaker, List.of(), List.of(), null, NOW);
        apply(deleted);
        assertThat(codebook().byName("Politician")).isEmpty();
        undo(deleted);
        assertThat(codebook().children(named("Speaker").id())).hasSize(7);

        try (ProjectStore frames = SqliteProjectStore.open(folder.resolve("one.newsmark"), OpenMode.CREATE_OR_OPEN,
                new org.newsmark.model.CodebookDraft("One", List.of(new org.newsmark.model.CategoryDraft("Only", "#112233", "1", "")), List.of()))) {
            Category only = frames.codebook().categories().get(0);
            assertThat(CodebookEdits.delete(frames.codebook(), only, List.of(), List.of(), null, NOW).refusal())
                    .isEqualTo("A codebook needs at least one category.");
        }
    }

    @Test
    void removingAnAttributeClearsItsValuesAndUndoRestoresThem() {
        Category claim = named("Claim");
        AttributeDefinition evidence = claim.attributes().get(1);
        Annotation ddos = Annotations.of(bbc, "a massive DDoS attack on X", claim.id()).withAttribute(evidence.id(), "no", NOW);
        store.apply(List.of(AnnotationChange.create(ddos)));

        Outcome removed = AttributeEdits.remove(claim, evidence, store.annotationsWithAttribute(evidence.id()), NOW);
        apply(removed);
        assertThat(named("Claim").attributes()).extracting(AttributeDefinition::name).doesNotContain("Evidence given");
        assertThat(store.annotation(ddos.id()).orElseThrow().attributes()).isEmpty();
        undo(removed);
        assertThat(store.annotation(ddos.id()).orElseThrow().attributes()).containsEntry(evidence.id(), "no");
    }

    @Test
    void changingAChoiceClearsOnlyTheValuesThatNoLongerFit() {
        Category claim = named("Claim");
        AttributeDefinition challenged = claim.attributes().get(0);
        Annotation no = Annotations.of(bbc, "a massive DDoS attack on X", claim.id()).withAttribute(challenged.id(), "no", NOW);
        Annotation partly = Annotations.of(bbc, "Mr Musk", claim.id()).withAttribute(challenged.id(), "partly", NOW);
        store.apply(List.of(AnnotationChange.create(no), AnnotationChange.create(partly)));

        AttributeDraft yesNo = new AttributeDraft("Challenged in the text", challenged.type(), List.of("Yes", "No"), "");
        apply(AttributeEdits.change(claim, challenged, yesNo, store.annotationsWithAttribute(challenged.id()), NOW));

        assertThat(store.annotation(no.id()).orElseThrow().attributes()).containsEntry(challenged.id(), "No");
        assertThat(store.annotation(partly.id()).orElseThrow().attributes()).isEmpty();
        assertThat(AttributeEdits.add(codebook(), named("Claim"), new AttributeDraft("checkable",
                org.newsmark.model.AttributeType.YES_NO, List.of(), "")).refusal()).isEqualTo("There is already an attribute called checkable.");
        assertThat(AttributeEdits.add(codebook(), named("Claim"), new AttributeDraft("Source kind",
                org.newsmark.model.AttributeType.CHOICE, List.of(" "), "")).refusal()).isEqualTo("A choice attribute needs at least one choice.");
    }

    @Test
    void choicesWithQuotesCommasAccentsAndEmojiComeBackFromTheFileAsWritten() {
        Category claim = named("Claim");
        AttributeDefinition challenged = claim.attributes().get(0);
        List<String> choices = List.of("Yes, \"mostly\"", "tr\u00e8s", "\ud83d\ude42 no", "back\\slash");

        apply(AttributeEdits.change(claim, challenged, new AttributeDraft("Challenged in the text", challenged.type(), choices, ""),
                store.annotationsWithAttribute(challenged.id()), NOW));

        assertThat(named("Claim").attributes().get(0).choices()).isEqualTo(choices);
    }

    @Test
    void importingTheMediaFramesCodebookAddsItsCategoriesAndFieldsButAConflictingKeyImportsNothing() {
        Outcome refused = CodebookMerge.merge(codebook(), Codebooks.mediaFrames());
        assertThat(refused.refusal()).startsWith("The codebook was not imported: the key 1 of Economic is already Speaker's");
        int before = codebook().categories().size();

        org.newsmark.model.CodebookDraft withoutKeys = new org.newsmark.model.CodebookDraft("Frames",
                Codebooks.mediaFrames().categories().stream().map(draft -> new org.newsmark.model.CategoryDraft(draft.name(),
                        draft.color(), null, draft.description())).toList(), Codebooks.mediaFrames().documentFields());
        Outcome merged = CodebookMerge.merge(codebook(), withoutKeys);
        apply(merged);
        assertThat(codebook().categories()).hasSize(before + 15);
        assertThat(codebook().documentFields()).extracting(AttributeDefinition::name)
                .containsExactly("Genre", "Balance of sources", "Primary frame", "Tone");
        assertThat(CodebookMerge.merge(codebook(), withoutKeys).refusal()).contains("already has everything");
        undo(merged);
        assertThat(codebook().categories()).hasSize(before);
        assertThat(Set.copyOf(codebook().documentFields().stream().map(AttributeDefinition::name).toList()))
                .containsExactlyInAnyOrder("Genre", "Balance of sources");
    }
}
