package org.newsmark.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Damages project files for tests, the way a failing disk or a careless tool would. */
public final class Damage {

    private Damage() {
    }

    /**
     * Leaves article 1's row missing from the index of outlets, so that a search by outlet would
     * silently skip it: the index is made to cover no row for a moment while the row changes.
     */
    public static void missingIndexRow(Path project) throws Exception {
        setIndex(project, "CREATE INDEX article_by_source ON article(source) WHERE 0");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE article SET source = 'Changed behind the index' WHERE id = 1");
        }
        setIndex(project, "CREATE INDEX article_by_source ON article(source)");
    }

    private static void setIndex(Path project, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA writable_schema = ON");
            statement.executeUpdate("UPDATE sqlite_schema SET sql = '" + sql + "' WHERE name = 'article_by_source'");
        }
    }
}
