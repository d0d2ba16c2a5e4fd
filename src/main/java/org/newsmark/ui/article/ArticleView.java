package org.newsmark.ui.article;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;
import org.newsmark.model.Annotation;
import org.newsmark.model.Category;
import org.newsmark.task.BackgroundTasks;

/**
 * The article as a reader sees it (drawn by {@link ArticleRenderer}), and what a reader does in it:
 * select text with mouse or keyboard, tag it with a category key, click a highlight to select its
 * annotation, delete it, or use the context menu.
 */
public final class ArticleView {

    private static final PseudoClass ANNOTATION_SELECTED = PseudoClass.getPseudoClass("annotation-selected");
    /** Links the selected annotation: press once, then click; press twice for a list. */
    public static final String LINK_KEY = "a";

    private final ArticleViewModel viewModel;
    private final StyledTextArea<ParagraphRole, SpanStyle> area;
    private final VirtualizedScrollPane<StyledTextArea<ParagraphRole, SpanStyle>> scrollPane;
    private final ArticleRenderer renderer;
    private final Consumer<String> messages;
    private final AttributionViewModel attribution;
    private java.util.function.Function<String, List<org.newsmark.model.Person>> matching = text -> List.of();
    private java.util.function.Function<String, String> proposedName = text -> "";
    private Annotation lastClicked;

    public ArticleView(ArticleViewModel viewModel, AttributionViewModel attribution, BackgroundTasks renderTasks,
            Consumer<String> messages) {
        this.viewModel = viewModel;
        this.attribution = attribution;
        this.messages = messages;
        area = new ArticleTextArea();
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.ON);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.getStyleClass().add("article-text");
        area.setId("article-text");
        scrollPane = new VirtualizedScrollPane<>(area);
        scrollPane.getStyleClass().add("article-scroll");

        renderer = new ArticleRenderer(viewModel, area, renderTasks, messages);
        viewModel.selectedProperty().addListener((observable, before, after) -> selectionChanged(before, after));
        renderer.setOnShown(this::showWhatWasAskedFor);
        viewModel.revealProperty().addListener((observable, before, range) -> {
            if (range != null && renderer.showsCurrentArticle()) {
                showWhatWasAskedFor();
            }
        });
        area.selectionProperty().addListener((observable, before, after) -> textSelectionChanged(after));
        area.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        // A right-click keeps the keyboard in the text (the tab pane around it would take it), so a
        // category key tags the selection once the menu is closed.
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> area.requestFocus());
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.isSecondaryButtonDown()) {
                event.consume();
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        area.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        area.addEventHandler(MouseEvent.MOUSE_EXITED, event -> viewModel.hoveredProperty().set(null));
        area.setContextMenu(new ContextMenu());
        area.getContextMenu().setOnShowing(event -> fillContextMenu(area.getContextMenu()));
    }

    public Node node() {
        return scrollPane;
    }

    /** The text area itself, for focus, the find bar and tests. */
    public StyledTextArea<ParagraphRole, SpanStyle> area() {
        return area;
    }

    /** Where the one-step attribution finds people for a source, and a name for a new one. */
    public void setPeople(java.util.function.Function<String, List<org.newsmark.model.Person>> matching,
            java.util.function.Function<String, String> proposedName) {
        this.matching = matching;
        this.proposedName = proposedName;
    }

    /** Draws the highlights for a dark page (lighter lines, stronger tints) or a light one. */
    public void setDarkPage(boolean dark) {
        renderer.setDark(dark);
    }

    /** Runs after each article is drawn (used to measure how long opening takes). */
    public void setOnRendered(Runnable onRendered) {
        renderer.setOnRendered(onRendered);
    }

    /** Tags the text selected in the article with a category (from a button or menu). */
    public void tagSelection(Category category) {
        if (refuseWhileOpening()) {
            return;
        }
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

    /**
     * Once an article is drawn: the annotation it was opened at (from a list of mentions or a
     * concordance), or else the passage asked for (a search match), is selected and scrolled to.
     */
    private void showWhatWasAskedFor() {
        Annotation selected = viewModel.getSelected();
        int[] range = viewModel.revealProperty().get();
        if (selected != null) {
            select(selected.start(), selected.end());
        } else if (range != null && range[1] <= area.getLength()) {
            select(range[0], range[1]);
        }
        viewModel.revealProperty().set(null);
    }

    private void selectionChanged(Annotation before, Annotation after) {
        // The selected annotation is drawn deeper; the selection's tint over it would hide its colour.
        area.pseudoClassStateChanged(ANNOTATION_SELECTED, after != null);
        renderer.markDirty(before);
        renderer.markDirty(after);
        if (renderer.isShown(after)) {
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

    private void keyTyped(KeyEvent event) {
        String key = event.getCharacter();
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown() || key.isBlank()) {
            return;
        }
        if (viewModel.categoryWithShortcut(key).isEmpty()) {
            if (key.equalsIgnoreCase(LINK_KEY)) {
                event.consume();
                linkKey();
            }
            return;
        }
        event.consume();
        if (!refuseWhileOpening()) {
            IndexRange selection = area.getSelection();
            viewModel.tagWithShortcut(key, selection.getStart(), selection.getEnd());
        }
    }

    private void linkKey() {
        if (refuseWhileOpening()) {
            return;
        }
        Annotation pending = attribution.pendingProperty().get();
        IndexRange selection = area.getSelection();
        Annotation selected = viewModel.getSelected();
        boolean selectionIsAnnotation = selected != null && selection.getStart() == selected.start()
                && selection.getEnd() == selected.end();
        if (pending != null) {
            showLinkCandidates(pending);
        } else if (selection.getLength() > 0 && !selectionIsAnnotation) {
            attributeSelection(selection);
        } else {
            attribution.start();
        }
    }

    /** A sentence or paragraph selected, A pressed: propose its content, cue and source to code in one go. */
    private void attributeSelection(IndexRange selection) {
        var proposal = attribution.propose(selection.getStart(), selection.getEnd());
        if (proposal.isEmpty()) {
            messages.accept("No attribution found in the selection: Newsmark looks for a quotation or a cue such as "
                    + "\"said\", \"told\" or \"according to\".");
            return;
        }
        AttributionDialog.show(area.getScene().getWindow(), attribution, proposal.get(), matching, proposedName);
    }

    /** The list the second press of the link key shows: what the pending annotation can be linked to. */
    private void showLinkCandidates(Annotation pending) {
        ContextMenu menu = new ContextMenu();
        for (Annotation candidate : attribution.candidatesFor(pending)) {
            MenuItem item = new MenuItem(viewModel.nameOf(candidate) + ": " + org.newsmark.editing.Tagging.quote(candidate));
            item.setOnAction(event -> attribution.complete(candidate));
            menu.getItems().add(item);
        }
        if (menu.getItems().isEmpty()) {
            attribution.cancel();
            messages.accept("Nothing in this article can be linked to that yet: tag the speaker (1) or cue first.");
            return;
        }
        area.getCaretBounds().ifPresent(bounds -> menu.show(area, bounds.getMaxX(), bounds.getMaxY()));
    }

    private void moved(MouseEvent event) {
        CharacterHit hit = area.hit(event.getX(), event.getY());
        Annotation under = hit.getCharacterIndex().isPresent() && renderer.showsCurrentArticle()
                ? viewModel.innermostAt(hit.getCharacterIndex().getAsInt()).orElse(null) : null;
        if (under != viewModel.getHovered()) {
            viewModel.hoveredProperty().set(under);
        }
    }

    /** True, after saying so, while the chosen article is still being drawn over the previous one. */
    private boolean refuseWhileOpening() {
        if (renderer.showsCurrentArticle()) {
            return false;
        }
        messages.accept("The article is still opening; select the text again when it is shown.");
        return true;
    }

    private void keyPressed(KeyEvent event) {
        if ((event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) && !event.isShortcutDown()) {
            viewModel.deleteSelected();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE && attribution.pendingProperty().get() != null) {
            attribution.cancel();
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
        if (attribution.pendingProperty().get() != null) {
            Optional<Annotation> target = viewModel.innermostAt(offset);
            if (target.isPresent()) {
                attribution.complete(target.get());
            } else {
                attribution.cancel();
            }
            return;
        }
        Annotation chosen = viewModel.annotationToSelectAt(offset, lastClicked).orElse(null);
        lastClicked = chosen;
        viewModel.selectedProperty().set(chosen);
    }

    private MenuItem tagItem(Category category, String prefix) {
        MenuItem item = new MenuItem(prefix + viewModel.codebook().pathName(category)
                + (category.shortcut() == null ? "" : "\t" + category.shortcut()));
        item.setOnAction(event -> tagSelection(category));
        return item;
    }

    private void fillContextMenu(ContextMenu menu) {
        menu.getItems().clear();
        boolean hasSelection = area.getSelection().getLength() > 0;
        for (Category category : viewModel.codebook().children(null)) {
            MenuItem item = tagItem(category, "Tag as ");
            List<Category> subtree = viewModel.codebook().subtree(category);
            if (subtree.size() > 1) {
                Menu sub = new Menu("Tag as " + category.name() + " \u203A");
                sub.getItems().add(tagItem(category, ""));
                subtree.subList(1, subtree.size()).forEach(child -> sub.getItems().add(tagItem(child, "")));
                sub.setDisable(!hasSelection);
                menu.getItems().add(sub);
            } else {
                item.setDisable(!hasSelection);
                menu.getItems().add(item);
            }
        }
        menu.getItems().add(new SeparatorMenuItem());
        Annotation selected = viewModel.getSelected();
        MenuItem link = new MenuItem("Link to speaker, cue or claim\u2026\tA");
        link.setDisable(selected == null);
        link.setOnAction(event -> attribution.start());
        MenuItem attribute = new MenuItem("Attribute the selection (content, cue, source)\u2026\tA");
        attribute.setDisable(!hasSelection);
        attribute.setOnAction(event -> attributeSelection(area.getSelection()));
        menu.getItems().addAll(attribute, link);
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
