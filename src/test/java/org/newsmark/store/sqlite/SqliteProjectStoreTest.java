package org.newsmark.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleDraft;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.AttributeType;
import org.newsmark.model.Category;
import org.newsmark.model.CategoryRole;
import org.newsmark.model.Codebook;
import org.newsmark.model.Codebooks;
import org.newsmark.store.InvalidSpanException;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.testing.Annotations;

class SqliteProjectStoreTest {

    @TempDir
    Path folder;

    private static final ArticleDraft DRAFT = new ArticleDraft("Musk hosts friendly chat", "Standfirst", "BBC", null,
            null, null, "Musk hosts friendly chat\nMr Musk blamed \"a massive DDoS attack on X\" for the problems.");

    @Test
    void aNewProjectHasTheNewsSourcingCodebook() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            Codebook codebook = store.codebook();
            List<Category> top = codebook.children(null);
            assertThat(top).extracting(Category::name).containsExactly("Speaker", "Claim", "Expert quote", "Context", "Cue");
            assertThat(top).extracting(Category::shortcut).containsExactly("1", "2", "3", "4", "5");
            assertThat(top).extracting(Category::role).containsExactly(CategoryRole.SOURCE, CategoryRole.CONTENT,
                    CategoryRole.CONTENT, CategoryRole.CONTEXT, CategoryRole.CUE);
            assertThat(codebook.categories()).allSatisfy(category -> assertThat(category.description()).isNotBlank());
            Category speaker = codebook.byName("Speaker").orElseThrow();
            assertThat(codebook.children(speaker.id())).extracting(Category::name).containsExactly(
                    "Politician", "Expert", "Journalist", "Official", "Spokesperson", "Citizen", "Organisation");
            assertThat(codebook.roleOf(codebook.byName("Politician").orElseThrow())).isEqualTo(CategoryRole.SOURCE);
            assertThat(codebook.byName("Claim").orElseThrow().attributes())
                    .extracting(AttributeDefinition::name, AttributeDefinition::type)
                    .containsExactly(tuple("Challenged in the text", AttributeType.CHOICE),
                            tuple("Evidence given", AttributeType.YES_NO), tuple("Checkable", AttributeType.YES_NO));
            assertThat(codebook.byName("Claim").orElseThrow().attributes().get(0).choices()).containsExactly("yes", "no", "partly");
            assertThat(codebook.documentFields()).extracting(AttributeDefinition::name)
                    .containsExactly("Genre", "Balance of sources");
            assertThat(store.setting("codebook.name")).contains("News sourcing");
        }
    }

    @Test
    void aNewProjectCanStartWithTheMediaFramesCodebook() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN,
                Codebooks.mediaFrames())) {
            Codebook codebook = store.codebook();
            assertThat(codebook.categories()).hasSize(15);
            assertThat(codebook.categories().get(0).name()).isEqualTo("Economic");
            assertThat(codebook.categories()).extracting(Category::shortcut).doesNotHaveDuplicates();
            assertThat(codebook.documentFields()).extracting(AttributeDefinition::name).containsExactly("Primary frame", "Tone");
            assertThat(codebook.documentFields().get(0).choices()).hasSize(15).contains("Security and defense");
            assertThat(codebook.documentFields().get(1).choices()).containsExactly("pro", "neutral", "anti");
        }
    }

    @Test
    void theFileIsVersionedInWalModeWithForeignKeys() throws Exception {
        Path file = folder.resolve("p.newsmark");
        SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            assertThat(pragma(statement, "user_version")).isEqualTo(String.valueOf(SqliteProjectStore.schemaVersion()));
            assertThat(pragma(statement, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(statement, "application_id")).isEqualTo(String.valueOf(ProjectFileInspector.APPLICATION_ID));
            assertThat(pragma(statement, "foreign_key_list(annotation)")).isNotNull();
        }
    }

    private static String pragma(Statement statement, String pragma) throws Exception {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Test
    void anAnnotationIsThereAfterReopening() {
        Path file = folder.resolve("p.newsmark");
        Annotation claim;
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            long id = store.addArticle(DRAFT).id();
            Article article = store.article(id).orElseThrow();
            claim = Annotations.of(article, "a massive DDoS attack on X", claimId(store));
            store.apply(List.of(AnnotationChange.create(claim)));
        }
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING)) {
            assertThat(store.annotations(claim.articleId())).containsExactly(claim);
            assertThat(store.articles()).singleElement().satisfies(summary -> {
                assertThat(summary.annotationCount()).isEqualTo(1);
                assertThat(summary.source()).isEqualTo("BBC");
            });
        }
    }

    @Test
    void recategorisingAndEditingTheNoteReplaceTheStoredAnnotation() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            Article article = store.article(store.addArticle(DRAFT).id()).orElseThrow();
            Annotation claim = Annotations.of(article, "Mr Musk", claimId(store));
            store.apply(List.of(AnnotationChange.create(claim)));
            Instant later = claim.updated().plusSeconds(60);
            Annotation speaker = claim.withCategory(Annotations.category(store, "Speaker"), later).withNote("the host", later);
            store.apply(List.of(new AnnotationChange(claim, speaker)));
            assertThat(store.annotation(claim.id())).contains(speaker);
            store.apply(List.of(AnnotationChange.delete(speaker)));
            assertThat(store.annotations(article.id())).isEmpty();
        }
    }

    @Test
    void theSameTextIsNotImportedTwice() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            ProjectStore.AddedArticle first = store.addArticle(DRAFT);
            ProjectStore.AddedArticle second = store.addArticle(DRAFT.withSource("Elsewhere"));
            assertThat(second.duplicate()).isTrue();
            assertThat(second.id()).isEqualTo(first.id());
            assertThat(store.articles()).hasSize(1);
        }
    }

    @Test
    void anOffsetPastTheEndOfTheTextIsRefusedAndNothingIsWritten() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            Article article = store.article(store.addArticle(DRAFT).id()).orElseThrow();
            Annotation good = Annotations.of(article, "Mr Musk", claimId(store));
            int length = article.text().length();
            Annotation pastTheEnd = new Annotation(java.util.UUID.randomUUID(), article.id(), claimId(store), length - 2,
                    length + 3, "xxxxx", "", "", "", "tester", good.created(), good.updated());

            assertThatThrownBy(() -> store.apply(List.of(AnnotationChange.create(good), AnnotationChange.create(pastTheEnd))))
                    .isInstanceOf(InvalidSpanException.class)
                    .hasMessageContaining("outside the article's text");
            assertThat(store.annotations(article.id())).isEmpty();
        }
    }

    @Test
    void aSpanWhoseTextDoesNotMatchTheArticleIsRefused() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            Article article = store.article(store.addArticle(DRAFT).id()).orElseThrow();
            Annotation good = Annotations.of(article, "Mr Musk", claimId(store));
            Annotation wrongText = new Annotation(good.id(), good.articleId(), good.categoryId(), good.start(), good.end(),
                    "Ms Hari", "", "", "", "tester", good.created(), good.updated());
            assertThatThrownBy(() -> store.apply(List.of(AnnotationChange.create(wrongText))))
                    .isInstanceOf(InvalidSpanException.class)
                    .hasMessageContaining("Ms Hari");
        }
    }

    @Test
    void anAnnotationOfAnArticleNotInTheProjectIsRefused() {
        try (ProjectStore store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN)) {
            Article article = store.article(store.addArticle(DRAFT).id()).orElseThrow();
            Annotation good = Annotations.of(article, "Mr Musk", claimId(store));
            Annotation elsewhere = new Annotation(good.id(), 999, good.categoryId(), good.start(), good.end(),
                    good.text(), "", "", "", "tester", good.created(), good.updated());
            assertThatThrownBy(() -> store.apply(List.of(AnnotationChange.create(elsewhere))))
                    .isInstanceOf(InvalidSpanException.class)
                    .hasMessageContaining("not in this project");
        }
    }

    @Test
    void projectSettingsAreKept() {
        Path file = folder.resolve("p.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            store.putSetting("ui.last_article", "7");
            store.putSetting("ui.last_article", "8");
        }
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.READ_ONLY)) {
            assertThat(store.setting("ui.last_article")).contains("8");
            assertThat(store.setting("missing")).isEmpty();
        }
    }

    @Test
    void closingFoldsTheWriteAheadLogIntoTheProjectFile() {
        Path file = folder.resolve("p.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN)) {
            store.addArticle(DRAFT);
        }
        assertThat(folder.resolve("p.newsmark-wal")).satisfiesAnyOf(
                wal -> assertThat(wal).doesNotExist(),
                wal -> assertThat(wal).isEmptyFile());
        assertThat(ProjectLock.lockFileOf(file)).isEmptyFile();
    }

    static long claimId(ProjectStore store) {
        return store.categories().stream().filter(category -> category.name().equals("Claim")).findFirst().orElseThrow().id();
    }
}
