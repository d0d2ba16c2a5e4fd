package org.newsmark.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.newsmark.model.CodebookDraft;
import org.newsmark.model.Codebooks;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectInUseException;
import org.newsmark.store.ProjectStore;
import org.newsmark.store.StoreException;
import org.newsmark.ui.common.FxDialogService;
import org.newsmark.ui.main.MainWindow;

/**
 * The Newsmark window. The project is opened before the window shows (in {@code init}, off the
 * JavaFX thread); a project that cannot be opened is explained in a dialog that offers what can be
 * done instead.
 */
public final class NewsmarkApp extends Application implements MainWindow.SessionActions {

    private LaunchOptions options;
    private AppSettings settings;
    private Path requestedProject;
    private ProjectStore openedStore;
    private StoreException openingError;
    private boolean openedStoreShown;
    private Stage stage;
    private volatile ProjectSession session;
    private Runnable exit = Platform::exit;
    private Consumer<ProjectSession> onSessionShown = shown -> { };
    private final ExecutorService settingsWriter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "newsmark-settings");
        thread.setDaemon(true);
        return thread;
    });

    public NewsmarkApp() {
    }

    /** For tests: explicit folders and project, and what quitting does. */
    public NewsmarkApp(LaunchOptions options, Runnable exit) {
        this.options = options;
        this.exit = exit;
    }

    @Override
    public void init() {
        if (options == null) {
            options = LaunchOptions.fromArguments(getParameters().getRaw());
        }
        settings = AppSettings.load(options.directories().config());
        // Ended by the system (logout, kill): finish pending saves and fold the log into the project file.
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeSession, "newsmark-shutdown"));
        requestedProject = options.project() != null ? options.project()
                : settings.lastProject().filter(Files::isRegularFile).orElse(options.directories().defaultProject());
        try {
            openedStore = ProjectOpening.open(requestedProject, OpenMode.CREATE_OR_OPEN, options.directories());
        } catch (StoreException e) {
            openingError = e;
        }
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        stage.setWidth(settings.number("window.width", 1280));
        stage.setHeight(settings.number("window.height", 820));
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        loadIcon().ifPresent(icon -> stage.getIcons().add(icon));
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
        if (openedStore != null) {
            openedStoreShown = true;
            show(openedStore);
        } else {
            // After start returns, so the toolkit is fully up before a dialog waits for an answer.
            Platform.runLater(() -> recoverFromOpeningError(requestedProject, openingError));
        }
    }

    private static Optional<Image> loadIcon() {
        try (InputStream in = NewsmarkApp.class.getResourceAsStream("/org/newsmark/ui/newsmark-icon.png")) {
            return in == null ? Optional.empty() : Optional.of(new Image(in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The session on screen, for tests. */
    ProjectSession session() {
        return session;
    }

    void setOnSessionShown(Consumer<ProjectSession> listener) {
        onSessionShown = listener;
    }

    private void show(ProjectStore store) {
        ProjectSession previous = session;
        if (previous != null) {
            previous.window().commitPendingInput();
        }
        session = new ProjectSession(store, Platform::runLater, new FxDialogService(stage), this,
                System.getProperty("user.name", "unknown"));
        Scene scene = new Scene(session.window().node());
        scene.getStylesheets().add(NewsmarkApp.class.getResource("/org/newsmark/ui/newsmark.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Newsmark \u2014 " + store.file().getFileName()
                + (store.isReadOnly() ? " (read-only)" : ""));
        stage.show();
        session.window().focusArticle();
        if (previous != null) {
            // Finishing the old project's saves may take a moment; never on the JavaFX thread.
            Thread closer = new Thread(previous::close, "newsmark-close");
            closer.start();
        }
        settings.setLastProject(store.file());
        settingsWriter.execute(this::saveSettings);
        onSessionShown.accept(session);
    }

    /**
     * Explains why a project could not be opened and offers a way on: read-only for a project in use,
     * another project otherwise. Closing the dialog quits.
     */
    private void recoverFromOpeningError(Path project, StoreException error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage());
        alert.setTitle("Newsmark");
        alert.setHeaderText("Could not open " + project.getFileName());
        ButtonType readOnly = new ButtonType("Open Read-Only", ButtonBar.ButtonData.OK_DONE);
        ButtonType other = new ButtonType("Open Another Project\u2026", ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(error instanceof ProjectInUseException ? readOnly : other, quit);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == readOnly) {
            openInBackground(project, OpenMode.READ_ONLY, true);
        } else if (answer.isPresent() && answer.get() == other) {
            new FxDialogService(stage).chooseProjectToOpen().ifPresentOrElse(
                    chosen -> openInBackground(chosen, OpenMode.CREATE_OR_OPEN, true), exit);
        } else {
            exit.run();
        }
    }

    /** Opens a project off the JavaFX thread, then shows it (or explains why not). */
    private void openInBackground(Path project, OpenMode mode, boolean exitOnFailure) {
        openInBackground(project, mode, exitOnFailure, Codebooks.newsSourcing());
    }

    private void openInBackground(Path project, OpenMode mode, boolean exitOnFailure, CodebookDraft codebook) {
        if (session != null && session.store().file().equals(project.toAbsolutePath().normalize())) {
            return;
        }
        Thread opener = new Thread(() -> {
            try {
                ProjectStore store = ProjectOpening.open(project, mode, options.directories(), codebook);
                Platform.runLater(() -> show(store));
            } catch (StoreException e) {
                Platform.runLater(() -> {
                    if (exitOnFailure) {
                        recoverFromOpeningError(project, e);
                    } else {
                        new FxDialogService(stage).showError("Could not open " + project.getFileName(), e.getMessage());
                    }
                });
            }
        }, "newsmark-open");
        opener.setDaemon(true);
        opener.start();
    }

    @Override
    public void newProject() {
        new FxDialogService(stage).chooseNewProject().ifPresent(path -> {
            if (Files.exists(path)) {
                new FxDialogService(stage).showError("New project", path.getFileName()
                        + " already exists. Choose a new name, or use Open Project to open it.");
                return;
            }
            NewProjectCodebook.ask(stage).ifPresent(codebook -> openInBackground(path, OpenMode.CREATE_OR_OPEN, false, codebook));
        });
    }

    @Override
    public void openProject() {
        new FxDialogService(stage).chooseProjectToOpen().ifPresent(path -> openInBackground(path, OpenMode.OPEN_EXISTING, false));
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
        if (stage != null && stage.getWidth() > 0) {
            settings.setNumber("window.width", stage.getWidth());
            settings.setNumber("window.height", stage.getHeight());
        }
        settingsWriter.shutdown();
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
        }
    }
}
