package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.SelectionPath;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.suggest.SuggestedAttribution;

/**
 * Draws the suggested attributions over the article, apart from the coded annotations (which
 * {@link SpanMarks} draws as tints and lines): a dashed outline around each span of a suggestion,
 * the content lightly shaded, and the suggestion at the caret outlined in the accent colour. Style
 * classes {@code suggestion}, {@code suggestion-content}, {@code suggestion-cue},
 * {@code suggestion-source} and {@code suggestion-current} (newsmark.css).
 *
 * <p>Each span is one of the text area's extra selections, which the area draws, behind the text, in
 * every paragraph on screen and keeps in place as the text wraps or the zoom changes. Every paragraph
 * on screen gets a shape for every selection, so only the suggestions in and near the view are drawn
 * (at most {@value #MOST_DRAWN}), and the set is brought up to date once per frame after scrolling:
 * a transcript with thousands of suggestions scrolls as fast as one without.
 */
final class SuggestionMarks {

    /** Suggestions drawn at most: a long paragraph on screen may hold many more. */
    static final int MOST_DRAWN = 60;
    /** Characters before and after the view whose suggestions are drawn too, so a small scroll finds them drawn. */
    private static final int MARGIN = 1_500;
    private static final String CURRENT = "suggestion-current";

    private final GenericStyledArea<ParagraphRole, String, SpanStyle> area;
    private final SuggestionsViewModel suggestions;
    private final BooleanSupplier showsCurrentArticle;
    private final Map<SuggestedAttribution, List<Selection<ParagraphRole, String, SpanStyle>>> drawn = new IdentityHashMap<>();
    private SuggestedAttribution current;
    private boolean updateAsked;
    private int names;

    SuggestionMarks(GenericStyledArea<ParagraphRole, String, SpanStyle> area, SuggestionsViewModel suggestions,
            BooleanSupplier showsCurrentArticle) {
        this.area = area;
        this.suggestions = suggestions;
        this.showsCurrentArticle = showsCurrentArticle;
        suggestions.visible().addListener((ListChangeListener<SuggestedAttribution>) change -> redrawSoon());
        area.caretPositionProperty().addListener((observable, before, after) -> markCurrent());
        area.estimatedScrollYProperty().addListener((observable, before, after) -> updateSoon());
        area.heightProperty().addListener((observable, before, after) -> updateSoon());
        area.widthProperty().addListener((observable, before, after) -> updateSoon());
    }

    /** Draws everything again (a new article, or other suggestions), once the events of this moment are handled. */
    void redrawSoon() {
        clear();
        updateSoon();
    }

    /** Draws the suggestions now on screen, after a new article is shown. */
    void redraw() {
        clear();
        update();
    }

    private void updateSoon() {
        if (!updateAsked) {
            updateAsked = true;
            Platform.runLater(() -> {
                updateAsked = false;
                update();
            });
        }
    }

    private void clear() {
        drawn.values().forEach(spans -> spans.forEach(this::remove));
        drawn.clear();
        current = null;
    }

    /** Draws the suggestions in and near the view that are not drawn yet, and removes those that went out of it. */
    private void update() {
        if (!showsCurrentArticle.getAsBoolean() || suggestions.visible().isEmpty()) {
            clear();
            return;
        }
        int length = area.getLength();
        int from = Math.max(0, area.hit(0, 0).getInsertionIndex() - MARGIN);
        int to = Math.min(length, area.hit(area.getWidth(), area.getHeight()).getInsertionIndex() + MARGIN);
        Map<SuggestedAttribution, Boolean> wanted = new IdentityHashMap<>();
        List<SuggestedAttribution> inView = new ArrayList<>();
        for (SuggestedAttribution suggestion : suggestions.visible()) {
            Range extent = suggestion.extent();
            if (extent.start() < to && extent.end() > from && extent.end() <= length && inView.size() < MOST_DRAWN) {
                inView.add(suggestion);
                wanted.put(suggestion, Boolean.TRUE);
            }
        }
        drawn.entrySet().removeIf(entry -> {
            if (wanted.containsKey(entry.getKey())) {
                return false;
            }
            entry.getValue().forEach(this::remove);
            return true;
        });
        for (SuggestedAttribution suggestion : inView) {
            if (!drawn.containsKey(suggestion)) {
                List<Selection<ParagraphRole, String, SpanStyle>> spans = new ArrayList<>();
                for (Range part : suggestion.content()) {
                    add(spans, suggestion, part, "suggestion-content");
                }
                add(spans, suggestion, suggestion.cue(), "suggestion-cue");
                add(spans, suggestion, suggestion.source(), "suggestion-source");
                drawn.put(suggestion, spans);
            }
        }
        current = null;
        markCurrent();
    }

    private void add(List<Selection<ParagraphRole, String, SpanStyle>> spans, SuggestedAttribution suggestion, Range range,
            String kind) {
        if (range == null) {
            return;
        }
        // Called for each paragraph the span is drawn in, also later, as paragraphs scroll into view.
        Selection<ParagraphRole, String, SpanStyle> selection = new SelectionImpl<>("suggestion-" + (names++), area,
                (SelectionPath path) -> {
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
        for (Node node : area.lookupAll(".suggestion")) {
            boolean isCurrent = current != null && node.getProperties().get(SuggestionMarks.class) == current;
            if (isCurrent && !node.getStyleClass().contains(CURRENT)) {
                node.getStyleClass().add(CURRENT);
            } else if (!isCurrent) {
                node.getStyleClass().remove(CURRENT);
            }
        }
    }

    /** How many suggestions are drawn now (for tests). */
    int drawnCount() {
        return drawn.size();
    }
}
