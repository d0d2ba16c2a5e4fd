package org.newsmark.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.Codebooks;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.StoreException;
import org.newsmark.task.BackgroundTask;
import org.newsmark.task.SerialTasks;
import org.newsmark.task.Threads;
import org.newsmark.ui.common.AfterFrame;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.FxDialogService;
import org.newsmark.ui.look.LookViewModel;
import org.newsmark.ui.look.Themes;
import org.newsmark.ui.main.MainWindow;
import org.newsmark.ui.main.ProjectViewModel;

/**
 * The Newsmark window. The project is opened and its first article read before the window shows,
 * off the JavaFX thread and while JavaFX starts ({@link StartPreparation}); the window shows the
 * article first and the rest once it is on the screen ({@link WindowCompletion}). A project that
 * cannot be opened is explained in a dialog that offers what can be done instead. Opening and closing projects and saving settings run as tasks on a thread of their
 * own ("newsmark-app"), never on the JavaFX thread.
 */
public final class NewsmarkApp extends Application implements MainWindow.SessionActions {

    private static final System.Logger LOG = System.getLogger(NewsmarkApp.class.getName());

    private LaunchOptions options;
    private AppSettings settings;
    private Path requestedProject;
    private ProjectStore openedStore;
    /** The opened project's first view, read with it before the window shows. */
    private ProjectViewModel.FirstView firstView;
    private StoreException openingError;
    private boolean openedStoreShown;
    private boolean systemDark;
    private LookViewModel look;
    private Stage stage;
    private volatile ProjectSession session;
    /** The session whose whole window (not only its article) has been laid out. */
    private volatile ProjectSession wholeWindow;
    private Runnable exit = Platform::exit;
    private Function<Window, DialogService> dialogs = FxDialogService::new;
    private Consumer<ProjectSession> onSessionShown = shown -> { };
    /** Opens and closes projects and writes the settings; its callbacks run on the JavaFX thread. */
    private final SerialTasks appTasks = new SerialTasks("newsmark-app", Platform::runLater);

    public NewsmarkApp() {
    }

    /** For tests: explicit folders and project, and what quitting does. */
    public NewsmarkApp(LaunchOptions options, Runnable exit) {
        this.options = options;
        this.exit = exit;
    }

    /** For tests: also the dialogs (a file chooser cannot be driven headless). */
    NewsmarkApp(LaunchOptions options, Runnable exit, Function<Window, DialogService> dialogs) {
        this(options, exit);
        this.dialogs = dialogs;
    }

    @Override
    public void init() {
        StartupProbe.mark("init");
        // Begun by main while JavaFX started; an application made with its options (tests) prepares here.
        StartPreparation.Prepared prepared = options != null ? StartPreparation.prepare(options)
                : StartPreparation.take().orElseGet(() -> StartPreparation.prepare(
                        LaunchOptions.fromArguments(getParameters().getRaw())));
        options = prepared.options();
        settings = prepared.settings();
        systemDark = prepared.systemDark();
        requestedProject = prepared.project();
        openedStore = prepared.store();
        openingError = prepared.error();
        firstView = prepared.firstView();
        look = new LookViewModel(new RememberedLook(settings, task -> appTasks.submit(BackgroundTask.of("Save the settings",
                progress -> {
                    task.run();
                    return null;
                })), this::saveSettings), systemDark);
        // Loaded on the JavaFX thread (idle until start) while the fonts are loaded here.
        Themes.use(look.isDark());
        org.newsmark.ui.article.ArticleFonts.load();
        StartupProbe.mark("fonts");
        // Ended by the system (logout, kill): finish pending saves and fold the log into the project file.
        Threads.onShutdown("newsmark-shutdown", this::closeSession);
    }

    @Override
    public void start(Stage primaryStage) {
        StartupProbe.mark("start");
        stage = primaryStage;
        look.darkProperty().addListener((observable, before, dark) -> Themes.use(dark));
        WindowPlace.restore(stage, settings);
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        // After the first frame: the icon is for the task bar, the article comes first.
        Platform.runLater(() -> loadIcon().ifPresent(icon -> stage.getIcons().add(icon)));
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
        if (openedStore != null) {
            openedStoreShown = true;
            show(openedStore);
        } else {
            // The window shows behind the dialog: closing the dialog must not leave the application
            // without a window (which ends it) before the project chosen instead is open.
            javafx.scene.control.Label opening = new javafx.scene.control.Label("Newsmark could not open "
                    + requestedProject.getFileName() + ".");
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(opening)));
            stage.setTitle("Newsmark");
            stage.show();
            // After start returns, so the toolkit is fully up before a dialog waits for an answer.
            Platform.runLater(() -> recoverFromOpeningError(requestedProject, openingError));
        }
    }

    private static Optional<Image> loadIcon() {
        try (InputStream in = NewsmarkApp.class.getResourceAsStream("/org/newsmark/ui/newsmark-icon.png")) {
            return in == null ? Optional.empty() : Optional.of(new Image(in));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read the window icon", e);
            return Optional.empty();
        }
    }

    /** The session on screen once its whole window is laid out, for tests. */
    ProjectSession session() {
        ProjectSession shown = session;
        return shown != null && shown == wholeWindow ? shown : null;
    }

    void setOnSessionShown(Consumer<ProjectSession> listener) {
        onSessionShown = listener;
    }

    private void show(ProjectStore store) {
        ProjectSession previous = session;
        if (previous != null) {
            previous.window().commitPendingInput();
        }
        StartupProbe.mark("session");
        // Read with the project at start; a project opened later is read once its window is there.
        ProjectViewModel.FirstView readAlready = store == openedStore ? firstView : null;
        firstView = null;
        session = new ProjectSession(store, Platform::runLater, dialogs.apply(stage), this,
                System.getProperty("user.name", "unknown"), options.directories(), look, readAlready);
        StartupProbe.mark("built");
        Scene scene = new Scene(session.window().node());
        scene.getStylesheets().add(NewsmarkApp.class.getResource("/org/newsmark/ui/newsmark.css").toExternalForm());
        stage.setScene(scene);
        if (previous == null) {
            markStartWhenShown(scene, session);
        }
        completeAfterTheArticle(scene, session);
        stage.setTitle("Newsmark \u2014 " + store.file().getFileName()
                + (store.isReadOnly() ? " (read-only)" : ""));
        stage.show();
        StartupProbe.mark("shown");
        session.window().focusArticle();
        // Once the new scene has had its first frame too (a scene replacing another may not take focus before).
        ProjectSession shown = session;
        Platform.runLater(() -> shown.window().focusArticle());
        if (previous != null) {
            // Finishing the old project's saves may take a moment; never on the JavaFX thread.
            appTasks.submit(BackgroundTask.of("Close " + previous.store().file().getFileName(), progress -> {
                previous.close();
                return null;
            }));
        }
        settings.setLastProject(store.file());
        appTasks.submit(BackgroundTask.of("Save the settings", progress -> {
            saveSettings();
            return null;
        }));
    }

    /** Builds the rest of the window (menus, panels, tabs) once its article is on the screen. */
    private void completeAfterTheArticle(Scene scene, ProjectSession shown) {
        WindowCompletion.whenArticleDrawn(scene, stage::isShowing,
                () -> shown.window().showsArticleText() || shown.viewModel().hasNothingToOpen(), () -> {
                    if (session != shown) {
                        return;
                    }
                    StartupProbe.mark("rest");
                    shown.window().completeWindow();
                    StartupProbe.mark("whole");
                    AfterFrame.run(scene.getRoot(), () -> {
                        wholeWindow = shown;
                        onSessionShown.accept(shown);
                    });
                });
    }

    /** For the start-up benchmark (a no-op unless it is measuring): the window's first frame, and the article's. */
    private void markStartWhenShown(Scene scene, ProjectSession shown) {
        StartupProbe.markWhenLaidOut(scene, "window", stage::isShowing);
        StartupProbe.markWhenLaidOut(scene, "text", () -> stage.isShowing() && shown.window().showsArticleText());
    }

    /**
     * Explains why a project could not be opened and offers another project instead. Closing the
     * dialog quits.
     */
    private void recoverFromOpeningError(Path project, StoreException error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage());
        alert.initOwner(stage);
        alert.setTitle("Newsmark");
        alert.setHeaderText("Could not open " + project.getFileName());
        ButtonType other = new ButtonType("Open Another Project\u2026", ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(other, quit);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == other) {
            dialogs.apply(stage).chooseProjectToOpen().ifPresentOrElse(
                    chosen -> openInBackground(chosen, OpenMode.CREATE_OR_OPEN, true, Codebooks.newsSourcing()), exit);
        } else {
            exit.run();
        }
    }

    /** Opens a project off the JavaFX thread, then shows it (or explains why not). */
    private void openInBackground(Path project, OpenMode mode, boolean exitOnFailure, CodebookDraft codebook) {
        if (session != null && session.store().file().equals(project.toAbsolutePath().normalize())) {
            return;
        }
        appTasks.submit(BackgroundTask.of("Open " + project.getFileName(),
                progress -> ProjectOpening.open(project, mode, options.directories(), codebook))
                .onSuccess(this::show)
                .onFailure(error -> {
                    StoreException problem = error instanceof StoreException store ? store
                            : new StoreException("Could not open " + project.getFileName() + ": " + error, error);
                    if (exitOnFailure) {
                        recoverFromOpeningError(project, problem);
                    } else {
                        dialogs.apply(stage).showError("Could not open " + project.getFileName(), problem.getMessage());
                    }
                }));
    }

    @Override
    public void newProject() {
        DialogService dialog = dialogs.apply(stage);
        dialog.chooseNewProject().ifPresent(path -> {
            if (Files.exists(path)) {
                dialog.showError("New project", path.getFileName()
                        + " already exists. Choose a new name, or use Open Project to open it.");
                return;
            }
            NewProjectCodebook.ask(stage).ifPresent(codebook -> openInBackground(path, OpenMode.CREATE_OR_OPEN, false, codebook));
        });
    }

    @Override
    public void openProject() {
        dialogs.apply(stage).chooseProjectToOpen().ifPresent(path -> openInBackground(path, OpenMode.OPEN_EXISTING, false,
                Codebooks.newsSourcing()));
    }

    @Override
    public void saveBackupCopy() {
        withSession(open -> open.fileCommands().saveBackupCopy());
    }

    @Override
    public void saveRepairedCopy() {
        withSession(open -> open.fileCommands().saveRepairedCopy(
                copy -> openInBackground(copy, OpenMode.OPEN_EXISTING, false, Codebooks.newsSourcing())));
    }

    @Override
    public void reopenProject() {
        withSession(open -> closeAndReopen(open, "Reopening", () -> { },
                () -> "Your work is now recorded as " + session.viewModel().coder() + ".",
                error -> recoverFromOpeningError(open.store().file(), error instanceof StoreException problem ? problem
                        : new StoreException("Could not open " + open.store().file().getFileName() + ": " + error, error))));
    }

    @Override
    public void showLog() {
        withSession(open -> open.fileCommands().showLog());
    }

    @Override
    public void copyDiagnostics() {
        withSession(open -> open.fileCommands().copyDiagnostics());
    }

    /**
     * Offers the project's copies (daily ones, and those kept before upgrades); the one chosen takes the
     * project's place after the session is closed, the project as it was being kept beside it.
     */
    @Override
    public void restoreFromBackup() {
        withSession(open -> BackupChoice.ask(dialogs.apply(stage), open, options.directories().backups()).ifPresent(copy -> {
            Path project = open.store().file();
            closeAndReopen(open, "Restoring", () -> {
                Path aside = ProjectRestore.restore(project, copy);
                LOG.log(System.Logger.Level.INFO, "Restored " + project + " from " + copy + "; it was kept as " + aside);
            }, () -> "Restored from " + copy.getFileName() + "; the project as it was is kept beside it.", error -> {
                dialogs.apply(stage).showError("Restore from a backup", "Could not restore " + project.getFileName() + ": "
                        + error.getMessage());
                openInBackground(project, OpenMode.OPEN_EXISTING, true, Codebooks.newsSourcing());
            });
        }));
    }

    /** What is done to a project's file while it is closed. */
    private interface WhileClosed {
        void run() throws Exception;
    }

    /**
     * Closes the shown project, does {@code whileClosed} to its file on the app's thread and opens it
     * again, then says {@code done}; meanwhile the window says what is happening.
     */
    private void closeAndReopen(ProjectSession open, String doing, WhileClosed whileClosed, Supplier<String> done,
            Consumer<Throwable> failed) {
        Path project = open.store().file();
        open.window().commitPendingInput();
        session = null;
        stage.setScene(new Scene(new StackPane(new Label(doing + " " + project.getFileName() + "\u2026"))));
        appTasks.submit(BackgroundTask.of(doing + " " + project.getFileName(), progress -> {
            open.close();
            whileClosed.run();
            return ProjectOpening.open(project, OpenMode.OPEN_EXISTING, options.directories(), Codebooks.newsSourcing());
        }).onSuccess(store -> {
            show(store);
            session.viewModel().say(done.get());
        }).onFailure(failed));
    }

    private void withSession(Consumer<ProjectSession> action) {
        ProjectSession open = session;
        if (open != null) {
            action.accept(open);
        }
    }

    @Override
    public void quit() {
        ProjectSession open = session;
        if (open != null) {
            open.window().commitPendingInput();
        }
        exit.run();
    }

    @Override
    public void stop() {
        if (stage != null) {
            WindowPlace.keep(stage, settings);
        }
        try {
            // Projects being closed and settings being written finish first.
            appTasks.finish(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        saveSettings();
        closeSession();
        if (openedStore != null && !openedStoreShown) {
            openedStore.close();
        }
    }

    private synchronized void closeSession() {
        ProjectSession open = session;
        session = null;
        if (open != null) {
            open.close();
        }
    }

    private synchronized void saveSettings() {
        try {
            settings.save();
        } catch (IOException e) {
            // Settings are a convenience; the project itself is unaffected.
            LOG.log(System.Logger.Level.WARNING, "Could not save the settings", e);
        }
    }
}
