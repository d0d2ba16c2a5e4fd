package org.newsmark.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** README.md's key table and the shortcuts sheet (F1) list the same shortcuts, from one list. */
@ExtendWith(ApplicationExtension.class)
class KeyboardShortcutsTest {

    private GridPane sheet;

    @Start
    void start(Stage stage) {
        sheet = (GridPane) ShortcutsSheet.table();
        stage.setScene(new Scene(sheet, 700, 900));
        stage.show();
    }

    @Test
    void readmesKeyTableListsExactlyTheShortcutsOfTheSheet() throws IOException {
        List<String> inReadme = readmeRows();
        List<String> inCode = new ArrayList<>();
        KeyboardShortcuts.Section current = null;
        for (KeyboardShortcuts.Shortcut shortcut : KeyboardShortcuts.ALL) {
            if (shortcut.section() != current) {
                current = shortcut.section();
                inCode.add("section: " + current.title());
            }
            inCode.add(shortcut.keys() + " | " + shortcut.does());
        }
        assertThat(inReadme).as("README.md's key table, row by row").containsExactlyElementsOf(inCode);
    }

    @Test
    void theSheetShowsEverySectionInOrderAndEveryShortcutUnderIt(FxRobot robot) {
        List<String> shown = new ArrayList<>();
        for (Node node : sheet.getChildren()) {
            Label label = (Label) node;
            if (label.getStyleClass().contains("shortcut-section")) {
                shown.add("section: " + label.getText());
            } else if (label.getStyleClass().contains("shortcut-keys")) {
                shown.add(label.getText());
            }
        }
        List<String> expected = new ArrayList<>();
        for (KeyboardShortcuts.Section section : KeyboardShortcuts.Section.values()) {
            expected.add("section: " + section.title());
            KeyboardShortcuts.of(section).forEach(shortcut -> expected.add(shortcut.plainKeys()));
        }
        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(shown).contains("section: Linking and attribution", "A with text selected", "Ctrl+plus / Ctrl+minus / Ctrl+0");
    }

    /** The rows of the table headed "| key | does |": a section heading is a row with a bold key and nothing else. */
    private static List<String> readmeRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int header = lines.indexOf("| key | does |");
        assertThat(header).as("README.md has a key table").isNotNegative();
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
            String keys = cells[0].strip();
            String does = cells.length > 1 ? String.join(" | ", java.util.Arrays.copyOfRange(cells, 1, cells.length)).strip() : "";
            if (keys.startsWith("**") && keys.endsWith("**") && (does.isEmpty() || does.equals("|"))) {
                rows.add("section: " + keys.substring(2, keys.length() - 2));
            } else {
                rows.add(keys + " | " + does);
            }
        }
        return rows;
    }
}
