package org.newsmark.ui.article;

import javafx.scene.paint.Color;
import org.fxmisc.richtext.TextExt;

/**
 * How a run of article text looks: its paragraph's role (font), a fill that mixes the colours of all
 * categories over it (so nested and overlapping spans show as deeper mixtures), an underline in the
 * innermost category's colour that thickens with each level of nesting. Where the selected
 * annotation lies the fill is deeper and the underline heavier. (A frame was tried: around a span
 * that wraps onto a second line its top edge runs under the first line, like an underline of text
 * that is not annotated.)
 */
public record SpanStyle(ParagraphRole role, Color fill, Color underline, int depth, boolean selected) {

    public static final SpanStyle PLAIN = new SpanStyle(ParagraphRole.BODY, null, null, 0, false);

    private static final Number[] NO_DASHES = null;

    /** Applies this style to one piece of text in the view. */
    public void applyTo(TextExt text) {
        text.getStyleClass().removeIf(name -> name.startsWith("role-"));
        text.getStyleClass().add("role-" + role.name().toLowerCase(java.util.Locale.ROOT));
        text.setBackgroundColor(fill);
        text.setUnderlineColor(underline);
        text.setUnderlineWidth(underline == null ? null : depth + (selected ? 2 : 0.5));
        text.setUnderlineDashArray(NO_DASHES);
    }
}
