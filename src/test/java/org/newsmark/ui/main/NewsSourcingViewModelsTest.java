package org.newsmark.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.AttributeDefinition;
import org.newsmark.model.Category;
import org.newsmark.model.Person;
import org.newsmark.model.RelationType;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.testing.Samples;
import org.newsmark.ui.article.ArticleViewModel;

/**
 * The news-sourcing gestures without a window: attributing a claim to its speaker, coding attributes,
 * assigning and merging people, coding the article; all saved and undoable.
 */
class NewsSourcingViewModelsTest {

    @TempDir
    Path folder;

    private ProjectStore store;
    private ProjectViewModel project;
    private ArticleViewModel article;

    @BeforeEach
    void open() {
        store = SqliteProjectStore.open(folder.resolve("p.newsmark"), OpenMode.CREATE_OR_OPEN);
        new CorpusImporter(store).importPaths(List.of(Samples.BBC, Samples.WIKINEWS));
        project = new ProjectViewModel(store, new CurrentThreadTasks(),
                new AnnotationEditor(store, new CurrentThreadTasks(), Clock.systemUTC()), "coder");
        project.load();
        article = project.article();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Annotation tag(String text, String category) {
        int start = article.getArticle().text().indexOf(text);
        Category chosen = article.codebook().byName(category).orElseThrow();
        article.tag(start, start + text.length(), chosen);
        return article.getSelected();
    }

    private String lastMessage() {
        return project.messageProperty().get();
    }

    @Test
    void pressingAWithAClaimSelectedThenClickingItsSpeakerAttributesIt() {
        Annotation musk = tag("Mr Musk blamed", "Speaker");
        Annotation claim = tag("a massive DDoS attack on X", "Claim");
        article.selectedProperty().set(claim);

        project.attribution().start();
        assertThat(lastMessage()).startsWith("Click the speaker (or the cue) this is attributed to.");
        assertThat(project.attribution().candidatesFor(claim)).containsExactly(musk);
        assertThat(project.attribution().complete(musk)).isTrue();

        assertThat(article.links()).singleElement().satisfies(link -> {
            assertThat(link.type()).isEqualTo(RelationType.ATTRIBUTED_TO);
            assertThat(link.from()).isEqualTo(claim.id());
            assertThat(link.to()).isEqualTo(musk.id());
        });
        assertThat(store.links(article.getArticle().id())).hasSize(1);
        assertThat(article.linkedTo(claim)).containsExactly(musk);
        assertThat(project.attribution().describe(article.links().get(0), claim)).isEqualTo("attributed to \u201CMr Musk blamed\u201D");

        project.undo();
        assertThat(article.links()).isEmpty();
        project.redo();
        article.delete(article.annotation(musk.id()).orElseThrow());
        assertThat(store.links(article.getArticle().id())).as("deleting the speaker deleted the link").isEmpty();
        project.undo();
        assertThat(store.links(article.getArticle().id())).hasSize(1);
    }

    @Test
    void linkingTwoSpeakersOrAClaimToItselfIsRefusedWithAReason() {
        Annotation musk = tag("Mr Musk", "Speaker");
        Annotation lim = tag("Anthony Lim", "Speaker");
        project.attribution().link(musk, lim);
        assertThat(lastMessage()).isEqualTo("A Speaker cannot be linked to a Speaker: links join claims and quotes to speakers and cues, and context to claims.");
        article.selectedProperty().set(musk);
        project.attribution().start();
        assertThat(lastMessage()).startsWith("Click the claim or quote this speaker makes.");
        project.attribution().cancel();
        assertThat(project.attribution().pendingProperty().get()).isNull();
        assertThat(article.links()).isEmpty();
    }

    @Test
    void attributeValuesAreCodedCheckedAndUndone() {
        Annotation claim = tag("a massive DDoS attack on X", "Claim");
        AttributeDefinition challenged = project.annotationCoding().attributesOf(claim).get(0);
        AttributeDefinition evidence = project.annotationCoding().attributesOf(claim).get(1);

        project.annotationCoding().setAttribute(claim, challenged, "No");
        project.annotationCoding().setAttribute(claim, evidence, "maybe");
        assertThat(lastMessage()).isEqualTo("Evidence given: \"maybe\" is not yes or no.");
        project.annotationCoding().setAttribute(claim, evidence, "n");

        assertThat(store.annotation(claim.id()).orElseThrow().attributes())
                .containsEntry(challenged.id(), "no").containsEntry(evidence.id(), "no");
        project.undo();
        assertThat(store.annotation(claim.id()).orElseThrow().attributes()).doesNotContainKey(evidence.id());
    }

    @Test
    void aMentionIsLinkedToANewPersonWhoIsThenOfferedForLaterMentions() {
        Annotation first = tag("Anthony Lim", "Speaker");
        assertThat(project.annotationCoding().isSpeakerMention(first)).isTrue();
        Person lim = project.annotationCoding().assignNewPerson(first, "Anthony Lim");
        assertThat(project.speakers().people()).containsExactly(lim);

        Annotation second = tag("Mr Lim", "Speaker");
        assertThat(project.annotationCoding().ranked(second, "")).first().isEqualTo(lim);
        project.annotationCoding().assignPerson(second, lim);
        assertThat(store.mentionsOf(lim.id())).hasSize(2);

        Annotation claim = tag("a massive DDoS attack on X", "Claim");
        assertThat(project.annotationCoding().isSpeakerMention(claim)).isFalse();
        Annotation politician = tag("Kamala Harris", "Politician");
        assertThat(project.annotationCoding().isSpeakerMention(politician)).as("a sub-category of Speaker").isTrue();
    }

    @Test
    void mergingPeopleMovesTheirMentionsInEveryArticleAndKeepsTheOtherNameAsAnAlias() {
        Annotation musk = tag("Mr Musk", "Speaker");
        Person elon = project.annotationCoding().assignNewPerson(musk, "Elon Musk");
        project.openNeighbour(1);
        Annotation there = tag("Trump", "Speaker");
        Person duplicate = project.annotationCoding().assignNewPerson(there, "E. Musk");

        project.speakers().merge(elon, duplicate);

        assertThat(project.speakers().people()).singleElement().satisfies(person -> {
            assertThat(person.name()).isEqualTo("Elon Musk");
            assertThat(person.aliases()).containsExactly("E. Musk");
        });
        assertThat(store.mentionsOf(elon.id())).hasSize(2);
        assertThat(article.annotation(there.id()).orElseThrow().personId()).isEqualTo(elon.id());
        project.undo();
        assertThat(store.people()).hasSize(2);
        assertThat(store.mentionsOf(duplicate.id())).hasSize(1);
    }

    @Test
    void theArticleIsCodedAsAWholeWithANote() {
        AttributeDefinition genre = project.coding().fields().get(0);
        project.coding().setValue(genre, "Interview");
        project.coding().setNote("  Friendly questions; unchallenged claims.  ");
        project.coding().setValue(genre, "sonnet");
        assertThat(lastMessage()).startsWith("Genre: \"sonnet\" is not one of");
        assertThat(store.coding(article.getArticle().id()).values()).containsEntry(genre.id(), "interview");
        assertThat(store.coding(article.getArticle().id()).note()).isEqualTo("Friendly questions; unchallenged claims.");
        project.undo();
        assertThat(project.coding().codingProperty().get().note()).isEmpty();
    }

    @Test
    void aSelectedParagraphIsAttributedInOneStepWithANewPerson() {
        String text = article.getArticle().text();
        String paragraph = "\u201CA DDoS attack sends a very large number of signals to an online target to disrupt it,\u201D Anthony Lim, "
                + "Director of the Centre for Strategic Cyberspace and International Studies in Singapore, told the BBC.";
        int start = text.indexOf(paragraph);
        var proposal = project.attribution().propose(start, start + paragraph.length()).orElseThrow();
        assertThat(project.attribution().text(proposal.cue())).isEqualTo("told the BBC");
        Category quote = project.attribution().suggestedContentCategory(proposal);
        assertThat(quote.name()).isEqualTo("Expert quote");

        project.attribution().create(proposal, quote, null, "Anthony Lim");

        assertThat(article.annotations()).extracting(a -> article.category(a.categoryId()).name())
                .containsExactlyInAnyOrder("Expert quote", "Speaker", "Cue");
        Annotation content = article.getSelected();
        assertThat(content.text()).startsWith("\u201CA DDoS attack");
        assertThat(article.links()).extracting(link -> link.type()).containsExactlyInAnyOrder(RelationType.ATTRIBUTED_TO, RelationType.CUE);
        Annotation source = article.linkedTo(content).stream().filter(a -> article.category(a.categoryId()).name().equals("Speaker"))
                .findFirst().orElseThrow();
        assertThat(project.speakers().person(source.personId()).orElseThrow().name()).isEqualTo("Anthony Lim");
        assertThat(store.links(article.getArticle().id())).hasSize(2);

        project.undo();
        assertThat(article.annotations()).isEmpty();
        assertThat(store.people()).isEmpty();
    }

    @Test
    void aSecondAttributionToTheSameSpeakerReusesTheTaggedMentionAndPerson() {
        Annotation hay = tag("Andrew Hay from IT firm Damovo", "Speaker");
        Person person = project.annotationCoding().assignNewPerson(hay, "Andrew Hay");
        String sentence = "However, Andrew Hay from IT firm Damovo said the problems could have been caused by a cyber-attack.";
        int start = article.getArticle().text().indexOf(sentence);
        var proposal = project.attribution().propose(start, start + sentence.length()).orElseThrow();
        assertThat(project.attribution().text(proposal.source())).isEqualTo("Andrew Hay from IT firm Damovo");

        project.attribution().create(proposal, project.attribution().suggestedContentCategory(proposal), person, null);

        assertThat(article.annotations()).hasSize(3);
        assertThat(article.annotations()).filteredOn(a -> a.personId() != null).singleElement().isEqualTo(article.annotation(hay.id()).orElseThrow());
        assertThat(article.category(article.getSelected().categoryId()).name()).isEqualTo("Claim");
        assertThat(project.attribution().propose(0, 10)).isEmpty();
    }
}
