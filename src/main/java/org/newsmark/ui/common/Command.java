package org.newsmark.ui.common;

/**
 * Something the window can do, as the command palette lists it: its name, its key (or blank), and
 * what it does.
 */
public record Command(String name, String key, Runnable action) {
}
