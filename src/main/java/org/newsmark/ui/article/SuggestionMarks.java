package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.GenericStyledArea;
import org.newsmark.model.TextSpans.Range;
import org.newsmark.suggest.SuggestedAttribution;

/**
 * Draws the suggested attributions over the article, apart from the coded annotations (which
 * {@link SpanMarks} draws as tints and lines): a dashed outline around each span of a suggestion
 * behind the text, the content lightly shaded, and the suggestion at the caret outlined in the
 * accent colour. Style classes {@code suggestion}, {@code suggestion-content}, {@code suggestion-cue},
 * {@code suggestion-source} and {@code suggestion-current} (newsmark.css).
 *
 * <p>Only the paragraphs on screen are drawn, once per frame after the view scrolled, wrapped or the
 * suggestions changed: each span on screen is one shape, from its paragraph's own text layout, so a
 * transcript with thousands of suggestions costs a frame no more than the few on screen. The
 * paragraphs on screen are found by the text area's public view of them (which paragraph, where on
 * the screen), matched to their text flows by place.
 */
final class SuggestionMarks {

    private static final String CURRENT = "suggestion-current";

    private final GenericStyledArea<ParagraphRole, String, SpanStyle> area;
    private final SuggestionsViewModel suggestions;
    private final BooleanSupplier showsCurrentArticle;
    /** The shapes drawn, by the paragraph they are in, to be taken away before the next drawing. */
    private final Map<TextFlow, List<Path>> drawn = new WeakHashMap<>();
    /**
     * What each paragraph's shapes were drawn for (its paragraph, width and the suggestions' version):
     * a paragraph that only scrolled keeps its shapes, so scrolling draws only the paragraphs it brings.
     */
    private final Map<TextFlow, String> drawnFor = new WeakHashMap<>();
    /** Counts changes of the suggestions and of the one at the caret: every paragraph is drawn again after one. */
    private int version;
    private final Set<Scene> scenes = Collections.newSetFromMap(new WeakHashMap<>());
    private final Runnable drawIfDirty = this::drawIfDirty;
    private SuggestedAttribution current;
    private boolean dirty;
    private int shapes;

    SuggestionMarks(GenericStyledArea<ParagraphRole, String, SpanStyle> area, SuggestionsViewModel suggestions,
            BooleanSupplier showsCurrentArticle) {
        this.area = area;
        this.suggestions = suggestions;
        this.showsCurrentArticle = showsCurrentArticle;
        suggestions.visible().addListener((ListChangeListener<SuggestedAttribution>) change -> redraw());
        area.caretPositionProperty().addListener((observable, before, after) -> markCurrent(after));
        area.estimatedScrollYProperty().addListener((observable, before, after) -> redrawSoon());
        area.widthProperty().addListener((observable, before, after) -> redrawSoon());
        area.heightProperty().addListener((observable, before, after) -> redrawSoon());
        area.getVisibleParagraphs().addListener((ListChangeListener<Object>) change -> redrawSoon());
        area.sceneProperty().addListener((observable, before, after) -> watch(after));
        watch(area.getScene());
    }

    private void watch(Scene scene) {
        if (scene != null && scenes.add(scene)) {
            // After the frame's layout, when the paragraphs on screen are laid out where they will be drawn.
            scene.addPostLayoutPulseListener(drawIfDirty);
        }
    }

    /** Draws the marks again after the next frame's layout. */
    void redrawSoon() {
        dirty = true;
        Platform.requestNextPulse();
    }

    /** Draws every paragraph on screen again (a new article, other suggestions), after the next layout. */
    void redraw() {
        version++;
        redrawSoon();
    }

    private void drawIfDirty() {
        if (dirty && area.getScene() != null) {
            dirty = false;
            draw();
        }
    }

    private void draw() {
        List<SuggestedAttribution> all = suggestions.visible();
        if (!showsCurrentArticle.getAsBoolean() || all.isEmpty()) {
            drawn.forEach((flow, paths) -> flow.getChildren().removeAll(paths));
            drawn.clear();
            drawnFor.clear();
            shapes = 0;
            current = null;
            return;
        }
        current = suggestions.atCaret(area.getCaretPosition()).orElse(null);
        List<TextFlow> flows = new ArrayList<>();
        for (Node node : area.lookupAll(".paragraph-text")) {
            if (node instanceof TextFlow flow && flow.isVisible()) {
                flows.add(flow);
            }
        }
        int length = area.getLength();
        for (int visible = 0; visible < area.getVisibleParagraphs().size(); visible++) {
            int paragraph = area.visibleParToAllParIndex(visible);
            int start = area.getAbsolutePosition(paragraph, 0);
            int end = start + area.getParagraph(paragraph).length();
            if (end > length) {
                continue;
            }
            TextFlow flow = flowAt(flows, area.getVisibleParagraphBoundsOnScreen(visible), end - start);
            if (flow == null) {
                continue;
            }
            String key = paragraph + " " + flow.getWidth() + " " + flow.getHeight() + " " + version;
            if (key.equals(drawnFor.get(flow))) {
                continue;
            }
            drawnFor.put(flow, key);
            List<Path> old = drawn.remove(flow);
            if (old != null) {
                flow.getChildren().removeAll(old);
                shapes -= old.size();
            }
            for (SuggestedAttribution suggestion : suggestions.meeting(start, end)) {
                for (Range part : suggestion.content()) {
                    mark(flow, suggestion, part, "suggestion-content", start, end);
                }
                mark(flow, suggestion, suggestion.cue(), "suggestion-cue", start, end);
                mark(flow, suggestion, suggestion.source(), "suggestion-source", start, end);
            }
        }
    }

    /** The text flow drawn at the paragraph's place on the screen, holding as many characters as it has. */
    private static TextFlow flowAt(List<TextFlow> flows, Bounds paragraph, int characters) {
        if (paragraph == null) {
            return null;
        }
        for (TextFlow flow : flows) {
            Bounds bounds = flow.localToScreen(flow.getBoundsInLocal());
            if (bounds == null) {
                continue;
            }
            double middle = (bounds.getMinY() + bounds.getMaxY()) / 2;
            if (middle >= paragraph.getMinY() && middle <= paragraph.getMaxY() && characters(flow) == characters) {
                return flow;
            }
        }
        return null;
    }

    private static int characters(TextFlow flow) {
        int count = 0;
        for (Node child : flow.getChildren()) {
            if (child instanceof Text text) {
                count += text.getText().length();
            }
        }
        return count;
    }

    /**
     * Outlines the suggestion the caret is now in (the one Enter accepts) in the accent colour: only
     * the style of the shapes drawn changes, so moving the caret draws nothing again.
     */
    private void markCurrent(int caret) {
        SuggestedAttribution now = suggestions.visible().isEmpty() ? null : suggestions.atCaret(caret).orElse(null);
        if (now == current) {
            return;
        }
        current = now;
        for (List<Path> paths : drawn.values()) {
            for (Path path : paths) {
                boolean isCurrent = now != null && path.getProperties().get(SuggestionMarks.class) == now;
                if (isCurrent != path.getStyleClass().contains(CURRENT)) {
                    if (isCurrent) {
                        path.getStyleClass().add(CURRENT);
                    } else {
                        path.getStyleClass().remove(CURRENT);
                    }
                }
            }
        }
    }

    /** One span's shape in one paragraph, behind its text. */
    private void mark(TextFlow flow, SuggestedAttribution suggestion, Range span, String kind, int start, int end) {
        if (span == null || span.start() >= end || span.end() <= start) {
            return;
        }
        PathElement[] outline = flow.rangeShape(Math.max(span.start(), start) - start, Math.min(span.end(), end) - start);
        if (outline.length == 0) {
            return;
        }
        Path shape = new Path(outline);
        shape.setManaged(false);
        shape.getStyleClass().setAll("suggestion", kind);
        if (suggestion == current) {
            shape.getStyleClass().add(CURRENT);
        }
        shape.getProperties().put(SuggestionMarks.class, suggestion);
        Insets insets = flow.getInsets();
        shape.setLayoutX(insets.getLeft());
        shape.setLayoutY(insets.getTop());
        int firstText = 0;
        while (firstText < flow.getChildren().size() && !(flow.getChildren().get(firstText) instanceof Text)) {
            firstText++;
        }
        flow.getChildren().add(firstText, shape);
        drawn.computeIfAbsent(flow, key -> new ArrayList<>()).add(shape);
        shapes++;
    }

    /** How many shapes are drawn now (for tests). */
    int shapeCount() {
        return shapes;
    }
}
