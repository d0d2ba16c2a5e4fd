package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a project made before schema 5 needs besides the script: its document codes were one
 * coder's, made under the name its annotations carry (the user name on the coder's computer). That
 * name becomes the project's coder name ({@link org.newsmark.store.ProjectStore.CODER_SETTING}) and the coder
 * of its document codes.
 */
final class CoderUpgrade {

    private CoderUpgrade() {
    }

    static void run(Connection connection) throws SQLException {
        String coder = null;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT annotator FROM annotation WHERE trim(annotator) <> '' "
                     + "GROUP BY annotator ORDER BY count(*) DESC, annotator LIMIT 1")) {
            if (rows.next()) {
                coder = rows.getString(1);
            }
        }
        boolean hasCodes;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM article_code)")) {
            hasCodes = rows.next() && rows.getBoolean(1);
        }
        if (coder == null && !hasCodes) {
            return; // no work yet: the coder's name is set when the project is first used
        }
        if (coder == null) {
            coder = org.newsmark.store.ProjectStore.defaultCoder();
        }
        try (PreparedStatement codes = connection.prepareStatement("UPDATE article_code SET annotator = ? WHERE annotator = ''");
             PreparedStatement coders = connection.prepareStatement(
                     "INSERT OR IGNORE INTO article_coder (article_id, annotator) SELECT DISTINCT article_id, ? FROM article_code");
             PreparedStatement setting = connection.prepareStatement(
                     "INSERT OR IGNORE INTO project_setting (key, value) VALUES (?, ?)")) {
            codes.setString(1, coder);
            codes.executeUpdate();
            coders.setString(1, coder);
            coders.executeUpdate();
            setting.setString(1, org.newsmark.store.ProjectStore.CODER_SETTING);
            setting.setString(2, coder);
            setting.executeUpdate();
        }
    }
}
