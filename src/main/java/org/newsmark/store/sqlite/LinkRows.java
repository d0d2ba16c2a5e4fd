package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsmark.model.Link;
import org.newsmark.model.LinkChange;
import org.newsmark.model.RelationType;

/** Links between annotations of one article. */
final class LinkRows {

    private LinkRows() {
    }

    private static final String COLUMNS = "SELECT id, article_id, type, from_id, to_id, created FROM link ";
    private static final int CHUNK = 400;

    static List<Link> read(Connection connection, long articleId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS + "WHERE article_id = ? ORDER BY created, id")) {
            statement.setLong(1, articleId);
            return links(statement);
        }
    }

    /** Every link of the project, by article. */
    static List<Link> readAll(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS + "ORDER BY article_id, created, id")) {
            return links(statement);
        }
    }

    /** The links from or to any of these annotations, read a few hundred ids at a time. */
    static List<Link> touching(Connection connection, java.util.Collection<UUID> annotationIds) throws SQLException {
        List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(annotationIds));
        java.util.Map<UUID, Link> found = new java.util.LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement statement = connection.prepareStatement(
                    COLUMNS + "WHERE from_id IN (" + marks + ") OR to_id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i).toString());
                    statement.setString(chunk.size() + i + 1, chunk.get(i).toString());
                }
                links(statement).forEach(link -> found.put(link.id(), link));
            }
        }
        return List.copyOf(found.values());
    }

    private static List<Link> links(PreparedStatement statement) throws SQLException {
        List<Link> links = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                links.add(new Link(UUID.fromString(rows.getString(1)), rows.getLong(2), RelationType.fromCode(rows.getString(3)),
                        UUID.fromString(rows.getString(4)), UUID.fromString(rows.getString(5)),
                        Timestamps.parse(rows.getString(6))));
            }
        }
        return links;
    }

    static void write(Connection connection, LinkChange change) throws SQLException {
        if (change.after() == null) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM link WHERE id = ?")) {
                delete.setString(1, change.before().id().toString());
                delete.executeUpdate();
            }
            return;
        }
        Link link = change.after();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO link "
                + "(id, article_id, type, from_id, to_id, created, annotator) VALUES (?, ?, ?, ?, ?, ?, "
                + "coalesce((SELECT annotator FROM annotation WHERE id = ?), '')) ON CONFLICT (id) DO NOTHING")) {
            // A link is its coder's who made the annotation it starts from: a coder links their own annotations.
            insert.setString(1, link.id().toString());
            insert.setLong(2, link.articleId());
            insert.setString(3, link.type().code());
            insert.setString(4, link.from().toString());
            insert.setString(5, link.to().toString());
            insert.setString(6, Timestamps.format(link.created()));
            insert.setString(7, link.from().toString());
            insert.executeUpdate();
        }
    }
}
