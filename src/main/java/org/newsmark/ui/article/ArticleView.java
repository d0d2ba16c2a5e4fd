package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.TextFlow;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;
import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.Category;
import org.newsmark.model.TextSpans;
import org.newsmark.task.BackgroundTasks;

/**
 * The article as a reader sees it: headline, paragraphs and highlights, with selection by mouse and
 * keyboard. A new article is laid out and styled off the JavaFX thread and swapped in at once;
 * after that each change restyles only the text it touches.
 */
public final class ArticleView {

    private static final PseudoClass ANNOTATION_SELECTED = PseudoClass.getPseudoClass("annotation-selected");

    private final ArticleViewModel viewModel;
    private final BackgroundTasks renderTasks;
    private final Consumer<String> messages;
    private final StyledTextArea<ParagraphRole, SpanStyle> area;
    private final VirtualizedScrollPane<StyledTextArea<ParagraphRole, SpanStyle>> scrollPane;
    private HighlightPalette palette = new HighlightPalette(List.of());
    private ArticleLayout layout;
    private long shownArticleId = -1;
    private int renderGeneration;
    private boolean changedWhileRendering;
    private Annotation lastClicked;
    private Runnable onRendered = () -> { };
    /** Text whose highlights are out of date, restyled together just before the next frame is laid out. */
    private final List<TextSpans.Range> dirty = new ArrayList<>();

    public ArticleView(ArticleViewModel viewModel, BackgroundTasks renderTasks, Consumer<String> messages) {
        this.viewModel = viewModel;
        this.renderTasks = renderTasks;
        this.messages = messages;
        area = new StyledTextArea<>(ParagraphRole.BODY, ArticleView::styleParagraph, SpanStyle.PLAIN, (text, style) -> style.applyTo(text));
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.ON);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.getStyleClass().add("article-text");
        area.setId("article-text");
        scrollPane = new VirtualizedScrollPane<>(area);
        scrollPane.getStyleClass().add("article-scroll");

        palette = new HighlightPalette(viewModel.categories());
        viewModel.categories().addListener((ListChangeListener<Category>) change -> {
            palette = new HighlightPalette(viewModel.categories());
            restyle(0, area.getLength());
        });
        viewModel.loadsProperty().addListener((observable, before, after) -> render());
        viewModel.annotations().addListener(this::annotationsChanged);
        viewModel.selectedProperty().addListener((observable, before, after) -> selectionChanged(before, after));
        area.selectionProperty().addListener((observable, before, after) -> textSelectionChanged(after));
        area.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        area.setContextMenu(new ContextMenu());
        area.getContextMenu().setOnShowing(event -> fillContextMenu(area.getContextMenu()));
        area.sceneProperty().addListener((observable, before, after) -> {
            if (before != null) {
                before.removePreLayoutPulseListener(this::restyleDirty);
            }
            if (after != null) {
                after.addPreLayoutPulseListener(this::restyleDirty);
            }
        });
        if (viewModel.getArticle() != null) {
            render();
        }
    }

    public Node node() {
        return scrollPane;
    }

    /** The text area itself, for focus, the find bar and tests. */
    public StyledTextArea<ParagraphRole, SpanStyle> area() {
        return area;
    }

    /** Runs after each article is drawn (used to measure how long opening takes). */
    public void setOnRendered(Runnable onRendered) {
        this.onRendered = onRendered;
    }

    /** Tags the text selected in the article with a category (from a button or menu). */
    public void tagSelection(Category category) {
        IndexRange selection = area.getSelection();
        viewModel.tag(selection.getStart(), selection.getEnd(), category);
        area.requestFocus();
    }

    /**
     * Selects {@code [start, end)} and scrolls it into view: a paragraph out of sight is brought to
     * the middle, with its surroundings, rather than to the edge.
     */
    public void select(int start, int end) {
        area.selectRange(start, end);
        int paragraph = area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor();
        boolean visible = !area.getVisibleParagraphs().isEmpty() && area.allParToVisibleParIndex(paragraph).isPresent();
        if (visible) {
            area.requestFollowCaret();
        } else {
            area.showParagraphAtCenter(paragraph);
        }
    }

    private static void styleParagraph(TextFlow flow, ParagraphRole role) {
        flow.getStyleClass().removeIf(name -> name.startsWith("para-"));
        flow.getStyleClass().add("para-" + role.name().toLowerCase(Locale.ROOT));
    }

    private record Rendered(Article article, ArticleLayout layout, ReadOnlyStyledDocument<ParagraphRole, String, SpanStyle> document) {
    }

    private void render() {
        Article article = viewModel.getArticle();
        int generation = ++renderGeneration;
        changedWhileRendering = false;
        if (article == null) {
            shownArticleId = -1;
            layout = null;
            area.clear();
            return;
        }
        List<Annotation> snapshot = List.copyOf(viewModel.annotations());
        UUID selectedId = selectedId();
        HighlightPalette currentPalette = palette;
        renderTasks.run(() -> {
            ArticleLayout newLayout = ArticleLayout.of(article);
            return new Rendered(article, newLayout, ArticleDocument.build(newLayout, snapshot, selectedId, currentPalette));
        }, rendered -> {
            if (generation == renderGeneration) {
                show(rendered);
            }
        }, error -> messages.accept("Could not show the article: " + error.getMessage()));
    }

    private void show(Rendered rendered) {
        layout = rendered.layout();
        shownArticleId = rendered.article().id();
        dirty.clear();
        area.replace(0, area.getLength(), rendered.document());
        area.moveTo(0);
        area.showParagraphAtTop(0);
        if (changedWhileRendering) {
            restyle(0, area.getLength());
        }
        onRendered.run();
    }

    private boolean isShown(Annotation annotation) {
        return annotation != null && layout != null && annotation.articleId() == shownArticleId
                && viewModel.getArticle() != null && viewModel.getArticle().id() == shownArticleId;
    }

    private void annotationsChanged(ListChangeListener.Change<? extends Annotation> change) {
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        while (change.next()) {
            for (Annotation annotation : change.getRemoved()) {
                if (isShown(annotation)) {
                    from = Math.min(from, annotation.start());
                    to = Math.max(to, annotation.end());
                }
            }
            for (Annotation annotation : change.getAddedSubList()) {
                if (isShown(annotation)) {
                    from = Math.min(from, annotation.start());
                    to = Math.max(to, annotation.end());
                } else if (viewModel.getArticle() != null && annotation.articleId() == viewModel.getArticle().id()) {
                    changedWhileRendering = true;
                }
            }
        }
        if (from < to) {
            markDirty(from, to);
        }
    }

    private void selectionChanged(Annotation before, Annotation after) {
        // The frame marks a selected annotation; the selection's tint over it would hide its colour.
        area.pseudoClassStateChanged(ANNOTATION_SELECTED, after != null);
        if (isShown(before)) {
            markDirty(before.start(), before.end());
        }
        if (isShown(after)) {
            markDirty(after.start(), after.end());
            IndexRange selection = area.getSelection();
            if (selection.getStart() != after.start() || selection.getEnd() != after.end()) {
                select(after.start(), after.end());
            }
        }
    }

    /** A new text selection that is not the selected annotation's span leaves that annotation. */
    private void textSelectionChanged(IndexRange selection) {
        Annotation selected = viewModel.getSelected();
        if (selected != null && selection.getLength() > 0
                && (selection.getStart() != selected.start() || selection.getEnd() != selected.end())) {
            viewModel.selectedProperty().set(null);
        }
    }

    /**
     * Notes that {@code [from, to)} needs restyling. All changes of one event (an annotation added,
     * the selection moved) are restyled together, once, in the same frame.
     */
    private void markDirty(int from, int to) {
        dirty.add(new TextSpans.Range(from, to));
        Platform.requestNextPulse();
    }

    /** Restyles each stretch of out-of-date text once; stretches far apart are restyled apart. */
    private void restyleDirty() {
        if (dirty.isEmpty()) {
            return;
        }
        dirty.sort(Comparator.comparingInt(TextSpans.Range::start));
        int from = dirty.get(0).start();
        int to = dirty.get(0).end();
        for (TextSpans.Range range : dirty.subList(1, dirty.size())) {
            if (range.start() > to) {
                restyle(from, to);
                from = range.start();
            }
            to = Math.max(to, range.end());
        }
        restyle(from, to);
        dirty.clear();
    }

    private void restyle(int from, int to) {
        if (layout == null || from >= to || to > area.getLength()) {
            return;
        }
        List<HighlightRuns.Run> runs = HighlightRuns.of(layout, viewModel.annotations(), selectedId(), from, to);
        area.setStyleSpans(from, palette.styleSpans(runs));
    }

    private UUID selectedId() {
        Annotation selected = viewModel.getSelected();
        return selected == null ? null : selected.id();
    }

    private void keyTyped(KeyEvent event) {
        String key = event.getCharacter();
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown() || key.isBlank()) {
            return;
        }
        IndexRange selection = area.getSelection();
        if (viewModel.tagWithShortcut(key, selection.getStart(), selection.getEnd())) {
            event.consume();
        }
    }

    private void keyPressed(KeyEvent event) {
        if ((event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) && !event.isShortcutDown()) {
            viewModel.deleteSelected();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE && viewModel.getSelected() != null) {
            viewModel.selectedProperty().set(null);
            event.consume();
        }
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress() || event.getClickCount() != 1
                || area.getSelection().getLength() > 0) {
            return;
        }
        CharacterHit hit = area.hit(event.getX(), event.getY());
        if (hit.getCharacterIndex().isEmpty()) {
            return;
        }
        int offset = hit.getCharacterIndex().getAsInt();
        Annotation chosen = viewModel.annotationToSelectAt(offset, lastClicked).orElse(null);
        lastClicked = chosen;
        viewModel.selectedProperty().set(chosen);
    }

    private void fillContextMenu(ContextMenu menu) {
        menu.getItems().clear();
        boolean hasSelection = area.getSelection().getLength() > 0;
        for (Category category : viewModel.categories()) {
            MenuItem item = new MenuItem("Tag as " + category.name()
                    + (category.shortcut() == null ? "" : "\t" + category.shortcut()));
            item.setDisable(!hasSelection);
            item.setOnAction(event -> tagSelection(category));
            menu.getItems().add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        Annotation selected = viewModel.getSelected();
        MenuItem delete = new MenuItem(selected == null ? "Delete annotation"
                : "Delete " + viewModel.category(selected.categoryId()).name() + " annotation");
        delete.setDisable(selected == null);
        delete.setOnAction(event -> viewModel.deleteSelected());
        MenuItem copy = new MenuItem("Copy");
        copy.setDisable(!hasSelection);
        copy.setOnAction(event -> area.copy());
        menu.getItems().addAll(delete, copy);
    }
}
