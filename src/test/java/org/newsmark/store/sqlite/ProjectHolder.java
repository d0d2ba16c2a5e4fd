package org.newsmark.store.sqlite;

import java.nio.file.Path;
import org.newsmark.store.OpenMode;
import org.newsmark.store.ProjectStore;

/** A second process for tests: opens a project for writing, says "open", holds it until its input closes. */
public final class ProjectHolder {

    private ProjectHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (ProjectStore store = SqliteProjectStore.open(Path.of(args[0]), OpenMode.OPEN_EXISTING)) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the project until the test closes our input
            }
        }
    }
}
