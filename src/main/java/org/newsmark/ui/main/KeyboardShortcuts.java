package org.newsmark.ui.main;

import java.util.List;

/**
 * Every keyboard shortcut, once: Help ▸ Keyboard Shortcuts (F1) shows them grouped as a table, and
 * README.md's key table must list the same ones in the same words (a test compares the two). The
 * keys are written as README.md writes them (Markdown backticks allowed); adding a shortcut is adding
 * one line below, and its row to README.md.
 */
public final class KeyboardShortcuts {

    /** The groups of the sheet, in its order. */
    public enum Section {
        READING("Reading"),
        TAGGING("Tagging"),
        LINKING("Linking and attribution"),
        EDITING("Editing"),
        FINDING("Finding"),
        CORPUS("Corpus"),
        PROJECT("Project");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** One shortcut: its keys as README.md writes them, and what it does. */
    public record Shortcut(Section section, String keys, String does) {

        /** The keys as the sheet shows them, without Markdown. */
        public String plainKeys() {
            return keys.replace("`", "");
        }

        /** What it does, as the sheet shows it, without Markdown. */
        public String plainDoes() {
            return does.replace("`", "");
        }
    }

    public static final List<Shortcut> ALL = List.of(
            new Shortcut(Section.READING, "Alt+Down / Alt+Up",
                    "next / previous article"),
            new Shortcut(Section.READING, "Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4 / Ctrl+5",
                    "the article / the corpus table / the concordance / the findings / the coders' agreement"),
            new Shortcut(Section.READING, "Ctrl+plus / Ctrl+minus / Ctrl+0",
                    "larger / smaller / normal article text (View menu, which also has the theme: system, light or dark)"),
            new Shortcut(Section.READING, "Ctrl+Shift+P",
                    "the command palette: every action, with its key"),
            new Shortcut(Section.TAGGING, "Shift+arrows (with Ctrl: by words)",
                    "select text; or drag, or double-click a word"),
            new Shortcut(Section.TAGGING, "`1` `2` `3` `4` `5`",
                    "tag the selection as Speaker, Claim, Expert quote, Context, Cue; with an annotation selected (and no other text), change its category"),
            new Shortcut(Section.TAGGING, "Space",
                    "select the annotation at the caret; again, the one around it"),
            new Shortcut(Section.TAGGING, "Alt+Right / Alt+Left",
                    "select the next / previous annotation"),
            new Shortcut(Section.TAGGING, "Click a highlight",
                    "select its annotation (click again for the one around it)"),
            new Shortcut(Section.TAGGING, "Shift+Right / Shift+Left",
                    "with an annotation selected: move its end one character (with Ctrl, one word)"),
            new Shortcut(Section.TAGGING, "Alt+Shift+Left / Alt+Shift+Right",
                    "with an annotation selected: move its start one character (with Ctrl, one word)"),
            new Shortcut(Section.TAGGING, "Escape",
                    "leave the selected annotation"),
            new Shortcut(Section.TAGGING, "Delete",
                    "delete the selected annotation"),
            new Shortcut(Section.LINKING, "`A` with text selected",
                    "attribute it in one step: Newsmark proposes content, cue and source; a content category's key switches Claim / Expert quote, typing finds the source's person (Ctrl+N a new one), Enter codes it all"),
            new Shortcut(Section.LINKING, "`A` with a claim or quote selected",
                    "link it: choose its speaker or cue from the list (Enter), or click it"),
            new Shortcut(Section.LINKING, "Enter",
                    "with a speaker mention selected: choose its person from a list (type to narrow it, Ctrl+N a new person)"),
            new Shortcut(Section.EDITING, "Alt+1 \u2026 Alt+9",
                    "with an annotation selected: the next value of its first \u2026 ninth attribute"),
            new Shortcut(Section.EDITING, "F2",
                    "write the selected annotation's note (Ctrl+Enter saves and returns to the text, Escape takes it back)"),
            new Shortcut(Section.EDITING, "Ctrl+Enter in the note",
                    "save the note now (it is also saved when you leave the field)"),
            new Shortcut(Section.EDITING, "Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y)",
                    "undo / redo tagging, deleting, recategorising, moving boundaries, people and note edits"),
            new Shortcut(Section.EDITING, "Ctrl+K",
                    "the codebook editor"),
            new Shortcut(Section.FINDING, "Ctrl+F",
                    "find in the article as you type; Enter next match, Shift+Enter previous"),
            new Shortcut(Section.FINDING, "Escape in the find bar",
                    "back to the article with the match selected, so a category key tags it"),
            new Shortcut(Section.FINDING, "F3 / Shift+F3",
                    "next / previous match"),
            new Shortcut(Section.FINDING, "Ctrl+Shift+F",
                    "search the corpus"),
            new Shortcut(Section.CORPUS, "Ctrl+I / Ctrl+Shift+I",
                    "import files / a folder (text, web pages, JSON, JSON Lines, CSV; brat, WebAnno TSV, W3C Web Annotation, doccano)"),
            new Shortcut(Section.CORPUS, "Ctrl+Shift+U",
                    "import a web page by its address"),
            new Shortcut(Section.CORPUS, "Ctrl+Shift+V",
                    "paste text as a new article (or drop it on the window)"),
            new Shortcut(Section.CORPUS, "Ctrl+E",
                    "export (brat, WebAnno TSV, W3C Web Annotation, doccano, JSON Lines), the project or the open article"),
            new Shortcut(Section.PROJECT, "Ctrl+O / Ctrl+N",
                    "open / new project"),
            new Shortcut(Section.PROJECT, "Ctrl+Q",
                    "quit"),
            new Shortcut(Section.PROJECT, "F1",
                    "these shortcuts"));

    private KeyboardShortcuts() {
    }

    /** The shortcuts of one section, in the list's order. */
    public static List<Shortcut> of(Section section) {
        return ALL.stream().filter(shortcut -> shortcut.section() == section).toList();
    }
}
