package org.newsmark.ui.article;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.TextExt;

/**
 * How a run of article text looks: its paragraph's role (font), a light tint of the innermost
 * category over it, and one line under it for each annotation that covers it, outermost first, each
 * in its category's colour ({@link SpanMarks} draws the lines, stacked, and the outline of the
 * selected annotation). Two or three overlapping spans thus each keep their own colour, instead of
 * mixing into one.
 *
 * @param fill     the tint behind the text, or null where no annotation covers it
 * @param lines    the lines under the text, outermost annotation first
 * @param selected whether the selected annotation covers this run (it gets an outline)
 * @param linked   whether an annotation linked to the one under the mouse covers it (a dashed outline)
 * @param word     in a paragraph with right-to-left text, where the run's word starts, so that each word
 *                 is a piece of text of its own (see {@link HighlightRuns}); 0 elsewhere
 * @param glyphs   text, emoji (drawn in a font that has them, {@link ArticleFonts}) or an invisible mark
 */
public record SpanStyle(ParagraphRole role, Color fill, List<Line> lines, boolean selected, boolean linked, int word,
        HighlightRuns.Glyphs glyphs) {

    /**
     * One annotation's line: its colour, and the annotation, so that two neighbours of one category stay
     * apart; {@code lane} is its coder's ({@link CoderLanes}): 0, the own coder's, solid, the others dashed.
     */
    public record Line(Color colour, UUID annotation, int lane) {
        public Line(Color colour, UUID annotation) {
            this(colour, annotation, 0);
        }
    }

    public static final SpanStyle PLAIN = new SpanStyle(ParagraphRole.BODY, null, List.of(), false, false, 0, HighlightRuns.Glyphs.TEXT);

    /** How many annotations cover the run. */
    public int depth() {
        return lines.size();
    }

    /** Applies this style to one piece of text in the view. */
    public void applyTo(TextExt text) {
        text.getStyleClass().removeIf(name -> name.startsWith("role-"));
        text.getStyleClass().add("role-" + role.name().toLowerCase(Locale.ROOT));
        text.getStyleClass().removeAll("emoji", "mark");
        if (glyphs == HighlightRuns.Glyphs.EMOJI) {
            text.getStyleClass().add("emoji");
        } else if (glyphs == HighlightRuns.Glyphs.MARK) {
            text.getStyleClass().add("mark");
        }
        // The tint, lines and outlines are drawn by SpanMarks, which reads each piece's style from here.
        text.setUserData(this);
    }
}
