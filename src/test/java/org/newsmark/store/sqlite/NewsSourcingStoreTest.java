package org.newsmark.store.sqlite;

import org.newsmark.model.SpeakerSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.model.ArticleCoding;
import org.newsmark.model.ArticleCodingChange;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.RelationType;
import org.newsmark.store.InvalidChangeException;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.testing.Annotations;
import org.newsmark.testing.Samples;

/** Links, people, attributes and document codes in a real project file, and the bad changes it refuses. */
class NewsSourcingStoreTest {

    @TempDir
    Path folder;

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private Path file;
    private ProjectStore store;
    private Article bbc;
    private Article iodine;

    @BeforeEach
    void open() {
        file = folder.resolve("p.newsmark");
        store = SqliteProjectStore.open(file, OpenMode.CREATE_OR_OPEN);
        new CorpusImporter(store).importPaths(List.of(Samples.BBC, Samples.WIKINEWS.resolve("GUM_news_iodine.txt")));
        bbc = store.article(1).orElseThrow();
        iodine = store.article(2).orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long category(String name) {
        return Annotations.category(store, name);
    }

    @Test
    void anExpertQuoteAttributedToAPersonSurvivesReopening() {
        Annotation quote = Annotations.of(bbc, "\u201CA DDoS attack sends a very large number of signals to an online target to disrupt it,\u201D",
                category("Expert quote"));
        AttributeDefinition direct = store.codebook().byName("Expert quote").orElseThrow().attributes().get(0);
        quote = quote.withAttribute(direct.id(), "direct", NOW);
        Person lim = Person.named("Anthony Lim", NOW).withDetails("Anthony Lim", "expert",
                "Director, Centre for Strategic Cyberspace and International Studies", "", NOW);
        Annotation mention = Annotations.of(bbc, "Anthony Lim", category("Speaker")).withPerson(lim.id(), NOW);
        Link attributed = Link.of(bbc.id(), RelationType.ATTRIBUTED_TO, quote.id(), mention.id(), NOW);
        store.apply(List.of(new PersonChange(null, lim), AnnotationChange.create(quote), AnnotationChange.create(mention),
                LinkChange.create(attributed)));
        store.close();

        store = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING);
        assertThat(store.annotation(quote.id())).contains(quote);
        assertThat(store.annotation(mention.id()).orElseThrow().personId()).isEqualTo(lim.id());
        assertThat(store.links(bbc.id())).containsExactly(attributed);
        assertThat(store.people()).containsExactly(lim);
        SpeakerSummary summary = store.speakerSummaries().get(0);
        assertThat(summary.mentions()).isEqualTo(1);
        assertThat(summary.attributed()).containsEntry("Expert quote", 1);
        assertThat(summary.articles()).extracting(a -> a.id()).containsExactly(bbc.id());
    }

    @Test
    void aLinkToAnAnnotationInAnotherArticleIsRefusedAndNothingIsWritten() {
        Annotation claim = Annotations.of(bbc, "a massive DDoS attack on X", category("Claim"));
        Annotation elsewhere = Annotations.of(iodine, "Professor Cres Eastman", category("Speaker"));
        store.apply(List.of(AnnotationChange.create(claim), AnnotationChange.create(elsewhere)));
        Link across = Link.of(bbc.id(), RelationType.ATTRIBUTED_TO, claim.id(), elsewhere.id(), NOW);
        Annotation other = Annotations.of(bbc, "Mr Musk", category("Speaker"));

        assertThatThrownBy(() -> store.apply(List.of(AnnotationChange.create(other), LinkChange.create(across))))
                .isInstanceOf(InvalidChangeException.class)
                .hasMessageContaining("same article");
        assertThat(store.links(bbc.id())).isEmpty();
        assertThat(store.annotation(other.id())).as("the whole edit was refused").isEmpty();
    }

    @Test
    void aCycleOfLinksIsRefused() {
        Annotation context = Annotations.of(bbc, "Distributed denial of services attacks", category("Context"));
        Annotation claim = Annotations.of(bbc, "a massive DDoS attack on X", category("Claim"));
        Link about = Link.of(bbc.id(), RelationType.ABOUT, context.id(), claim.id(), NOW);
        store.apply(List.of(AnnotationChange.create(context), AnnotationChange.create(claim), LinkChange.create(about)));
        Link back = Link.of(bbc.id(), RelationType.ABOUT, claim.id(), context.id(), NOW);

        assertThatThrownBy(() -> store.apply(List.of(LinkChange.create(back))))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("cycle");
        assertThatThrownBy(() -> store.apply(List.of(LinkChange.create(Link.of(bbc.id(), RelationType.ABOUT, context.id(),
                claim.id(), NOW))))).isInstanceOf(InvalidChangeException.class).hasMessageContaining("already linked");
        assertThat(store.links(bbc.id())).containsExactly(about);
    }

    @Test
    void deletingAnAnnotationDeletesItsLinksInTheFileToo() {
        Annotation claim = Annotations.of(bbc, "a massive DDoS attack on X", category("Claim"));
        Annotation musk = Annotations.of(bbc, "Mr Musk", category("Speaker"));
        Link link = Link.of(bbc.id(), RelationType.ATTRIBUTED_TO, claim.id(), musk.id(), NOW);
        store.apply(List.of(AnnotationChange.create(claim), AnnotationChange.create(musk), LinkChange.create(link)));
        store.apply(List.of(AnnotationChange.delete(musk)));
        assertThat(store.links(bbc.id())).isEmpty();
    }

    @Test
    void anAttributeValueMustFitItsTypeAndBelongToTheCategory() {
        AttributeDefinition challenged = store.codebook().byName("Claim").orElseThrow().attributes().get(0);
        Annotation claim = Annotations.of(bbc, "a massive DDoS attack on X", category("Claim"));
        assertThatThrownBy(() -> store.apply(List.of(AnnotationChange.create(claim.withAttribute(challenged.id(), "maybe", NOW)))))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("\"maybe\" is not one of yes, no, partly");
        Annotation speaker = Annotations.of(bbc, "Mr Musk", category("Speaker"));
        assertThatThrownBy(() -> store.apply(List.of(AnnotationChange.create(speaker.withAttribute(challenged.id(), "yes", NOW)))))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("Speaker annotations have no attribute");
        AttributeDefinition role = store.codebook().byName("Speaker").orElseThrow().attributes().get(0);
        Annotation politician = Annotations.of(bbc, "Kamala Harris", category("Politician")).withAttribute(role.id(), "Vice-President", NOW);
        store.apply(List.of(AnnotationChange.create(politician)));
        assertThat(store.annotation(politician.id()).orElseThrow().attributes()).as("inherited from Speaker")
                .containsEntry(role.id(), "Vice-President");
    }

    @Test
    void anArticlesNoteAndCodesAreKeptAndChecked() {
        AttributeDefinition genre = store.codebook().documentFields().get(0);
        ArticleCoding before = store.coding(bbc.id());
        ArticleCoding after = before.withNote("Friendly interview, few challenges.").withValue(genre.id(), "interview");
        store.apply(List.of(new ArticleCodingChange(before, after)));
        assertThat(store.coding(bbc.id())).isEqualTo(after);
        assertThatThrownBy(() -> store.apply(List.of(new ArticleCodingChange(after, after.withValue(genre.id(), "poem")))))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("Genre");
        assertThat(store.codingsWithField(genre.id())).containsExactly(after);
    }
}
