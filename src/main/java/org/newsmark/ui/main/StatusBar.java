package org.newsmark.ui.main;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The last message, whether everything is saved, and which file the project is. */
final class StatusBar {

    private final HBox box = new HBox(16);

    /** @param taskBars the running import's and export's progress, shown after the message while they run */
    StatusBar(ProjectViewModel viewModel, Node... taskBars) {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Label saveState = new Label();
        saveState.setId("save-state");
        saveState.textProperty().bind(viewModel.saveStateProperty());
        if (viewModel.isReadOnly()) {
            saveState.getStyleClass().add("read-only");
        }
        Label file = new Label(viewModel.projectFile().toString());
        file.setId("project-file");
        file.setTooltip(new Tooltip("The project file: every change is saved here as you make it."));
        file.getStyleClass().add("project-file");
        box.getChildren().add(message);
        box.getChildren().addAll(taskBars);
        box.getChildren().addAll(saveState, file);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(3, 8, 3, 8));
        box.getStyleClass().add("status-bar");
    }

    HBox node() {
        return box;
    }
}
