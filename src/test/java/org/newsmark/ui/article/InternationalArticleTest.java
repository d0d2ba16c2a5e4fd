package org.newsmark.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.fxmisc.richtext.TextExt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.editing.AnnotationEditor;
import org.newsmark.importing.CorpusImporter;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Category;
import org.newsmark.model.TextSpans;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.sqlite.SqliteProjectStore;
import org.newsmark.task.CurrentThreadTasks;
import org.newsmark.ui.find.FindViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An article in English, Russian, Arabic, Chinese, Hebrew and Persian, with emoji and mathematical
 * letters: tagged spans keep their exact offsets, right-to-left paragraphs are laid out right to left
 * and stay in order when a highlight cuts into them, and selection and find work inside them.
 */
@ExtendWith(ApplicationExtension.class)
class InternationalArticleTest {

    private static final Path ARTICLE = Path.of("samples/international/many-scripts.txt");
    private static final String ARABIC = "قال المتحدث باسم البلدية";
    private static final String ARABIC_MIDDLE = "خط الترام الجديد";

    @TempDir
    static Path folder;

    private final List<String> messages = new ArrayList<>();
    private ProjectStore store;
    private ArticleViewModel viewModel;
    private ArticleView view;
    private Article article;

    @Start
    void start(Stage stage) {
        store = SqliteProjectStore.open(folder.resolve("scripts-" + System.nanoTime() + ".newsmark"), OpenMode.CREATE_OR_OPEN);
        new CorpusImporter(store).importPaths(List.of(ARTICLE));
        article = store.article(store.articles().get(0).id()).orElseThrow();
        viewModel = new ArticleViewModel(new AnnotationEditor(store, new CurrentThreadTasks(), Clock.systemUTC()), "coder", messages::add);
        viewModel.setCodebook(store.codebook());
        view = new ArticleView(viewModel, new AttributionViewModel(viewModel), new CurrentThreadTasks(), messages::add);
        Scene scene = new Scene(new javafx.scene.layout.StackPane(view.node()), 700, 700);
        scene.getStylesheets().add(ArticleView.class.getResource("/org/newsmark/ui/newsmark.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        viewModel.load(article, List.of(), List.of());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void spansTaggedInEveryScriptKeepTheirExactOffsets(FxRobot robot) {
        String text = article.text();
        List<String> words = List.of("линия трамвая", ARABIC_MIDDLE, "有轨电车线路", "הקו החדש", "می\u200Cشود", "\uD83D\uDE8B",
                "\uD835\uDC63 = \uD835\uDC51", "Line 2");
        Category claim = store.codebook().byName("Claim").orElseThrow();
        for (String word : words) {
            int start = text.indexOf(word);
            assertThat(start).as(word).isPositive();
            robot.interact(() -> viewModel.tag(start, start + word.length(), claim));
        }
        WaitForAsyncUtils.waitForFxEvents();

        List<Annotation> saved = store.annotations(article.id());
        assertThat(saved).extracting(Annotation::text).containsExactlyInAnyOrderElementsOf(words);
        for (Annotation annotation : saved) {
            assertThat(text.substring(annotation.start(), annotation.end())).isEqualTo(annotation.text());
            assertThat(annotation.start()).isEqualTo(text.indexOf(annotation.text()));
        }
        // An emoji is two UTF-16 code units, and a span may not cut it in half.
        Annotation tram = saved.stream().filter(annotation -> annotation.text().equals("\uD83D\uDE8B")).findFirst().orElseThrow();
        assertThat(tram.end() - tram.start()).isEqualTo(2);
    }

    @Test
    void rightToLeftParagraphsAreLaidOutRightToLeft(FxRobot robot) {
        assertThat(paragraph(robot, ARABIC).getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(paragraph(robot, "דובר העירייה").getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(paragraph(robot, "سخنگوی شهرداری").getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        // Begins in Arabic, quotes English: still right to left, by its first strong letter.
        assertThat(paragraph(robot, "قالت الشركة").getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(paragraph(robot, "The city council").getNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(paragraph(robot, "市政府").getNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }

    @Test
    void aHighlightInsideAnArabicSentenceIsDrawnOverItsWordsAndLeavesTheSentenceWhole(FxRobot robot) {
        String text = article.text();
        int start = text.indexOf(ARABIC_MIDDLE);
        Category speaker = store.codebook().byName("Speaker").orElseThrow();
        robot.interact(() -> viewModel.tag(start, start + ARABIC_MIDDLE.length(), speaker));
        WaitForAsyncUtils.waitForFxEvents();

        TextFlow flow = paragraph(robot, ARABIC);
        assertThat(flow.getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        // Letters and punctuation in one font, each word a piece of its own: JavaFX then keeps each
        // full stop at the left of its word and wraps the paragraph right (see ArticleFonts, HighlightRuns).
        for (TextExt piece : pieces(flow)) {
            assertThat(piece.getFont().getFamily()).as(piece.getText()).isEqualTo(ArticleFonts.BIDI);
            assertThat(piece.getText().strip()).as(piece.getText()).doesNotContain(" ");
        }
        assertThat(pieces(flow)).extracting(TextExt::getText).contains("مايو. ", "الموعد.");

        Bounds tint = shape(flow, "annotation-tint").getBoundsInParent();
        for (String word : List.of("خط ", "الترام ", "الجديد")) {
            Bounds drawn = piece(flow, word).getBoundsInParent();
            assertThat(tint.contains(drawn.getCenterX(), drawn.getCenterY())).as(word).isTrue();
        }
        for (String word : List.of("قال ", "سيفتح ", "مايو. ")) {
            Bounds drawn = piece(flow, word).getBoundsInParent();
            assertThat(tint.contains(drawn.getCenterX(), drawn.getCenterY())).as(word).isFalse();
        }
    }

    @Test
    void selectionFindAndClicksWorkInARightToLeftParagraph(FxRobot robot) {
        String text = article.text();
        FindViewModel find = new FindViewModel(() -> text);
        find.queryProperty().set("الترام");
        TextSpans.Range match = find.next(0).orElseThrow();
        assertThat(match.start()).isEqualTo(text.indexOf("الترام"));

        robot.interact(() -> view.select(match.start(), match.end()));
        assertThat(view.area().getSelectedText()).isEqualTo("الترام");
        TextFlow flow = paragraph(robot, ARABIC);
        Bounds selection = shape(flow, "selection").getBoundsInParent();
        Bounds word = piece(flow, "الترام ").getBoundsInParent();
        assertThat(selection.contains(word.getCenterX() - 4, word.getCenterY())).isTrue();
        assertThat(selection.getWidth()).isLessThan(word.getWidth() + 1);

        // A click on a word finds a character of that word.
        TextExt month = piece(flow, "شهر ");
        int clicked = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Bounds onScreen = month.localToScreen(month.getBoundsInLocal());
            javafx.geometry.Point2D inArea = view.area().screenToLocal(onScreen.getCenterX(), onScreen.getCenterY());
            return view.area().hit(inArea.getX(), inArea.getY()).getInsertionIndex();
        }));
        int monthStart = text.indexOf("شهر");
        assertThat(clicked).isBetween(monthStart, monthStart + 3);
    }

    @Test
    void emojiAreDrawnInTheShippedEmojiFont(FxRobot robot) {
        TextExt emoji = robot.lookup(".text").queryAllAs(TextExt.class).stream()
                .filter(text -> text.getText().contains("\uD83D\uDE8B")).findFirst().orElseThrow();
        assertThat(emoji.getStyleClass()).contains("emoji");
        assertThat(emoji.getFont().getFamily()).isEqualTo(ArticleFonts.EMOJI);
        assertThat(emoji.getText()).isEqualTo("\uD83D\uDE8B");
    }

    private static List<TextExt> pieces(TextFlow flow) {
        return flow.getChildren().stream().filter(TextExt.class::isInstance).map(TextExt.class::cast).toList();
    }

    private static TextExt piece(TextFlow flow, String text) {
        return pieces(flow).stream().filter(piece -> piece.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No piece of text " + text));
    }

    private static javafx.scene.shape.Path shape(TextFlow flow, String styleClass) {
        return flow.getChildren().stream().filter(child -> child.getStyleClass().contains(styleClass))
                .map(javafx.scene.shape.Path.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("No " + styleClass + " in the paragraph"));
    }

    private static TextFlow paragraph(FxRobot robot, String start) {
        for (Node node : robot.lookup(".paragraph-text").queryAll()) {
            TextFlow flow = (TextFlow) node;
            StringBuilder text = new StringBuilder();
            flow.getChildren().stream().filter(TextExt.class::isInstance).forEach(child -> text.append(((TextExt) child).getText()));
            if (text.toString().startsWith(start)) {
                return flow;
            }
        }
        throw new AssertionError("No paragraph begins with " + start);
    }
}
