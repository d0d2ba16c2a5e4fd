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
import javafx.stage.Window;
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
    private PeopleForText people = (naming, at, typed) -> List.of();
    private java.util.function.Function<String, String> proposedName = text -> "";

    /** The people a source written {@code naming} at offset {@code at} may be, for what was typed, best first. */
    @FunctionalInterface
    public interface PeopleForText {
        List<org.newsmark.model.Person> ranked(String naming, int at, String typed);
    }
    private Annotation lastClicked;
    private AnnotationKeys annotationKeys = AnnotationKeys.NONE;
    /** The suggested attributions' marks and keys; null until {@link #setSuggestions} (a window without them). */
    private SuggestionMarks suggestionMarks;
    private SuggestionKeys suggestionKeys;
    /** The one-step attribution's dialog: made at the first attribution, for the window it belongs to. */
    private AttributionDialog attributionDialog;
    private Window attributionDialogOwner;

    /** What the keys for coding the selected annotation do; the annotation panel does it. */
    public interface AnnotationKeys {
        AnnotationKeys NONE = new AnnotationKeys() {
            @Override
            public void choosePerson(Annotation mention, Node owner, javafx.geometry.Bounds near) {
            }

            @Override
            public void cycleAttribute(Annotation annotation, int index) {
            }

            @Override
            public void editNote(Annotation annotation) {
            }

            @Override
            public boolean isSpeakerMention(Annotation annotation) {
                return false;
            }
        };

        /** Enter on a speaker mention: who it is, from a list below {@code near}. */
        void choosePerson(Annotation mention, Node owner, javafx.geometry.Bounds near);

        /** Alt+1…Alt+9: the next value of the annotation's first…ninth attribute. */
        void cycleAttribute(Annotation annotation, int index);

        /** F2: its note. */
        void editNote(Annotation annotation);

        boolean isSpeakerMention(Annotation annotation);
    }

    public void setAnnotationKeys(AnnotationKeys keys) {
        this.annotationKeys = keys;
    }

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
        renderer.setOnShown(() -> {
            showWhatWasAskedFor();
            if (suggestionMarks != null) {
                suggestionMarks.redraw();
            }
        });
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
    public void setPeople(PeopleForText people, java.util.function.Function<String, String> proposedName) {
        this.people = people;
        this.proposedName = proposedName;
    }

    /**
     * Shows the suggested attributions over the text and gives them their keys ({@link SuggestionKeys}):
     * Enter accepts the one at the caret and Backspace rejects it, when no annotation is selected.
     */
    public void setSuggestions(SuggestionsViewModel suggestions) {
        this.suggestionMarks = new SuggestionMarks(area, suggestions, renderer::showsCurrentArticle);
        this.suggestionKeys = new SuggestionKeys(suggestions, viewModel, area, renderer::showsCurrentArticle,
                range -> select(range[0], range[1]), messages);
        suggestionMarks.redraw();
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
        // The selected annotation is framed in the accent colour; the selection's tint over it would hide its colour.
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
        if (selection.getLength() > 0 && !selectionIsAnnotation) {
            // New text selected: a new attribution, whatever link was left waiting.
            attribution.cancel();
            attributeSelection(selection);
        } else if (pending != null) {
            showLinkCandidates(pending);
        } else {
            attribution.start();
            if (attribution.pendingProperty().get() != null) {
                showLinkCandidates(attribution.pendingProperty().get());
            }
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
        var found = proposal.get();
        String naming = attribution.sourceNaming(found);
        int at = found.source() == null ? found.content().start() : found.source().start();
        Window window = area.getScene().getWindow();
        if (attributionDialog == null || attributionDialogOwner != window) {
            attributionDialog = new AttributionDialog(window, attribution);
            attributionDialogOwner = window;
        }
        attributionDialog.show(found, typed -> people.ranked(naming, at, typed), proposedName);
    }

    /**
     * What the pending annotation can be linked to, in a list to choose from with the keyboard
     * (Enter takes the first; typing narrows it); a click in the text still works instead.
     */
    private void showLinkCandidates(Annotation pending) {
        List<Annotation> candidates = attribution.candidatesFor(pending);
        if (candidates.isEmpty()) {
            attribution.cancel();
            messages.accept("Nothing in this article can be linked to that yet: tag the speaker (1) or cue first.");
            return;
        }
        // At the article's top right, so the text to click (for a coder using the mouse) stays in sight.
        javafx.geometry.Bounds article = area.localToScreen(area.getBoundsInLocal());
        new org.newsmark.ui.common.PickList<>("Link " + org.newsmark.editing.Tagging.quote(pending) + " to",
                candidates, candidate -> viewModel.nameOf(candidate) + ": " + org.newsmark.editing.Tagging.quote(candidate),
                candidate -> "").withId("link")
                .show(area, Math.max(article.getMinX(), article.getMaxX() - 580), article.getMinY() + 8, attribution::complete);
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
        if (suggestionKeys != null && suggestionKeys.keyPressed(event) || keyboardCoding(event)) {
            event.consume();
            return;
        }
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

    /**
     * The keys that select and correct annotations without the mouse: Space selects the annotation at
     * the caret (again: the one around it); Alt+→/← the next or previous one; with one selected,
     * Shift+→/← move its end and Shift+Alt+→/← its start, by a character (with Ctrl, a word).
     */
    private boolean keyboardCoding(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean arrow = code == KeyCode.LEFT || code == KeyCode.RIGHT;
        int direction = code == KeyCode.LEFT ? -1 : 1;
        if (code == KeyCode.SPACE && !event.isShiftDown() && !event.isShortcutDown() && !event.isAltDown()) {
            if (!refuseWhileOpening()) {
                viewModel.annotationAtCaret(area.getCaretPosition()).ifPresentOrElse(viewModel.selectedProperty()::set,
                        () -> messages.accept("No annotation at the caret: move it into one (Alt+\u2192 goes to the next)."));
            }
            return true;
        }
        if (arrow && event.isAltDown() && !event.isShiftDown() && !event.isShortcutDown()) {
            if (!refuseWhileOpening()) {
                viewModel.neighbour(area.getCaretPosition(), direction).ifPresent(viewModel.selectedProperty()::set);
            }
            return true;
        }
        Annotation selected = viewModel.getSelected();
        if (selected != null && isAnnotationSelection() && !event.isShiftDown() && !event.isShortcutDown()) {
            if (code == KeyCode.ENTER && !event.isAltDown()) {
                if (annotationKeys.isSpeakerMention(selected)) {
                    if (!viewModel.refuseWhenReadOnly()) {
                        annotationKeys.choosePerson(selected, area, caretBounds());
                    }
                } else {
                    messages.accept("Enter chooses the person of a speaker mention; Alt+1\u2026 sets this one's attributes, "
                            + "F2 its note.");
                }
                return true;
            }
            if (event.isAltDown() && code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
                annotationKeys.cycleAttribute(selected, digit(code) - 1);
                return true;
            }
            if (code == KeyCode.F2) {
                annotationKeys.editNote(selected);
                return true;
            }
        }
        if (arrow && event.isShiftDown() && viewModel.getSelected() != null && isAnnotationSelection()) {
            ArticleViewModel.Boundary boundary = event.isAltDown() ? ArticleViewModel.Boundary.START : ArticleViewModel.Boundary.END;
            ArticleViewModel.Unit unit = event.isShortcutDown() ? ArticleViewModel.Unit.WORD : ArticleViewModel.Unit.CHARACTER;
            viewModel.moveBoundary(boundary, direction, unit);
            return true;
        }
        return false;
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }

    /** Where the caret is on the screen, for a list to pop up below it. */
    private javafx.geometry.Bounds caretBounds() {
        return area.getCaretBounds().orElseGet(() -> area.localToScreen(area.getBoundsInLocal()));
    }

    /**
     * What the article's own keys do, as commands for the palette (which runs them on the article's
     * caret and selection, as the keys would).
     */
    public List<org.newsmark.ui.common.Command> commands() {
        List<org.newsmark.ui.common.Command> commands = new java.util.ArrayList<>();
        commands.add(new org.newsmark.ui.common.Command("Select the annotation at the caret (again: the one around it)", "Space",
                () -> viewModel.annotationAtCaret(area.getCaretPosition()).ifPresent(viewModel.selectedProperty()::set)));
        commands.add(new org.newsmark.ui.common.Command("Next annotation", "Alt+Right",
                () -> viewModel.neighbour(area.getCaretPosition(), 1).ifPresent(viewModel.selectedProperty()::set)));
        commands.add(new org.newsmark.ui.common.Command("Previous annotation", "Alt+Left",
                () -> viewModel.neighbour(area.getCaretPosition(), -1).ifPresent(viewModel.selectedProperty()::set)));
        commands.add(new org.newsmark.ui.common.Command("Move the end of the annotation right a character", "Shift+Right",
                () -> viewModel.moveBoundary(ArticleViewModel.Boundary.END, 1, ArticleViewModel.Unit.CHARACTER)));
        commands.add(new org.newsmark.ui.common.Command("Move the end of the annotation left a character", "Shift+Left",
                () -> viewModel.moveBoundary(ArticleViewModel.Boundary.END, -1, ArticleViewModel.Unit.CHARACTER)));
        commands.add(new org.newsmark.ui.common.Command("Move the end of the annotation right a word", "Ctrl+Shift+Right",
                () -> viewModel.moveBoundary(ArticleViewModel.Boundary.END, 1, ArticleViewModel.Unit.WORD)));
        commands.add(new org.newsmark.ui.common.Command("Move the end of the annotation left a word", "Ctrl+Shift+Left",
                () -> viewModel.moveBoundary(ArticleViewModel.Boundary.END, -1, ArticleViewModel.Unit.WORD)));
        commands.add(new org.newsmark.ui.common.Command("Move the start of the annotation left a character", "Alt+Shift+Left",
                () -> viewModel.moveBoundary(ArticleViewModel.Boundary.START, -1, ArticleViewModel.Unit.CHARACTER)));
        commands.add(new org.newsmark.ui.common.Command("Move the start of the annotation right a character", "Alt+Shift+Right",
                () -> viewModel.moveBoundary(ArticleViewModel.Boundary.START, 1, ArticleViewModel.Unit.CHARACTER)));
        commands.add(new org.newsmark.ui.common.Command("Move the start of the annotation left a word", "Ctrl+Alt+Shift+Left",
                () -> viewModel.moveBoundary(ArticleViewModel.Boundary.START, -1, ArticleViewModel.Unit.WORD)));
        commands.add(new org.newsmark.ui.common.Command("Move the start of the annotation right a word", "Ctrl+Alt+Shift+Right",
                () -> viewModel.moveBoundary(ArticleViewModel.Boundary.START, 1, ArticleViewModel.Unit.WORD)));
        commands.add(new org.newsmark.ui.common.Command("Choose the person of the speaker mention", "Enter", () -> {
            Annotation selected = viewModel.getSelected();
            if (selected != null && annotationKeys.isSpeakerMention(selected)) {
                annotationKeys.choosePerson(selected, area, caretBounds());
            }
        }));
        for (int i = 1; i <= 3; i++) {
            int index = i - 1;
            commands.add(new org.newsmark.ui.common.Command("Next value of the annotation's attribute " + i, "Alt+" + i, () -> {
                Annotation selected = viewModel.getSelected();
                if (selected != null) {
                    annotationKeys.cycleAttribute(selected, index);
                }
            }));
        }
        commands.add(new org.newsmark.ui.common.Command("Write the annotation's note", "F2", () -> {
            Annotation selected = viewModel.getSelected();
            if (selected != null) {
                annotationKeys.editNote(selected);
            }
        }));
        commands.add(new org.newsmark.ui.common.Command("Attribute the selection (content, cue, source) or link the annotation",
                "A", this::linkKey));
        for (Category category : viewModel.categories()) {
            if (category.shortcut() != null) {
                commands.add(new org.newsmark.ui.common.Command("Tag as " + viewModel.codebook().pathName(category)
                        + " (or give the selected annotation this category)", category.shortcut().toUpperCase(java.util.Locale.ROOT), () -> {
                            IndexRange selection = area.getSelection();
                            viewModel.tagWithShortcut(category.shortcut(), selection.getStart(), selection.getEnd());
                        }));
            }
        }
        commands.add(new org.newsmark.ui.common.Command("Leave the selected annotation", "Escape",
                () -> viewModel.selectedProperty().set(null)));
        if (suggestionKeys != null) {
            commands.addAll(suggestionKeys.commands());
        }
        return commands;
    }

    /** Whether the text selection is the selected annotation's span (so keys act on the annotation). */
    private boolean isAnnotationSelection() {
        Annotation selected = viewModel.getSelected();
        IndexRange selection = area.getSelection();
        return selected != null && (selection.getLength() == 0
                || selection.getStart() == selected.start() && selection.getEnd() == selected.end());
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
