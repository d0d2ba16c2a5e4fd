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
 * Colours for highlights: a line under the text in each covering category's colour, and behind the
 * text a light, translucent tint of the innermost category's colour (translucent, so it reads on a
 * light or a dark page alike). On a dark page, colours too dark to see against it are lightened.
 * Safe to use from any thread.
 */
public final class HighlightPalette {

    private static final double TINT_ALPHA_LIGHT = 0.16;
    private static final double TINT_ALPHA_DARK = 0.26;
    /** On a dark page a line needs at least this brightness (HSB) to be seen. */
    private static final double DARK_PAGE_MIN_BRIGHTNESS = 0.82;

    private final boolean dark;
    private final Map<Long, Color> colours = new ConcurrentHashMap<>();
    private final Map<Long, Color> tints = new ConcurrentHashMap<>();
    /** Each coder's lane ({@link CoderLanes}); a coder not in it is drawn as the own one. */
    private final Map<String, Integer> lanes;

    public HighlightPalette(List<Category> categories) {
        this(categories, false);
    }

    /** @param dark whether the page behind the text is dark */
    public HighlightPalette(List<Category> categories, boolean dark) {
        this(categories, dark, Map.of());
    }

    /** @param lanes each coder's lane: the own coder's lines solid and first, the others' dashed, below */
    public HighlightPalette(List<Category> categories, boolean dark, Map<String, Integer> lanes) {
        this.dark = dark;
        this.lanes = Map.copyOf(lanes);
        categories.forEach(category -> colours.put(category.id(), forPage(Color.web(category.color()), dark)));
    }

    /** The colour a category's lines are drawn in on this page. */
    public Color colourOf(long categoryId) {
        return colours.getOrDefault(categoryId, Color.GRAY);
    }

    private static Color forPage(Color colour, boolean dark) {
        if (!dark || colour.getBrightness() >= DARK_PAGE_MIN_BRIGHTNESS) {
            return colour;
        }
        return Color.hsb(colour.getHue(), colour.getSaturation() * 0.85, DARK_PAGE_MIN_BRIGHTNESS);
    }

    private Color tintOf(long categoryId) {
        return tints.computeIfAbsent(categoryId, id -> {
            Color colour = colourOf(id);
            return Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), dark ? TINT_ALPHA_DARK : TINT_ALPHA_LIGHT);
        });
    }

    SpanStyle styleOf(HighlightRuns.Run run) {
        List<Annotation> covering = run.covering();
        if (covering.isEmpty()) {
            return run.role() == ParagraphRole.BODY && run.word() == 0 && run.glyphs() == HighlightRuns.Glyphs.TEXT ? SpanStyle.PLAIN
                    : new SpanStyle(run.role(), null, List.of(), false, false, run.word(), run.glyphs());
        }
        if (lanes.size() > 1 && covering.size() > 1) {
            covering = byLane(covering);
        }
        List<SpanStyle.Line> lines = new ArrayList<>(covering.size());
        Annotation innermostOwn = null;
        for (Annotation annotation : covering) {
            int lane = laneOf(annotation);
            lines.add(new SpanStyle.Line(colourOf(annotation.categoryId()), annotation.id(), lane));
            if (lane == 0) {
                innermostOwn = annotation;
            }
        }
        // Only the own coder's work is tinted: others' show as lines alone.
        Color fill = innermostOwn == null ? null : tintOf(innermostOwn.categoryId());
        return new SpanStyle(run.role(), fill, List.copyOf(lines), run.selected(), run.linked(), run.word(), run.glyphs());
    }

    private int laneOf(Annotation annotation) {
        return lanes.getOrDefault(annotation.annotator(), 0);
    }

    /** The own coder's lines first (nearest the text), then each other coder's, keeping the outermost-first order within. */
    private List<Annotation> byLane(List<Annotation> covering) {
        List<Annotation> sorted = new ArrayList<>(covering);
        sorted.sort(java.util.Comparator.comparingInt(this::laneOf));
        return sorted;
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
