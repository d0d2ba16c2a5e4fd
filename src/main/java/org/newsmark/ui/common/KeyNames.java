package org.newsmark.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** A key combination as README.md and the shortcuts sheet write it: Ctrl, Alt, Shift, then the key ("Ctrl+Shift+I"). */
public final class KeyNames {

    private KeyNames() {
    }

    public static String of(KeyCombination keys) {
        if (keys == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (keys.getShortcut() == KeyCombination.ModifierValue.DOWN || keys.getControl() == KeyCombination.ModifierValue.DOWN) {
            parts.add("Ctrl");
        }
        if (keys.getAlt() == KeyCombination.ModifierValue.DOWN) {
            parts.add("Alt");
        }
        if (keys.getShift() == KeyCombination.ModifierValue.DOWN) {
            parts.add("Shift");
        }
        if (keys instanceof KeyCodeCombination code) {
            parts.add(code.getCode().getName());
        } else if (keys instanceof KeyCharacterCombination character) {
            parts.add(character.getCharacter());
        }
        return String.join("+", parts);
    }
}
