package org.newsmark.ui.article;

import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeType;
import org.fxmisc.richtext.TextExt;

/**
 * How a run of article text looks: its paragraph's role (font), a fill that mixes the colours of all
 * categories over it (so nested and overlapping spans show as deeper mixtures), an underline in the
 * innermost category's colour that thickens with each level of nesting, and a frame when the
 * selected annotation covers it.
 */
public record SpanStyle(ParagraphRole role, Color fill, Color underline, int depth, boolean selected) {

    public static final SpanStyle PLAIN = new SpanStyle(ParagraphRole.BODY, null, null, 0, false);

    private static final Color SELECTION_FRAME = Color.web("#1f2328");
    private static final Number[] NO_DASHES = null;

    /** Applies this style to one piece of text in the view. */
    public void applyTo(TextExt text) {
        text.getStyleClass().removeIf(name -> name.startsWith("role-"));
        text.getStyleClass().add("role-" + role.name().toLowerCase(java.util.Locale.ROOT));
        text.setBackgroundColor(fill);
        text.setUnderlineColor(underline);
        text.setUnderlineWidth(underline == null ? null : 1 + depth);
        text.setUnderlineDashArray(NO_DASHES);
        text.setBorderStrokeColor(selected ? SELECTION_FRAME : null);
        text.setBorderStrokeWidth(selected ? 1.5 : null);
        text.setBorderStrokeType(selected ? StrokeType.OUTSIDE : null);
    }
}
