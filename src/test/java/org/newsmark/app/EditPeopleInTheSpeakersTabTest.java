package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Person;
import org.newsmark.model.SpeakerSummary;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.CodedBbc;
import org.testfx.util.WaitForAsyncUtils;

/** The details of people, typed in the Speakers tab as a coder types them: each kept, on the right person. */
class EditPeopleInTheSpeakersTabTest {

    @TempDir
    Path home;

    private RunningApp window;
    private Path project;

    @BeforeEach
    void open() throws Exception {
        project = home.resolve("coded.newsmark");
        CodedBbc.create(project);
        window = RunningApp.start(home, project).awaitArticle("Musk hosts");
        window.robot.clickOn("Speakers");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table().getItems().size() == 3);
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private TableView<SpeakerSummary> table() {
        return window.robot.lookup("#speakers-table").queryTableView();
    }

    private TextField field(String id) {
        return window.robot.lookup("#" + id).query();
    }

    private void select(String name) {
        // In the table: the window's person list (a popup, hidden now) may hold a cell of the same name.
        window.robot.clickOn(window.robot.from(table()).lookup(name).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeInto(String id, String text) {
        window.robot.clickOn("#" + id);
        window.robot.interact(() -> field(id).selectAll());
        window.robot.write(text);
    }

    private Person saved(String name) throws Exception {
        window.awaitSaved();
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.READ_ONLY)) {
            return store.people().stream().filter(person -> person.name().equals(name)).findFirst().orElseThrow();
        }
    }

    @Test
    void aTypeEnteredStaysShownAndARoleEnteredAfterItKeepsIt() throws Exception {
        select(CodedBbc.TRUMP);
        typeInto("person-type", "politician");
        window.robot.type(KeyCode.ENTER);

        assertThat(field("person-type").getText()).isEqualTo("politician");
        typeInto("person-role", "Republican nominee");
        window.robot.type(KeyCode.ENTER);

        assertThat(field("person-type").getText()).isEqualTo("politician");
        Person trump = saved(CodedBbc.TRUMP);
        assertThat(trump.type()).isEqualTo("politician");
        assertThat(trump.role()).isEqualTo("Republican nominee");
    }

    @Test
    void clickingAnotherPersonLeavesTheirDetailsAlone() throws Exception {
        select(CodedBbc.LIM);
        typeInto("person-type", "expert");
        window.robot.type(KeyCode.ENTER);
        select(CodedBbc.MUSK);
        typeInto("person-type", "businessman");
        window.robot.type(KeyCode.ENTER);

        select(CodedBbc.LIM);

        assertThat(field("person-type").getText()).isEqualTo("expert");
        assertThat(saved(CodedBbc.LIM).type()).isEqualTo("expert");
        assertThat(saved(CodedBbc.MUSK).type()).isEqualTo("businessman");
    }

    @Test
    void typingWithoutEnterAndClickingAnotherRowSavesItForThePersonItWasTypedFor() throws Exception {
        select(CodedBbc.LIM);
        typeInto("person-type", "expert");
        select(CodedBbc.MUSK);

        assertThat(saved(CodedBbc.LIM).type()).isEqualTo("expert");
        assertThat(saved(CodedBbc.MUSK).type()).isEmpty();
        assertThat(field("person-type").getText()).isEmpty();
    }

    @Test
    void leavingForTheArticlesTabKeepsTheTypeAndTypingAgainReplacesIt() throws Exception {
        select(CodedBbc.TRUMP);
        typeInto("person-type", "politician");
        window.robot.clickOn("Articles");
        window.robot.clickOn("Speakers");
        select(CodedBbc.TRUMP);
        assertThat(field("person-type").getText()).isEqualTo("politician");

        typeInto("person-type", "politician");
        window.robot.type(KeyCode.ENTER);

        assertThat(saved(CodedBbc.TRUMP).type()).isEqualTo("politician");
    }

    /** Quitting with a detail half typed (no Enter, the field not left) keeps it, as a note is kept. */
    @Test
    void aRoleBeingTypedIsSavedWhenTheWindowQuits() throws Exception {
        select(CodedBbc.LIM);
        typeInto("person-role", "Director of a cyberspace centre");

        window.robot.interact(() -> window.app.quit());

        assertThat(saved(CodedBbc.LIM).role()).isEqualTo("Director of a cyberspace centre");
    }
}
