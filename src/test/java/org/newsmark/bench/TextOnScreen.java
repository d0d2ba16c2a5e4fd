package org.newsmark.bench;

import java.awt.AWTException;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.util.OptionalLong;

/**
 * Watches the middle of the screen for the moment a window's text is painted there: a window that is
 * laid out is not yet on screen (its frame is drawn after, and only if the program lets it be), so the
 * start-up benchmark looks at the screen itself, as a person would. Text on screen: a light page with
 * dark marks on it, where before there was the display's black background or a blank window.
 */
final class TextOnScreen {

    /** How often the screen is looked at: a small region, about a millisecond to copy. */
    private static final long EVERY_MILLIS = 5;

    private final Robot robot;
    private final Rectangle region;

    TextOnScreen() throws AWTException {
        robot = new Robot();
        Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
        // The middle of a centred window: the article's column in Newsmark, the text area in the bare window.
        region = new Rectangle(screen.width / 2 - 300, screen.height / 2 - 100, 600, 200);
    }

    /** The wall-clock millisecond at which text was first seen, watching while the process runs. */
    OptionalLong await(Process process, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (process.isAlive() && System.currentTimeMillis() < deadline) {
            long now = System.currentTimeMillis();
            if (showsText(robot.createScreenCapture(region))) {
                return OptionalLong.of(now);
            }
            Thread.sleep(EVERY_MILLIS);
        }
        return OptionalLong.empty();
    }

    /** Mostly light, with some dark: a page with text, not the black screen or a blank window. */
    static boolean showsText(BufferedImage image) {
        int light = 0;
        int dark = 0;
        int all = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey > 200) {
                    light++;
                } else if (grey < 110) {
                    dark++;
                }
                all++;
            }
        }
        return light > all * 0.6 && dark > all * 0.004;
    }
}
