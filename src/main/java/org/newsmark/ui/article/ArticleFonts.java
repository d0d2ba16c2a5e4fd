package org.newsmark.ui.article;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * The fonts Newsmark ships for what systems often lack: Noto Emoji (monochrome) for emoji, and
 * DejaVu Sans for paragraphs with right-to-left text, which must be drawn in one font that has both
 * their letters and their punctuation (JavaFX 21 on Linux shapes text in another font apart and
 * then puts a full stop on the wrong side of its word).
 */
public final class ArticleFonts {

    private static final System.Logger LOG = System.getLogger(ArticleFonts.class.getName());
    /** The family the style sheet names for emoji. */
    public static final String EMOJI = "Noto Emoji";
    /** The family the style sheet names for paragraphs with right-to-left text. */
    public static final String BIDI = "DejaVu Sans";
    private static final String[] FILES = {"NotoEmoji-Regular.ttf", "DejaVuSans.ttf"};
    private static boolean loaded;

    private ArticleFonts() {
    }

    /** Loads the fonts once; safe from any thread, and again and again. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String file : FILES) {
            try (InputStream in = ArticleFonts.class.getResourceAsStream("/org/newsmark/ui/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 16) == null) {
                    LOG.log(System.Logger.Level.WARNING, "Could not load the font " + file + "; the system's fonts are used");
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not read the font " + file, e);
            }
        }
    }
}
