package org.newsmark.ui.article;

import java.util.Locale;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.TextExt;

/**
 * Sets up each paragraph of the article as the view creates it: its role's look, its direction
 * (a right-to-left paragraph is laid out right to left as a whole, so the bidirectional reordering
 * works across the pieces its highlights cut it into), and the {@link SpanMarks} that draw its
 * annotations' lines.
 */
final class ArticleParagraphs {

    private ArticleParagraphs() {
    }

    static void style(TextFlow flow, ParagraphRole role) {
        flow.getStyleClass().removeIf(name -> name.startsWith("para-"));
        flow.getStyleClass().add("para-" + role.name().toLowerCase(Locale.ROOT));
        flow.setNodeOrientation(isRightToLeft(flow) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        flow.getStyleClass().remove("bidi");
        if (hasRightToLeft(flow)) {
            // One font for its letters and punctuation alike (see ArticleFonts).
            flow.getStyleClass().add("bidi");
        }
        SpanMarks.attachTo(flow);
    }

    private static boolean hasRightToLeft(TextFlow flow) {
        for (Node child : flow.getChildren()) {
            if (child instanceof TextExt text && ParagraphDirection.hasRightToLeft(text.getText(), 0, text.getText().length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the paragraph's first strong character is right to left, read piece by piece. */
    private static boolean isRightToLeft(TextFlow flow) {
        for (Node child : flow.getChildren()) {
            if (child instanceof TextExt text) {
                Boolean rightToLeft = ParagraphDirection.firstStrong(text.getText());
                if (rightToLeft != null) {
                    return rightToLeft;
                }
            }
        }
        return false;
    }
}
