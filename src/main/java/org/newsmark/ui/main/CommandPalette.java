package org.newsmark.ui.main;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.newsmark.ui.common.Command;
import org.newsmark.ui.common.PickList;

/**
 * Every action of the window in one list to type in (Ctrl+Shift+P), each with its key: what a coder
 * looks up once, then does with the key.
 */
final class CommandPalette {

    private final Supplier<List<Command>> commands;

    /** @param commands every action, asked for each time the palette opens (menus enable and disable) */
    CommandPalette(Supplier<List<Command>> commands) {
        this.commands = commands;
    }

    void show(Node owner) {
        Bounds window = owner.localToScreen(owner.getBoundsInLocal());
        new PickList<>("Commands", commands.get(), Command::name, Command::key).withId("command")
                .show(owner, window.getMinX() + Math.max(0, (window.getWidth() - 560) / 2), window.getMinY() + 60,
                        command -> command.action().run());
    }
}
