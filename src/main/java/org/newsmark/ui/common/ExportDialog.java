package org.newsmark.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsmark.exporting.ProjectExporter;
import org.newsmark.model.ShortText;

/**
 * Asks which format to export to, each with the line that says what it keeps, and whether the open
 * article alone or the whole project. The place to write to is chosen next, as the format needs it
 * (a file or a new folder).
 */
final class ExportDialog {

    private final Dialog<ExportChoice> dialog = new Dialog<>();
    private final ToggleGroup formats = new ToggleGroup();
    private final CheckBox openArticleOnly;
    private final CheckBox goldVersionOnly = new CheckBox("Only the gold version (the curator\u2019s work)");

    private ExportDialog(Window owner, List<ProjectExporter> exporters, String preselected, String openArticle,
            boolean offerGoldVersion) {
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export the articles with their annotations as");
        VBox choices = new VBox(6);
        for (ProjectExporter exporter : exporters) {
            RadioButton format = new RadioButton(exporter.format());
            format.setId("export-" + exporter.format());
            format.setUserData(exporter.format());
            format.setToggleGroup(formats);
            format.setSelected(exporter.format().equals(preselected));
            Label about = new Label(exporter.description());
            about.setWrapText(true);
            about.setMaxWidth(520);
            about.setPadding(new Insets(0, 0, 4, 24));
            about.getStyleClass().add("text-muted");
            choices.getChildren().addAll(format, about);
        }
        if (formats.getSelectedToggle() == null && !formats.getToggles().isEmpty()) {
            formats.selectToggle(formats.getToggles().get(0));
        }
        openArticleOnly = new CheckBox(openArticle == null ? "Only the open article" : "Only the open article, \u201C"
                + ShortText.of(openArticle, 60) + "\u201D");
        openArticleOnly.setId("export-open-article-only");
        openArticleOnly.setDisable(openArticle == null);
        choices.getChildren().add(openArticleOnly);
        if (offerGoldVersion) {
            goldVersionOnly.setId("export-gold-version-only");
            choices.getChildren().add(goldVersionOnly);
        }
        choices.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(choices);
        ButtonType next = new ButtonType("Choose Where\u2026", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == next
                ? new ExportChoice((String) formats.getSelectedToggle().getUserData(), openArticleOnly.isSelected(),
                        goldVersionOnly.isSelected())
                : null);
    }

    /**
     * @param preselected the format chosen last time (or null)
     * @param openArticle the title of the article open in the window, or null when none is
     * @param offerGoldVersion whether to offer writing the curator's work alone
     */
    static Optional<ExportChoice> ask(Window owner, List<ProjectExporter> exporters, String preselected,
            String openArticle, boolean offerGoldVersion) {
        return new ExportDialog(owner, exporters, preselected, openArticle, offerGoldVersion).dialog.showAndWait();
    }
}
