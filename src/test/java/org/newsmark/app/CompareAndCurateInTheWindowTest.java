package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.cli.CommandLineRunner;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationChange;
import org.newsmark.model.Article;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.testing.Annotations;
import org.newsmark.testing.Samples;
import org.newsmark.ui.article.ArticleViewModel;
import org.newsmark.ui.article.SpanStyle;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two coders' work on the BBC article in the real window: both shown, each in a style of their own;
 * one hidden; the other coder's annotation refused when changed; the keys that go from disagreement
 * to disagreement; the curator accepting an annotation into the gold version, which then exports
 * alone.
 */
class CompareAndCurateInTheWindowTest {

    private static final String TITLE = "Musk hosts";

    @TempDir
    Path home;

    private Path project;
    private RunningApp window;

    private static Annotation by(String coder, Article article, String text, long category) {
        Annotation annotation = Annotations.of(article, text, category);
        return new Annotation(annotation.id(), annotation.articleId(), annotation.categoryId(), annotation.start(), annotation.end(),
                annotation.text(), annotation.prefix(), annotation.suffix(), "", coder, annotation.created(), annotation.updated());
    }

    /** anna's project, with ben's work merged: they agree on "Elon Musk", not on the DDoS claim; only ben marked Kamala Harris. */
    @BeforeEach
    void twoCoders() {
        project = home.resolve("two-coders.newsmark");
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.CREATE_OR_OPEN)) {
            new CorpusImporter(store).importPaths(List.of(Samples.BBC));
            store.putSetting(ProjectStore.CODER_SETTING, "anna");
            Article bbc = store.article(1).orElseThrow();
            long speaker = Annotations.category(store, "Speaker");
            long claim = Annotations.category(store, "Claim");
            store.apply(List.of(
                    AnnotationChange.create(by("anna", bbc, "Elon Musk", speaker)),
                    AnnotationChange.create(by("ben", bbc, "Elon Musk", speaker)),
                    AnnotationChange.create(by("ben", bbc, "Kamala Harris", speaker)),
                    AnnotationChange.create(by("anna", bbc, "a massive DDoS attack on X", claim)),
                    AnnotationChange.create(by("ben", bbc, "massive DDoS attack", claim))));
        }
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    private ArticleViewModel article() {
        return window.app.session().viewModel().article();
    }

    private void press(KeyCode... keys) {
        window.robot.press(keys);
        window.robot.release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int offsetOf(String text) {
        return window.area().getText().indexOf(text);
    }

    /** The lanes of the lines under a character, once they are as expected (or after a few seconds, for the assertion). */
    private List<Integer> lanesAt(int offset, List<Integer> expected) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lanes(offset).equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion reports what there is
        }
        return lanes(offset);
    }

    private List<Integer> lanes(int offset) {
        return window.area().getStyleOfChar(offset).lines().stream().map(SpanStyle.Line::lane).toList();
    }

    @Test
    void bothCodersAreShownEachInTheirStyleOneCanBeHiddenAndTheOthersWorkIsNotChanged() throws Exception {
        window = RunningApp.start(home, project).awaitArticle(TITLE);

        javafx.scene.control.Labeled anna = window.robot.lookup("#coder-anna").query();
        CheckBox ben = window.robot.lookup("#coder-ben").query();
        assertThat(anna.getText()).isEqualTo("anna (you)");
        assertThat(anna).as("the own coder is always shown: no box to untick").isNotInstanceOf(CheckBox.class);
        assertThat(ben.isSelected()).isTrue();
        assertThat(window.rows(5)).hasSize(5);

        int musk = offsetOf("Elon Musk") + 2;
        int harris = offsetOf("Kamala Harris") + 2;
        assertThat(lanesAt(musk, List.of(0, 1))).as("anna's line first, solid; ben's below it, dashed").containsExactly(0, 1);
        assertThat(lanesAt(harris, List.of(1))).containsExactly(1);
        assertThat(window.area().getStyleOfChar(harris).fill()).as("only the own coder's work is tinted").isNull();
        assertThat(window.area().getStyleOfChar(musk).fill()).isNotNull();

        window.robot.clickOn("#coder-ben");
        assertThat(lanesAt(harris, List.of())).as("ben hidden").isEmpty();
        assertThat(lanesAt(musk, List.of(0))).containsExactly(0);
        assertThat(window.rows(2)).extracting(Annotation::annotator).containsOnly("anna");

        javafx.scene.control.MenuBar bar = window.robot.lookup("#menu-bar").query();
        javafx.scene.control.Menu coders = (javafx.scene.control.Menu) bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "coders-menu".equals(item.getId())).findFirst().orElseThrow();
        javafx.scene.control.CheckMenuItem bensItem = (javafx.scene.control.CheckMenuItem) coders.getItems().get(1);
        assertThat(bensItem.isSelected()).as("View \u25B8 Coders follows the bar").isFalse();
        window.robot.interact(() -> bensItem.setSelected(true));
        assertThat(lanesAt(harris, List.of(1))).as("shown again from the menu").containsExactly(1);
        assertThat(((CheckBox) window.robot.lookup("#coder-ben").query()).isSelected()).isTrue();
        Annotation bens = article().annotations().stream().filter(annotation -> annotation.text().equals("Kamala Harris"))
                .findFirst().orElseThrow();
        window.robot.interact(() -> article().selectedProperty().set(bens));
        window.robot.interact(window::focusArticle);
        press(KeyCode.DELETE);
        assertThat(window.status()).contains("ben\u2019s annotation, shown to compare");
        press(KeyCode.DIGIT2);
        assertThat(window.status()).contains("ben\u2019s annotation");
        assertThat(window.saveState()).as("no edit was made").isEqualTo("Every change is saved as you make it");
        assertThat(window.app.session().store().annotations(1)).hasSize(5)
                .anySatisfy(annotation -> assertThat(annotation.text()).isEqualTo("Kamala Harris"));
    }

    @Test
    void theCuratorGoesFromDisagreementToDisagreementAcceptsOneAndExportsTheGoldVersion() throws Exception {
        window = RunningApp.start(home, project).awaitArticle(TITLE);
        window.robot.clickOn("#tab-disagreements");
        TreeView<Object> list = window.robot.lookup("#disagreements-tree").query();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getRoot().getChildren().size() == 2);
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion says what is listed
        }
        assertThat(window.robot.lookup("#disagreements-message").queryLabeled().getText()).isEqualTo("2 disagreements");
        assertThat(list.getRoot().getChildren()).extracting(item -> item.getValue().toString())
                .containsExactly("Speaker (1)", "Claim (1)");

        window.robot.clickOn("#curate");
        window.awaitArticle(TITLE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.robot.lookup("#accept-into-gold").tryQuery().isPresent());
        assertThat(article().annotator()).isEqualTo("curator");

        window.robot.interact(window::focusArticle);
        press(KeyCode.F7);
        int harris = offsetOf("Kamala Harris");
        assertThat(window.area().getSelection().getStart()).isEqualTo(harris);
        assertThat(window.area().getSelectedText()).isEqualTo("Kamala Harris");
        assertThat(window.status()).startsWith("Speaker, 1 of 2: not marked by anna");
        press(KeyCode.F7);
        assertThat(window.area().getSelectedText()).isEqualTo("a massive DDoS attack on X");
        press(KeyCode.SHIFT, KeyCode.F7);
        assertThat(window.area().getSelectedText()).isEqualTo("Kamala Harris");

        press(KeyCode.F9);
        assertThat(window.status()).startsWith("Accepted ben\u2019s");
        assertThat(lanesAt(harris + 2, List.of(0, 2))).as("the curator's gold copy, solid, above ben's").containsExactly(0, 2);
        window.awaitSaved();
        assertThat(window.app.session().store().annotations(1)).filteredOn(annotation -> annotation.annotator().equals("curator"))
                .singleElement().satisfies(gold -> assertThat(gold.text()).isEqualTo("Kamala Harris"));

        Path gold = home.resolve("gold.jsonl");
        StringWriter err = new StringWriter();
        int exit = CommandLineRunner.run(path -> { }, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "export", "--project", project.toString(), "--format", "jsonl", "--coders", "curator", "--out", gold.toString());
        assertThat(exit).as(err.toString()).isZero();
        String exported = Files.readString(gold);
        assertThat(exported).contains("\"annotator\":\"curator\"").contains("Kamala Harris")
                .doesNotContain("\"annotator\":\"ben\"").doesNotContain("\"annotator\":\"anna\"");
    }

    /** Answers the Export dialog as a curator would: JSON Lines, the gold version alone, to this file. */
    private static final class ExportTheGoldVersion extends org.newsmark.testing.UnexpectedDialogs {
        private final Path target;
        private boolean offered;

        ExportTheGoldVersion(Path target) {
            this.target = target;
        }

        @Override
        public java.util.Optional<org.newsmark.ui.common.ExportChoice> askExport(List<org.newsmark.exporting.ProjectExporter> exporters,
                String preselected, String openArticle, boolean offerGoldVersion) {
            offered = offerGoldVersion;
            return java.util.Optional.of(new org.newsmark.ui.common.ExportChoice("jsonl", false, offerGoldVersion));
        }

        @Override
        public java.util.Optional<Path> chooseExportTarget(org.newsmark.exporting.ProjectExporter exporter, String suggestedName) {
            return java.util.Optional.of(target.resolveSibling(suggestedName));
        }
    }

    @Test
    void theCuratorExportsTheGoldVersionFromTheWindow() throws Exception {
        try (ProjectStore store = SqliteProjectStore.open(project, OpenMode.OPEN_EXISTING)) {
            store.putSetting(ProjectStore.CODER_SETTING, "curator");
            Article bbc = store.article(1).orElseThrow();
            store.apply(List.of(AnnotationChange.create(by("curator", bbc, "Kamala Harris", Annotations.category(store, "Speaker")))));
        }
        ExportTheGoldVersion dialogs = new ExportTheGoldVersion(home.resolve("out/x"));
        Files.createDirectories(home.resolve("out"));
        window = RunningApp.start(home, project, owner -> dialogs).awaitArticle(TITLE);
        window.menu("_Export\u2026");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.status().startsWith("Exported"));
        assertThat(dialogs.offered).as("the gold version is offered to the curator").isTrue();
        String exported = Files.readString(home.resolve("out/two-coders-gold.jsonl"));
        assertThat(exported).contains("\"annotator\":\"curator\"").doesNotContain("\"annotator\":\"ben\"")
                .doesNotContain("\"annotator\":\"anna\"");
    }

    @Test
    void aNewProjectKeepsItsCodersNameSoItsWorkStaysItsOwnOnAnotherComputer() throws Exception {
        Path fresh = home.resolve("fresh.newsmark");
        window = RunningApp.start(home, fresh).awaitArticle("");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.app.session() != null);
        String coder = window.app.session().viewModel().coder();
        assertThat(window.app.session().store().setting(ProjectStore.CODER_SETTING)).contains(coder);
        assertThat(coder).isNotBlank();
    }
}
