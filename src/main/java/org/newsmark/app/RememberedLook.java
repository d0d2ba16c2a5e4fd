package org.newsmark.app;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.newsmark.ui.look.LookSettings;

/**
 * The window's look and layout kept in the application's settings. A change asks for one write on
 * the application's thread; changes made before that write runs (a divider dragged, say) go with it.
 */
final class RememberedLook implements LookSettings {

    private final AppSettings settings;
    private final Consumer<Runnable> appThread;
    private final Runnable write;
    private final AtomicBoolean writeAsked = new AtomicBoolean();

    /**
     * @param appThread runs a task on the application's thread (never the JavaFX one)
     * @param write     writes the settings file
     */
    RememberedLook(AppSettings settings, Consumer<Runnable> appThread, Runnable write) {
        this.settings = settings;
        this.appThread = appThread;
        this.write = write;
    }

    @Override
    public double number(String key, double fallback) {
        return settings.number(key, fallback);
    }

    @Override
    public void setNumber(String key, double value) {
        settings.setNumber(key, value);
    }

    @Override
    public String text(String key, String fallback) {
        return settings.text(key, fallback);
    }

    @Override
    public void setText(String key, String value) {
        settings.setText(key, value);
    }

    @Override
    public void saveSoon() {
        if (writeAsked.compareAndSet(false, true)) {
            appThread.accept(() -> {
                writeAsked.set(false);
                write.run();
            });
        }
    }
}
