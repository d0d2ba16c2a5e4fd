package org.newsmark.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.newsmark.model.Annotation;
import org.newsmark.model.Category;

/**
 * Colours for highlights: each category's colour laid over the paper at a light alpha, one layer
 * per annotation, so two nested spans look darker and mixed where they overlap. Safe to use from
 * any thread.
 */
public final class HighlightPalette {

    private static final double LAYER_ALPHA = 0.30;

    private final Map<Long, Color> colours = new ConcurrentHashMap<>();
    private final Map<List<Long>, Color> fills = new ConcurrentHashMap<>();

    public HighlightPalette(List<Category> categories) {
        categories.forEach(category -> colours.put(category.id(), Color.web(category.color())));
    }

    public Color colourOf(long categoryId) {
        return colours.getOrDefault(categoryId, Color.GRAY);
    }

    SpanStyle styleOf(HighlightRuns.Run run) {
        if (run.covering().isEmpty()) {
            return run.role() == ParagraphRole.BODY ? SpanStyle.PLAIN : new SpanStyle(run.role(), null, null, 0, false);
        }
        List<Long> categories = new ArrayList<>(run.covering().size());
        for (Annotation annotation : run.covering()) {
            categories.add(annotation.categoryId());
        }
        Color fill = fills.computeIfAbsent(categories, this::blend);
        if (run.emphasised()) {
            fill = fill.deriveColor(0, 1.6, 0.88, 1);
        }
        Color underline = colourOf(categories.get(categories.size() - 1));
        return new SpanStyle(run.role(), fill, underline, categories.size(), run.emphasised());
    }

    private Color blend(List<Long> categories) {
        double red = 1;
        double green = 1;
        double blue = 1;
        for (long category : categories) {
            Color colour = colourOf(category);
            red = red * (1 - LAYER_ALPHA) + colour.getRed() * LAYER_ALPHA;
            green = green * (1 - LAYER_ALPHA) + colour.getGreen() * LAYER_ALPHA;
            blue = blue * (1 - LAYER_ALPHA) + colour.getBlue() * LAYER_ALPHA;
        }
        return Color.color(red, green, blue);
    }

    /** The styles of {@code [from, to)}, ready for the view. */
    StyleSpans<SpanStyle> styleSpans(List<HighlightRuns.Run> runs) {
        StyleSpansBuilder<SpanStyle> builder = new StyleSpansBuilder<>(runs.size());
        for (HighlightRuns.Run run : runs) {
            builder.add(styleOf(run), run.length());
        }
        return builder.create();
    }
}
