package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.SelectionPath;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.suggest.SuggestedAttribution;

/**
 * Draws the suggested attributions over the article, apart from the coded annotations (which
 * {@link SpanMarks} draws as tints and lines): a dashed outline around each span of a suggestion,
 * the content lightly shaded, and the suggestion at the caret outlined in the accent colour. Each span
 * is one of the text area's extra selections, which the area draws in every paragraph the span
 * crosses, behind the text, and keeps in place as the text wraps or the zoom changes. Style classes
 * {@code suggestion}, {@code suggestion-content}, {@code suggestion-cue}, {@code suggestion-source} and
 * {@code suggestion-current} (newsmark.css).
 */
final class SuggestionMarks {

    private static final String CURRENT = "suggestion-current";

    private final GenericStyledArea<ParagraphRole, String, SpanStyle> area;
    private final SuggestionsViewModel suggestions;
    private final BooleanSupplier showsCurrentArticle;
    private final Map<SuggestedAttribution, List<Selection<ParagraphRole, String, SpanStyle>>> drawn = new IdentityHashMap<>();
    private SuggestedAttribution current;
    private boolean redrawAsked;

    SuggestionMarks(GenericStyledArea<ParagraphRole, String, SpanStyle> area, SuggestionsViewModel suggestions,
            BooleanSupplier showsCurrentArticle) {
        this.area = area;
        this.suggestions = suggestions;
        this.showsCurrentArticle = showsCurrentArticle;
        suggestions.visible().addListener((ListChangeListener<SuggestedAttribution>) change -> redrawSoon());
        area.caretPositionProperty().addListener((observable, before, after) -> markCurrent());
    }

    /** Draws again once the events of this moment are handled (the list may change several times in one edit). */
    void redrawSoon() {
        if (!redrawAsked) {
            redrawAsked = true;
            Platform.runLater(() -> {
                redrawAsked = false;
                redraw();
            });
        }
    }

    /** Removes every mark and draws those of the visible suggestions, when the article they belong to is on screen. */
    void redraw() {
        for (List<Selection<ParagraphRole, String, SpanStyle>> spans : drawn.values()) {
            spans.forEach(this::remove);
        }
        drawn.clear();
        current = null;
        if (!showsCurrentArticle.getAsBoolean()) {
            return;
        }
        int length = area.getLength();
        for (SuggestedAttribution suggestion : suggestions.visible()) {
            List<Selection<ParagraphRole, String, SpanStyle>> spans = new ArrayList<>();
            for (Range part : suggestion.content()) {
                add(spans, suggestion, part, "suggestion-content", length);
            }
            add(spans, suggestion, suggestion.cue(), "suggestion-cue", length);
            add(spans, suggestion, suggestion.source(), "suggestion-source", length);
            drawn.put(suggestion, spans);
        }
        markCurrent();
    }

    private void add(List<Selection<ParagraphRole, String, SpanStyle>> spans, SuggestedAttribution suggestion, Range range,
            String kind, int length) {
        if (range == null || range.end() > length) {
            return;
        }
        // Called for each paragraph the span is drawn in, also later, as paragraphs scroll into view.
        Selection<ParagraphRole, String, SpanStyle> selection = new SelectionImpl<>("suggestion-" + drawn.size() + "-" + spans.size(),
                area, (SelectionPath path) -> {
                    path.getStyleClass().setAll("suggestion", kind);
                    if (suggestion == current) {
                        path.getStyleClass().add(CURRENT);
                    }
                    path.getProperties().put(SuggestionMarks.class, suggestion);
                });
        if (area.addSelection(selection)) {
            selection.selectRange(range.start(), range.end());
            spans.add(selection);
        } else {
            selection.dispose();
        }
    }

    private void remove(Selection<ParagraphRole, String, SpanStyle> selection) {
        area.removeSelection(selection);
        selection.dispose();
    }

    /** Outlines the suggestion the caret is in, the one Enter accepts and Backspace rejects. */
    private void markCurrent() {
        SuggestedAttribution now = drawn.isEmpty() ? null : suggestions.atCaret(area.getCaretPosition()).orElse(null);
        if (now == current) {
            return;
        }
        current = now;
        for (javafx.scene.Node node : area.lookupAll(".suggestion")) {
            boolean isCurrent = current != null && node.getProperties().get(SuggestionMarks.class) == current;
            if (isCurrent && !node.getStyleClass().contains(CURRENT)) {
                node.getStyleClass().add(CURRENT);
            } else if (!isCurrent) {
                node.getStyleClass().remove(CURRENT);
            }
        }
    }

    /** The suggestion whose spans are outlined as the caret's, or null. */
    SuggestedAttribution current() {
        return current;
    }
}
