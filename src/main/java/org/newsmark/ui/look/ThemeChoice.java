package org.newsmark.ui.look;

/** Which colours the window uses: the system's preference, or always light, or always dark. */
public enum ThemeChoice {
    SYSTEM("System"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The choice saved under {@code name}, or {@link #SYSTEM} for anything unknown (an older or edited file). */
    public static ThemeChoice named(String name) {
        for (ThemeChoice choice : values()) {
            if (choice.name().equalsIgnoreCase(name)) {
                return choice;
            }
        }
        return SYSTEM;
    }
}
