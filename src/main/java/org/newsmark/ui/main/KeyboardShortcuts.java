package org.newsmark.ui.main;

/** The keyboard shortcuts, as Help shows them (and README.md lists them). */
final class KeyboardShortcuts {

    static final String TEXT = String.join("\n",
            "Select text        drag, double-click a word, or Shift+arrows",
            "1 2 3 4 5          tag the selection as Speaker, Claim, Expert quote, Context, Cue",
            "A (text selected)  attribute it in one step: content, cue and source proposed",
            "A (claim selected) link it: click its speaker or cue (A again for a list)",
            "Click a highlight  select its annotation (click again for the one around it)",
            "Delete             delete the selected annotation",
            "Escape             leave the selected annotation",
            "Ctrl+F             find in the article; Enter next, Shift+Enter previous",
            "Escape (in Find)   back to the article with the match selected",
            "F3 / Shift+F3      next / previous match",
            "Ctrl+Z             undo",
            "Ctrl+Shift+Z       redo (also Ctrl+Y)",
            "Alt+Down / Alt+Up  next / previous article",
            "Ctrl+K             the codebook",
            "Ctrl+I             import files (text, web pages, JSON, JSON Lines, CSV)",
            "Ctrl+Shift+I       import a folder, with its sub-folders",
            "Ctrl+Shift+U       import a web page by its address",
            "Ctrl+Shift+V       paste text as a new article",
            "Ctrl+Shift+F       search the corpus",
            "Ctrl+1 / 2 / 3     the article / the corpus table / the concordance",
            "Ctrl+4             the findings: voices, claims, codes",
            "Ctrl+E             export as JSON Lines",
            "Ctrl+O / Ctrl+N    open / new project",
            "Ctrl+Q             quit");

    private KeyboardShortcuts() {
    }
}
