package org.newsmark.ui.findings;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Findings: Voices, Claims and Codes as tabs under one header that says what they count (the
 * corpus filter's scope), what they leave out (the notes), and whether a count is under way.
 */
public final class FindingsView {

    private final FindingsViews models;
    private final VBox box;
    private final TabPane tabs;
    private final VoicesView voices;

    public FindingsView(FindingsViews models) {
        this.models = models;
        FindingsViewModel findings = models.findings();
        voices = new VoicesView(models.voices());
        ClaimsView claims = new ClaimsView(models.claims());
        CodesView codes = new CodesView(models.codes());
        tabs = new TabPane(tab("Voices", voices.node(), "tab-voices"), tab("Claims", claims.node(), "tab-claims"),
                tab("Codes", codes.node(), "tab-codes"));
        tabs.setId("findings-tabs");

        Label scope = new Label();
        scope.setId("findings-scope");
        scope.textProperty().bind(findings.statusProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(findings.countingProperty());
        // indeterminate only while counting: a spinning indicator draws every frame, even hidden
        busy.progressProperty().bind(javafx.beans.binding.Bindings.when(findings.countingProperty()).then(-1.0).otherwise(0.0));
        Label message = new Label();
        message.setId("findings-message");
        message.textProperty().bind(findings.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, scope, busy, gap, message, coderChoice(findings));
        header.setAlignment(Pos.CENTER_LEFT);
        VBox notes = new VBox(2);
        notes.setId("findings-notes");
        notes.getStyleClass().add("findings-notes");
        Runnable showNotes = () -> {
            notes.getChildren().clear();
            for (String note : findings.notes()) {
                Label line = new Label("\u2022 " + note);
                line.setWrapText(true);
                notes.getChildren().add(line);
            }
            notes.setVisible(!findings.notes().isEmpty());
            notes.setManaged(!findings.notes().isEmpty());
        };
        findings.notes().addListener((ListChangeListener<String>) change -> showNotes.run());
        showNotes.run();
        box = new VBox(6, header, notes, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        box.getStyleClass().add("findings-view");
        box.getStylesheets().add(FindingsView.class.getResource("findings.css").toExternalForm());
    }

    /** Whose work the findings count: every coder's, or one coder's (the curator's: the gold version). */
    private static Node coderChoice(FindingsViewModel findings) {
        String every = "every coder\u2019s work";
        javafx.scene.control.ComboBox<String> choice = new javafx.scene.control.ComboBox<>();
        choice.setId("findings-coders");
        choice.getItems().add(every);
        choice.getSelectionModel().select(every);
        choice.setTooltip(new javafx.scene.control.Tooltip("Count every coder's work, or one coder's alone "
                + "(curator: the gold version)"));
        findings.coderChoices().addListener((javafx.collections.ListChangeListener<String>) change -> {
            String chosen = choice.getValue();
            List<String> items = new java.util.ArrayList<>(List.of(every));
            findings.coderChoices().forEach(coder -> items.add(coder.equals("curator") ? "curator (gold version)" : coder));
            choice.getItems().setAll(items);
            choice.setValue(items.contains(chosen) ? chosen : every);
        });
        choice.setOnShowing(event -> findings.readCoderChoices());
        choice.valueProperty().addListener((observable, before, chosen) -> {
            if (chosen == null) {
                return;
            }
            List<String> coders = chosen.equals(every) ? List.of() : List.of(chosen.replace(" (gold version)", ""));
            if (!coders.equals(findings.countedCoders())) {
                findings.countCoders(coders);
            }
        });
        findings.readCoderChoices();
        Label label = new Label("Count:");
        HBox box = new HBox(6, label, choice);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    public Node node() {
        return box;
    }

    public FindingsViews models() {
        return models;
    }

    /** Shows the Voices tab (the view a coder checks after tagging). */
    public void showVoices() {
        tabs.getSelectionModel().select(0);
    }

    /** Asks where to save the report of an article, then writes it. */
    public void saveArticleReport(Window owner, long articleId, String title) {
        if (articleId < 0) {
            models.findings().saveArticleReport(articleId, null);
            return;
        }
        SaveDialogs.html(owner, "Save the article as a report", SaveDialogs.fileName(title, ".html"))
                .ifPresent(target -> models.findings().saveArticleReport(articleId, target));
    }

    private static Tab tab(String title, Node content, String id) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        tab.setId(id);
        return tab;
    }

    /** Draws the chart again at print size off screen, then writes the PNG in the background. */
    static void saveChart(Node from, FindingsViewModel findings, Charts.Kind kind, ChartData data, String suggestedName) {
        if (data == null || data.isEmpty()) {
            findings.say("The chart is empty: there is nothing to draw yet.");
            return;
        }
        SaveDialogs.png(from.getScene().getWindow(), "Save the chart as a picture", suggestedName).ifPresent(target -> {
            WritableImage image = ChartPicture.render(kind, data, from.getScene().getStylesheets());
            BufferedImage pixels = ChartPicture.pixels(image);
            findings.writeFile("the chart", target, file -> ChartPicture.write(pixels, file));
        });
    }
}
