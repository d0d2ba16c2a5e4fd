package org.newsmark.ui.annotation;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsmark.model.Annotation;
import org.newsmark.ui.article.ArticleViewModel;
import org.newsmark.ui.article.AttributionViewModel;
import org.newsmark.ui.common.AfterFrame;

/**
 * The annotation panel beside the article: how many there are, the list of them, and the details
 * of the selected one. Choosing one here selects its text in the article and scrolls to it.
 */
public final class AnnotationPanel {

    private final VBox root = new VBox(8);
    /**
     * The panel scrolls when a laptop's screen is too low for a coded claim's details and the
     * suggestions below them; otherwise it fills the height, the list of annotations taking the rest.
     */
    private final ScrollPane scroll = new ScrollPane(root);
    private final Label heading = new Label();
    private final AnnotationTable table;
    private final AnnotationDetails details;

    private final AnnotationCodingViewModel coding;

    public AnnotationPanel(ArticleViewModel viewModel, AnnotationCodingViewModel coding, AttributionViewModel attribution) {
        this.coding = coding;
        details = new AnnotationDetails(viewModel, coding, attribution);
        table = new AnnotationTable(viewModel, details::editNote);
        heading.getStyleClass().add("panel-heading");
        table.rows().addListener((ListChangeListener<Annotation>) change -> updateHeading());
        updateHeading();
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        root.getChildren().addAll(heading, table.node(), details.node());
        root.getStyleClass().add("annotation-panel");
        root.setPadding(new Insets(8));
        // A few rows of the list stay in sight however much the details below them take.
        table.node().setMinHeight(110);
        scroll.setId("annotation-panel-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("annotation-panel-scroll", "edge-to-edge");
        viewModel.selectedProperty().addListener((observable, before, after) -> {
            // What was typed for the annotation being left is saved now, while it is still in the list.
            if (before != null && (after == null || !before.id().equals(after.id()))) {
                details.commitPendingInput();
            }
            // The panel follows the article a frame later, like the table's rows.
            AfterFrame.run(root, () -> {
                details.show(viewModel.getSelected());
                table.show(viewModel.getSelected());
            });
        });
        // Links and people shown in the details change without the selection changing.
        viewModel.links().addListener((ListChangeListener<org.newsmark.model.Link>) change ->
                AfterFrame.run(root, () -> details.show(viewModel.getSelected())));
        coding.people().addListener((ListChangeListener<org.newsmark.model.Person>) change ->
                AfterFrame.run(root, () -> details.show(viewModel.getSelected())));
    }

    public Node node() {
        return scroll;
    }

    /** Puts the keyboard in the selected annotation's note (F2 in the article); Escape or Ctrl+Enter leaves it. */
    public void editNote() {
        details.editNote();
    }

    /** Where the keyboard goes back to when the note is left with Escape or Ctrl+Enter. */
    public void setOnNoteLeft(Runnable backToArticle) {
        details.setOnNoteLeft(backToArticle);
    }

    /** Lets the coder choose the person a speaker mention refers to, in a list below {@code near}. */
    public void choosePerson(Annotation mention, Node owner, javafx.geometry.Bounds near) {
        PersonRow.popUp(coding, mention, owner, near);
    }

    /** Saves whatever is being typed (a note), before the article or project changes or the app quits. */
    public void commitPendingInput() {
        details.commitPendingInput();
    }

    /** Lists the article's suggested attributions below its annotations. */
    public void showSuggestions(org.newsmark.ui.article.SuggestionsViewModel suggestions) {
        root.getChildren().add(new SuggestionList(suggestions).node());
    }

    public TableView<Annotation> table() {
        return table.node();
    }

    private void updateHeading() {
        int count = table.rows().size();
        heading.setText(count == 0 ? "No annotations yet" : count == 1 ? "1 annotation" : count + " annotations");
    }
}
