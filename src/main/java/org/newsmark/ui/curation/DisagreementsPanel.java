package org.newsmark.ui.curation;

import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsmark.agreement.Disagreements.Disagreement;

/**
 * The disagreements of the article shown, per category: a heading per category with its count, and
 * under it each place the coders differ (what differs, each coder's span). Choosing one selects its
 * stretch in the article, as F7 does; F7 and Shift+F7 move the choice here too.
 */
public final class DisagreementsPanel {

    private final DisagreementsViewModel viewModel;
    private final CurationKeys keys;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("Disagreements"));
    private final VBox box;
    private boolean filling;

    public DisagreementsPanel(DisagreementsViewModel viewModel, CurationKeys keys) {
        this.viewModel = viewModel;
        this.keys = keys;
        Label message = new Label();
        message.setId("disagreements-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.message());
        Label help = new Label("F7 / Shift+F7: next / previous; F9 (as curator): accept the annotation at the caret.");
        help.setWrapText(true);
        help.getStyleClass().add("disagreements-help");
        tree.setId("disagreements-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new Cell());
        tree.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> {
            if (!filling && chosen != null && chosen.getValue() instanceof Disagreement disagreement) {
                int index = viewModel.disagreements().indexOf(disagreement);
                if (index != viewModel.currentIndex().get()) {
                    viewModel.select(index);
                    keys.show(disagreement);
                }
            }
        });
        viewModel.disagreements().addListener((ListChangeListener<Disagreement>) change -> fill());
        viewModel.current().addListener((observable, before, current) -> choose(current));
        box = new VBox(6, message, tree, help);
        box.setPadding(new Insets(8));
        VBox.setVgrow(tree, Priority.ALWAYS);
        box.getStyleClass().add("disagreements-panel");
        fill();
    }

    public Node node() {
        return box;
    }

    private void fill() {
        filling = true;
        try {
            TreeItem<Object> root = tree.getRoot();
            root.getChildren().clear();
            for (Map.Entry<String, List<Disagreement>> category : viewModel.disagreementsByCategory().entrySet()) {
                if (category.getValue().isEmpty()) {
                    continue;
                }
                TreeItem<Object> heading = new TreeItem<>(category.getKey() + " (" + category.getValue().size() + ")");
                heading.setExpanded(true);
                category.getValue().forEach(disagreement -> heading.getChildren().add(new TreeItem<>(disagreement)));
                root.getChildren().add(heading);
            }
            choose(viewModel.current().get());
        } finally {
            filling = false;
        }
    }

    private void choose(Disagreement current) {
        for (TreeItem<Object> heading : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : heading.getChildren()) {
                if (item.getValue() == current) {
                    boolean was = filling;
                    filling = true;
                    tree.getSelectionModel().select(item);
                    filling = was;
                    int row = tree.getRow(item);
                    if (row >= 0) {
                        tree.scrollTo(Math.max(0, row - 2));
                    }
                    return;
                }
            }
        }
    }

    /** A heading, or one disagreement: what differs, then each coder's span. */
    private static final class Cell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("disagreement-heading");
            if (empty || item == null) {
                setText(null);
                return;
            }
            if (item instanceof Disagreement disagreement) {
                // What differs, then each coder's span on a line of its own, so both can be read whole.
                StringBuilder text = new StringBuilder(switch (disagreement.kind()) {
                    case MISSED -> "not marked by " + String.join(", ", disagreement.missing());
                    case BOUNDARIES -> "boundaries differ";
                    case CATEGORY -> "sub-categories differ";
                });
                disagreement.annotations().forEach(annotation -> text.append("\n   ").append(annotation.annotator()).append(": ")
                        .append(CurationKeys.ends(annotation)));
                setText(text.toString());
            } else {
                setText(item.toString());
                getStyleClass().add("disagreement-heading");
            }
        }
    }
}
