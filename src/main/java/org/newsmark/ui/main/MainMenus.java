package org.newsmark.ui.main;

import static org.newsmark.ui.common.Controls.menuItem;
import static org.newsmark.ui.common.Controls.toolButton;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import org.newsmark.exporting.ProjectExporters;
import org.newsmark.ui.article.CoderLanes;
import org.newsmark.ui.common.Command;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.KeyNames;
import org.newsmark.ui.corpus.ImportActions;
import org.newsmark.ui.corpus.ImportViewModel;
import org.newsmark.ui.exporting.ExportViewModel;
import org.newsmark.ui.look.LookViewModel;
import org.newsmark.ui.look.ViewMenu;

/**
 * The window's menus and tool bar, and the commands behind them that are not about one panel: undo and
 * redo (of the field being typed in, or of the last annotation edit), export and the coder's name.
 */
final class MainMenus {

    private final MainWindow window;
    private final ProjectViewModel viewModel;
    private final DialogService dialogs;
    private final MainWindow.SessionActions session;
    private final ImportActions importActions;
    private final ImportViewModel imports;
    private final ExportViewModel exports;
    private final LookViewModel look;
    /** Made at the first export: the formats bring Jackson's object mapper, some 400 classes the start does without. */
    private ProjectExporters exporters;
    /** The format exported to last in this window, offered first next time. */
    private String lastExportFormat = "jsonl";

    MainMenus(MainWindow window, ProjectViewModel viewModel, DialogService dialogs, MainWindow.SessionActions session,
            ImportActions importActions, ImportViewModel imports, ExportViewModel exports, LookViewModel look) {
        this.window = window;
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.session = session;
        this.importActions = importActions;
        this.imports = imports;
        this.exports = exports;
        this.look = look;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), goMenu(), helpMenu());
        bar.setId("menu-bar");
        return bar;
    }

    ToolBar toolBar() {
        CategoryPalette palette = new CategoryPalette(viewModel.article(), window.articleView());
        Button undo = toolButton("\u21B6", viewModel.undoTextProperty().get(), this::undo);
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        viewModel.undoTextProperty().addListener((observable, before, after) -> undo.getTooltip().setText(after + " (Ctrl+Z)"));
        Button redo = toolButton("\u21B7", viewModel.redoTextProperty().get(), this::redo);
        redo.disableProperty().bind(viewModel.canRedoProperty().not());
        viewModel.redoTextProperty().addListener((observable, before, after) -> redo.getTooltip().setText(after + " (Ctrl+Shift+Z)"));
        Button find = toolButton("Find", "Find in the article (Ctrl+F)", window.findBar()::open);
        ToolBar bar = new ToolBar(palette.node(), new Separator(Orientation.VERTICAL), undo, redo, find);
        bar.setId("tool-bar");
        return bar;
    }

    private Menu fileMenu() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                menuItem("_New Project\u2026", "Shortcut+N", session::newProject),
                menuItem("_Open Project\u2026", "Shortcut+O", session::openProject),
                new SeparatorMenuItem(),
                menuItem("_Import Files\u2026", "Shortcut+I", importActions::importFiles),
                menuItem("Import _Folder\u2026", "Shortcut+Shift+I", importActions::importFolder),
                menuItem("Import from the _Web\u2026", "Shortcut+Shift+U", importActions::importUrl),
                menuItem("_Paste as New Article", "Shortcut+Shift+V", importActions::pasteAsArticle),
                reportItem(),
                menuItem("_Export\u2026", "Shortcut+E", this::export),
                menuItem("Save Article as _Report\u2026", null, window::saveArticleReport),
                new SeparatorMenuItem(),
                menuItem("Coder _Name\u2026", null, this::askCoderName),
                new SeparatorMenuItem(),
                menuItem("Save a _Backup Copy\u2026", null, session::saveBackupCopy),
                repairItem(),
                menuItem("_Restore from a Backup\u2026", null, session::restoreFromBackup),
                new SeparatorMenuItem(),
                menuItem("_Quit", "Shortcut+Q", session::quit));
        return file;
    }

    private Menu editMenu() {
        MenuItem undo = menuItem("_Undo", "Shortcut+Z", this::undo);
        undo.textProperty().bind(viewModel.undoTextProperty());
        MenuItem redo = menuItem("_Redo", "Shortcut+Shift+Z", this::redo);
        redo.textProperty().bind(viewModel.redoTextProperty());
        MenuItem redoAlternative = menuItem("Redo", "Shortcut+Y", this::redo);
        redoAlternative.setVisible(false);
        MenuItem delete = menuItem("_Delete Annotation", null, viewModel.article()::deleteSelected);
        delete.disableProperty().bind(viewModel.article().selectedProperty().isNull());
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(undo, redo, redoAlternative, new SeparatorMenuItem(),
                menuItem("_Find\u2026", "Shortcut+F", window.findBar()::open),
                menuItem("Find _Next", "F3", window.findBar()::next),
                menuItem("Find _Previous", "Shift+F3", window.findBar()::previous),
                new SeparatorMenuItem(), delete, window.curationKeys().acceptItem(), new SeparatorMenuItem(),
                menuItem("_Codebook\u2026", "Shortcut+K", window::openCodebook));
        return edit;
    }

    private Menu viewMenu() {
        Menu view = ViewMenu.create(look);
        view.getItems().addAll(new SeparatorMenuItem(), SuggestionsMenu.toggle(viewModel.suggestions(), look.settings()),
                menuItem("Suggest _Rejected Attributions Again", null, viewModel.suggestions()::restoreRejected),
                new SeparatorMenuItem(), window.codersBar().menu());
        return view;
    }

    private Menu goMenu() {
        Menu go = new Menu("_Go");
        go.getItems().addAll(
                menuItem("_Search the Corpus", "Shortcut+Shift+F", window::showSearch),
                menuItem("_Article", "Shortcut+1", () -> window.showCentreTab(MainWindow.ARTICLE_TAB)),
                menuItem("_Corpus Table", "Shortcut+2", () -> window.showCentreTab("tab-corpus")),
                menuItem("C_oncordance", "Shortcut+3", () -> window.showCentreTab("tab-concordance")),
                menuItem("_Findings", "Shortcut+4", () -> window.showCentreTab("tab-findings")),
                menuItem("A_greement of Coders", "Shortcut+5", () -> window.showCentreTab("tab-agreement")),
                new SeparatorMenuItem(),
                menuItem("_Next Article", "Alt+Down", () -> viewModel.openNeighbour(1)),
                menuItem("_Previous Article", "Alt+Up", () -> viewModel.openNeighbour(-1)),
                new SeparatorMenuItem());
        go.getItems().addAll(window.curationKeys().goItems());
        return go;
    }

    private Menu helpMenu() {
        Menu help = new Menu("_Help");
        help.getItems().addAll(
                menuItem("_Command Palette\u2026", "Shortcut+Shift+P", () -> new CommandPalette(this::commands).show(window.node())),
                menuItem("_Keyboard Shortcuts", "F1", () -> ShortcutsSheet.show(window.node().getScene().getWindow())),
                new SeparatorMenuItem(),
                menuItem("Show _Log", null, session::showLog),
                menuItem("_Copy Diagnostics", null, session::copyDiagnostics),
                new SeparatorMenuItem(),
                menuItem("_About Newsmark", null, () -> dialogs.showInformation("About Newsmark", "Newsmark",
                        "A workbench for close reading of news: mark who speaks, what is claimed, which experts are "
                                + "quoted and what context frames the story.\n\nProject file: " + viewModel.projectFile()
                                + "\nEvery change is saved to it as you make it.")));
        return help;
    }

    /** Every command of the window: the menus' (as they are enabled now), then the article's keys. */
    private List<Command> commands() {
        List<Command> commands = new ArrayList<>();
        MenuBar bar = (MenuBar) window.node().lookup("#menu-bar");
        for (Menu menu : bar.getMenus()) {
            addCommands(menu.getItems(), commands);
        }
        window.articleView().commands().forEach(command -> commands.add(new Command(command.name(), command.key(), () -> {
            window.focusArticle();
            command.action().run();
        })));
        return commands;
    }

    private static void addCommands(List<MenuItem> items, List<Command> commands) {
        for (MenuItem item : items) {
            if (item instanceof Menu submenu) {
                addCommands(submenu.getItems(), commands);
            } else if (item.getText() != null && item.isVisible() && !item.isDisable() && !item.getText().startsWith("_Command")) {
                String name = item.getText().replace("_", "").replace("\u2026", "");
                commands.add(new Command(name, KeyNames.of(item.getAccelerator()), item::fire));
            }
        }
    }

    /** In a text field, undo means the field's own typing; elsewhere it means the last annotation edit. */
    private void undo() {
        TextInputControl field = focusedTextField();
        if (field != null) {
            field.undo();
        } else {
            viewModel.undo();
        }
    }

    private void redo() {
        TextInputControl field = focusedTextField();
        if (field != null) {
            field.redo();
        } else {
            viewModel.redo();
        }
    }

    private TextInputControl focusedTextField() {
        Scene scene = window.node().getScene();
        Node focused = scene == null ? null : scene.getFocusOwner();
        return focused instanceof TextInputControl field && field.isEditable() ? field : null;
    }

    private MenuItem reportItem() {
        MenuItem report = menuItem("Last Import _Report\u2026", null, window::showImportReport);
        report.disableProperty().bind(imports.lastReportProperty().isNull());
        return report;
    }

    /** Offered when the project is damaged: a copy with every index rebuilt. */
    private MenuItem repairItem() {
        MenuItem repair = menuItem("Save a Re_paired Copy\u2026", null, session::saveRepairedCopy);
        repair.disableProperty().bind(viewModel.damageProperty().isEmpty());
        return repair;
    }

    /** Asks for a format (the last one offered first) and a place, then exports in the background. */
    private void export() {
        var open = viewModel.article().getArticle();
        // The gold version alone is offered to the curator, and where the open article has the curator's work.
        boolean gold = CoderLanes.CURATOR.equals(viewModel.coder())
                || viewModel.article().coderLanes().coders().contains(CoderLanes.CURATOR);
        if (exporters == null) {
            exporters = ProjectExporters.all();
        }
        dialogs.askExport(exporters.exporters(), lastExportFormat, open == null ? null : open.title(), gold)
                .ifPresent(choice -> exporters.byFormat(choice.format()).ifPresent(exporter -> {
                    lastExportFormat = exporter.format();
                    dialogs.chooseExportTarget(exporter, exports.suggestedName(exporter, choice.goldVersionOnly()))
                            .ifPresent(target -> exports.start(exporter, open == null ? null : open.id(),
                                    choice.openArticleOnly(), choice.goldVersionOnly(), target));
                }));
    }

    /** The name this project's annotations, links and codes are recorded under: asked once, changeable. */
    private void askCoderName() {
        dialogs.askText("Coder name", "Who codes in this project? Your annotations, links and codes are recorded "
                + "under this name (to compare coders and merge their work).", viewModel.coder())
                .filter(name -> !name.equals(viewModel.coder()))
                .ifPresent(name -> viewModel.setCoder(name, session::reopenProject));
    }
}
