package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.model.ArticleDraft;
import org.newsmark.store.ProjectStore.AddedArticle;

/** Adding articles: each new text once, a text already in the project reported as a duplicate. */
final class ArticleRows {

    private ArticleRows() {
    }

    /** Inserts the drafts not yet in the project (by content hash); the caller owns the transaction. */
    static List<AddedArticle> insert(Connection connection, List<ArticleDraft> drafts) throws SQLException {
        List<AddedArticle> added = new ArrayList<>(drafts.size());
        String now = Timestamps.format(Instant.now());
        try (PreparedStatement existing = connection.prepareStatement("SELECT id FROM article WHERE content_hash = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO article "
                     + "(title, standfirst, source, byline, published, url, text, content_hash, imported_at) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            for (ArticleDraft draft : drafts) {
                String hash = draft.contentHash();
                existing.setString(1, hash);
                try (ResultSet rows = existing.executeQuery()) {
                    if (rows.next()) {
                        added.add(new AddedArticle(rows.getLong(1), true));
                        continue;
                    }
                }
                insert.setString(1, draft.title());
                insert.setString(2, draft.standfirst());
                insert.setString(3, draft.source());
                insert.setString(4, draft.byline());
                insert.setString(5, draft.published());
                insert.setString(6, draft.url());
                insert.setString(7, draft.text());
                insert.setString(8, hash);
                insert.setString(9, now);
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    added.add(new AddedArticle(rows.getLong(1), false));
                }
            }
        }
        return added;
    }
}
