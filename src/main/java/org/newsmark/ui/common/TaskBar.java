package org.newsmark.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** Long work in the status bar while it runs: a progress bar, what it is doing, and Cancel. */
public final class TaskBar {

    private final HBox box = new HBox(8);

    /** @param name prefixes the ids of its parts ({@code import-progress}, {@code import-status}, {@code import-cancel}) */
    public TaskBar(TaskProgress task, String name) {
        ProgressBar bar = new ProgressBar();
        bar.setId(name + "-progress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(task.progressProperty());
        Label status = new Label();
        status.setId(name + "-status");
        status.textProperty().bind(task.statusProperty());
        status.setMaxWidth(420);
        Button cancel = new Button("Cancel");
        cancel.setId(name + "-cancel");
        cancel.setFocusTraversable(false);
        cancel.setOnAction(event -> task.cancel());
        box.getChildren().addAll(bar, status, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(task.runningProperty());
        box.managedProperty().bind(task.runningProperty());
        box.getStyleClass().add("task-bar");
    }

    public HBox node() {
        return box;
    }
}
