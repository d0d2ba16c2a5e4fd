package org.newsmark.ui.article;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.StyledTextArea;
import org.newsmark.suggest.SuggestedAttribution;
import org.newsmark.ui.common.Command;

/**
 * The article's keys for suggested attributions (docs/suggestions.md): F8 / Shift+F8 take the caret
 * to the next / previous one; Enter accepts the one at the caret and Backspace rejects it, and
 * Shift+Enter accepts the caret's paragraph's, only while no annotation and no text is selected, so
 * those keys keep their meaning for a selected annotation (its person; deleting it).
 */
final class SuggestionKeys {

    private final SuggestionsViewModel suggestions;
    private final ArticleViewModel article;
    private final StyledTextArea<ParagraphRole, SpanStyle> area;
    private final BooleanSupplier showsCurrentArticle;
    private final Consumer<int[]> select;
    private final Consumer<String> messages;

    /**
     * @param select selects {@code {start, end}} of the article and scrolls it into view
     */
    SuggestionKeys(SuggestionsViewModel suggestions, ArticleViewModel article, StyledTextArea<ParagraphRole, SpanStyle> area,
            BooleanSupplier showsCurrentArticle, Consumer<int[]> select, Consumer<String> messages) {
        this.suggestions = suggestions;
        this.article = article;
        this.area = area;
        this.showsCurrentArticle = showsCurrentArticle;
        this.select = select;
        this.messages = messages;
        suggestions.wantedProperty().addListener((observable, before, wanted) -> {
            if (wanted != null && showsCurrentArticle.getAsBoolean()) {
                goTo(wanted);
            }
        });
    }

    /** The caret to the start of a suggestion's content, in view, with no annotation selected. */
    void goTo(SuggestedAttribution suggestion) {
        article.selectedProperty().set(null);
        int at = suggestion.content().get(0).start();
        select.accept(new int[] {at, at});
        area.requestFocus();
        messages.accept("Suggested: " + suggestions.describe(suggestion)
                + ". Enter accepts it, Backspace rejects it, F8 goes to the next.");
    }

    /** Handles a key press if it is one of the suggestion keys; true when it was (and was used). */
    boolean keyPressed(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return false;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.F8) {
            if (showsCurrentArticle.getAsBoolean()) {
                step(event.isShiftDown() ? -1 : 1);
            }
            return true;
        }
        boolean free = article.getSelected() == null && area.getSelection().getLength() == 0
                && showsCurrentArticle.getAsBoolean();
        boolean paragraph = code == KeyCode.ENTER && event.isShiftDown();
        if (!free || !paragraph && suggestions.atCaret(area.getCaretPosition()).isEmpty()) {
            return false;
        }
        if (paragraph) {
            acceptParagraph();
            return true;
        }
        if (code == KeyCode.ENTER && !event.isShiftDown()) {
            suggestions.acceptAt(area.getCaretPosition());
            return true;
        }
        if (code == KeyCode.BACK_SPACE && !event.isShiftDown()) {
            suggestions.rejectAt(area.getCaretPosition());
            return true;
        }
        return false;
    }

    private void step(int direction) {
        suggestions.neighbour(area.getCaretPosition(), direction).ifPresentOrElse(this::goTo,
                () -> messages.accept(suggestions.visible().isEmpty() ? "No suggested attributions are shown in this article."
                        : "No further suggested attribution " + (direction < 0 ? "before" : "after") + " the caret."));
    }

    private void acceptParagraph() {
        int accepted = suggestions.acceptParagraph(area.getCaretPosition());
        if (accepted > 0) {
            messages.accept("Accepted " + accepted + (accepted == 1 ? " suggested attribution" : " suggested attributions")
                    + " of this paragraph (Ctrl+Z takes them back).");
        }
    }

    /** The same, as commands for the palette. */
    List<Command> commands() {
        return List.of(
                new Command("Next suggested attribution", "F8", () -> step(1)),
                new Command("Previous suggested attribution", "Shift+F8", () -> step(-1)),
                new Command("Accept the suggested attribution at the caret", "Enter",
                        () -> suggestions.acceptAt(area.getCaretPosition())),
                new Command("Reject the suggested attribution at the caret", "Backspace",
                        () -> suggestions.rejectAt(area.getCaretPosition())),
                new Command("Accept the suggested attributions of this paragraph", "Shift+Enter", this::acceptParagraph),
                new Command("Suggest this article's rejected attributions again", "", suggestions::restoreRejected));
    }
}
