package org.newsmark.ui.corpus;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** The running import in the status bar: a progress bar, the counts so far, and Cancel. */
public final class ImportBar {

    private final HBox box = new HBox(8);

    public ImportBar(ImportViewModel imports) {
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(imports.progressProperty());
        Label status = new Label();
        status.setId("import-status");
        status.textProperty().bind(imports.statusProperty());
        status.setMaxWidth(420);
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setFocusTraversable(false);
        cancel.setOnAction(event -> imports.cancel());
        box.getChildren().addAll(bar, status, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(imports.runningProperty());
        box.managedProperty().bind(imports.runningProperty());
        box.getStyleClass().add("import-bar");
    }

    public HBox node() {
        return box;
    }
}
