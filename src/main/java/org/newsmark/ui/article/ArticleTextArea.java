package org.newsmark.ui.article;

import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.StyledTextArea;

/**
 * The article's text area. Its one change to RichTextFX's: a click in a right-to-left paragraph
 * finds the character under the mouse although JavaFX 21 answers as if the paragraph ran left to
 * right ({@link SpanMarks} finds out which paragraphs it does this for).
 */
final class ArticleTextArea extends StyledTextArea<ParagraphRole, SpanStyle> {

    ArticleTextArea() {
        super(ParagraphRole.BODY, ArticleParagraphs::style, SpanStyle.PLAIN, (text, style) -> style.applyTo(text));
    }

    @Override
    public CharacterHit hit(double x, double y) {
        Point2D screen = localToScreen(x, y);
        if (screen != null) {
            for (TextFlow flow : SpanMarks.mirroredFlows()) {
                if (flow.getScene() != getScene() || !flow.localToScreen(flow.getBoundsInLocal()).contains(screen)) {
                    continue;
                }
                Point2D local = flow.screenToLocal(screen);
                Insets insets = flow.getInsets();
                double width = flow.getWidth() - insets.getLeft() - insets.getRight();
                double mirrored = insets.getLeft() + width - (local.getX() - insets.getLeft());
                Point2D inArea = screenToLocal(flow.localToScreen(mirrored, local.getY()));
                return super.hit(inArea.getX(), inArea.getY());
            }
        }
        return super.hit(x, y);
    }
}
