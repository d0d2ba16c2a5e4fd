package org.newsmark.ui.main;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.newsmark.model.Annotation;
import org.newsmark.ui.annotation.AnnotationCodingViewModel;
import org.newsmark.ui.annotation.AnnotationPanel;
import org.newsmark.ui.article.ArticleView;

/** The article's keys for coding the selected annotation, done by the annotation panel and its view model. */
final class AnnotationKeysInThePanel implements ArticleView.AnnotationKeys {

    private final AnnotationPanel panel;
    private final AnnotationCodingViewModel coding;

    AnnotationKeysInThePanel(AnnotationPanel panel, AnnotationCodingViewModel coding) {
        this.panel = panel;
        this.coding = coding;
    }

    @Override
    public void choosePerson(Annotation mention, Node owner, Bounds near) {
        panel.choosePerson(mention, owner, near);
    }

    @Override
    public void cycleAttribute(Annotation annotation, int index) {
        coding.cycleAttribute(annotation, index);
    }

    @Override
    public void editNote(Annotation annotation) {
        panel.editNote();
    }

    @Override
    public boolean isSpeakerMention(Annotation annotation) {
        return coding.isSpeakerMention(annotation);
    }
}
