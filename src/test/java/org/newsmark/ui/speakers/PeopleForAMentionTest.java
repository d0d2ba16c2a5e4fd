package org.newsmark.ui.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.model.Annotation;
import org.newsmark.model.Person;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.testing.CodedBbc;
import org.newsmark.ui.main.ProjectViewModel;

/** Who a mention may be, in the order a coder wants to see them. */
class PeopleForAMentionTest {

    @TempDir
    Path folder;

    private ProjectStore store;
    private ProjectViewModel project;

    @BeforeEach
    void open() {
        Path file = folder.resolve("coded.newsmark");
        CodedBbc.create(file);
        store = SqliteProjectStore.open(file, OpenMode.OPEN_EXISTING);
        project = new ProjectViewModel(store, new CurrentThreadTasks(),
                new AnnotationEditor(store, new CurrentThreadTasks(), Clock.systemUTC()), "coder");
        project.load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> ranked(String mention, int at, String typed) {
        return project.annotationCoding().ranked(mention, at, typed).stream().map(Person::name).toList();
    }

    private int offsetOf(String text) {
        return project.article().getArticle().text().indexOf(text);
    }

    @Test
    void aNamedMentionBringsItsPersonFirstAndEveryoneElseAfter() {
        assertThat(ranked("Mr Musk", 0, "")).first().isEqualTo(CodedBbc.MUSK);
        assertThat(ranked("Musk", 0, "")).first().isEqualTo(CodedBbc.MUSK);
        assertThat(ranked("Trump", 0, "")).first().isEqualTo(CodedBbc.TRUMP);
        assertThat(ranked("Trump", 0, "")).hasSize(3);
    }

    @Test
    void aPronounOffersThePeopleMentionedJustBeforeItFirst() {
        int afterLim = offsetOf("Mr Lim added");
        assertThat(ranked("He", afterLim, "")).first().isEqualTo(CodedBbc.LIM);
        int afterTrumpOnly = offsetOf("The conversation, in which");
        assertThat(ranked("He", afterTrumpOnly, "")).first().isEqualTo(CodedBbc.TRUMP);
    }

    @Test
    void typingNarrowsTheListByTheStartsOfNamesAndAliases() {
        assertThat(ranked("the billionaire", 0, "el")).containsExactly(CodedBbc.MUSK);
        assertThat(ranked("He", 0, "an li")).containsExactly(CodedBbc.LIM);
        assertThat(ranked("He", 0, "zz")).isEmpty();
    }

    @Test
    void aLinkedMentionTeachesItsNameAsAnAliasAndTheRecentlyLinkedComeFirst() {
        int start = offsetOf("Mr Lim added");
        project.article().tagWithShortcut("1", start, start + "Mr Lim".length());
        Annotation mrLim = project.article().getSelected();
        Person lim = project.speakers().people().stream().filter(p -> p.name().equals(CodedBbc.LIM)).findFirst().orElseThrow();

        project.annotationCoding().assignPerson(mrLim, lim);

        assertThat(store.people().stream().filter(p -> p.name().equals(CodedBbc.LIM)).findFirst().orElseThrow().aliases())
                .containsExactly("Lim");
        // Among people not in the article, the one linked last comes first.
        assertThat(project.speakers().ranked("the director", "", List.of())).first().extracting(Person::name)
                .isEqualTo(CodedBbc.LIM);
    }
}
