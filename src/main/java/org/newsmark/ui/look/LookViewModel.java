package org.newsmark.ui.look;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the window looks, as the person chose it: the theme (following the system, light or dark) and
 * the size of the article's text. Every choice is remembered in the settings at once.
 */
public final class LookViewModel {

    static final String THEME = "look.theme";
    static final String ZOOM = "look.article.zoom";
    /** Text sizes a step of zoom moves between, as a share of the normal size. */
    private static final double[] ZOOM_STEPS = {0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.4};

    private final LookSettings settings;
    private final boolean systemDark;
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme", ThemeChoice.SYSTEM);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);

    /** @param systemDark whether the system asks for dark windows (read once, at start) */
    public LookViewModel(LookSettings settings, boolean systemDark) {
        this.settings = settings;
        this.systemDark = systemDark;
        theme.set(ThemeChoice.named(settings.text(THEME, ThemeChoice.SYSTEM.name())));
        zoom.set(nearestStep(settings.number(ZOOM, 1.0)));
        dark.bind(Bindings.createBooleanBinding(() -> theme.get() == ThemeChoice.DARK
                || theme.get() == ThemeChoice.SYSTEM && systemDark, theme));
        theme.addListener((observable, before, after) -> {
            settings.setText(THEME, after.name());
            settings.saveSoon();
        });
        zoom.addListener((observable, before, after) -> {
            settings.setNumber(ZOOM, after.doubleValue());
            settings.saveSoon();
        });
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    /** Whether the window is dark now, from the choice and the system's preference. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public boolean isDark() {
        return dark.get();
    }

    public boolean systemPrefersDark() {
        return systemDark;
    }

    /** The article's text size as a share of the normal size. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }

    public void zoomIn() {
        zoom.set(step(1));
    }

    public void zoomOut() {
        zoom.set(step(-1));
    }

    public void resetZoom() {
        zoom.set(1.0);
    }

    /** The settings, for the window's layout (sizes, dividers, tabs), which the window remembers itself. */
    public LookSettings settings() {
        return settings;
    }

    private double step(int direction) {
        int at = indexOf(zoom.get());
        return ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, at + direction))];
    }

    private static int indexOf(double value) {
        int best = 0;
        for (int i = 1; i < ZOOM_STEPS.length; i++) {
            if (Math.abs(ZOOM_STEPS[i] - value) < Math.abs(ZOOM_STEPS[best] - value)) {
                best = i;
            }
        }
        return best;
    }

    private static double nearestStep(double value) {
        return Double.isFinite(value) ? ZOOM_STEPS[indexOf(value)] : 1.0;
    }
}
