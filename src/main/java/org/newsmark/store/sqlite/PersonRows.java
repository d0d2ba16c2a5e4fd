package org.newsmark.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsmark.model.ArticleSummary;
import org.newsmark.model.Person;
import org.newsmark.model.PersonChange;
import org.newsmark.model.SpeakerSummary;

/** The speaker registry: people, their aliases, and how often they appear. */
final class PersonRows {

    private PersonRows() {
    }

    static List<Person> read(Connection connection) throws SQLException {
        Map<String, List<String>> aliases = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT person_id, alias FROM person_alias ORDER BY alias")) {
            while (rows.next()) {
                aliases.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        List<Person> people = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, name, type, role, affiliation, created, updated "
                     + "FROM person ORDER BY name COLLATE NOCASE, id")) {
            while (rows.next()) {
                people.add(new Person(UUID.fromString(rows.getString(1)), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), aliases.getOrDefault(rows.getString(1), List.of()),
                        Timestamps.parse(rows.getString(6)), Timestamps.parse(rows.getString(7))));
            }
        }
        return people;
    }

    static void write(Connection connection, PersonChange change) throws SQLException {
        if (change.after() == null) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM person WHERE id = ?")) {
                delete.setString(1, change.before().id().toString());
                delete.executeUpdate();
            }
            return;
        }
        Person person = change.after();
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO person "
                + "(id, name, type, role, affiliation, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, role = excluded.role, "
                + "affiliation = excluded.affiliation, updated = excluded.updated")) {
            upsert.setString(1, person.id().toString());
            upsert.setString(2, person.name());
            upsert.setString(3, person.type());
            upsert.setString(4, person.role());
            upsert.setString(5, person.affiliation());
            upsert.setString(6, Timestamps.format(person.created()));
            upsert.setString(7, Timestamps.format(person.updated()));
            upsert.executeUpdate();
        }
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM person_alias WHERE person_id = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO person_alias (person_id, alias) VALUES (?, ?)")) {
            clear.setString(1, person.id().toString());
            clear.executeUpdate();
            for (String alias : person.aliases()) {
                insert.setString(1, person.id().toString());
                insert.setString(2, alias);
                insert.executeUpdate();
            }
        }
    }

    static List<SpeakerSummary> summaries(Connection connection) throws SQLException {
        Map<UUID, Integer> mentions = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT person_id, count(*) FROM annotation WHERE person_id IS NOT NULL GROUP BY person_id")) {
            while (rows.next()) {
                mentions.put(UUID.fromString(rows.getString(1)), rows.getInt(2));
            }
        }
        Map<UUID, Map<String, Integer>> attributed = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT mention.person_id, category.name, count(DISTINCT link.from_id) "
                     + "FROM link JOIN annotation mention ON mention.id = link.to_id "
                     + "JOIN annotation content ON content.id = link.from_id "
                     + "JOIN category ON category.id = content.category_id "
                     + "WHERE link.type = 'attributed_to' AND mention.person_id IS NOT NULL "
                     + "GROUP BY mention.person_id, category.name ORDER BY category.name")) {
            while (rows.next()) {
                attributed.computeIfAbsent(UUID.fromString(rows.getString(1)), id -> new LinkedHashMap<>())
                        .put(rows.getString(2), rows.getInt(3));
            }
        }
        Map<UUID, List<ArticleSummary>> articles = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT DISTINCT annotation.person_id, article.id, article.title, "
                     + "article.source FROM annotation JOIN article ON article.id = annotation.article_id "
                     + "WHERE annotation.person_id IS NOT NULL ORDER BY article.id")) {
            while (rows.next()) {
                articles.computeIfAbsent(UUID.fromString(rows.getString(1)), id -> new ArrayList<>())
                        .add(new ArticleSummary(rows.getLong(2), rows.getString(3), rows.getString(4), 0));
            }
        }
        List<SpeakerSummary> summaries = new ArrayList<>();
        for (Person person : read(connection)) {
            summaries.add(new SpeakerSummary(person, mentions.getOrDefault(person.id(), 0),
                    attributed.getOrDefault(person.id(), Map.of()), articles.getOrDefault(person.id(), List.of())));
        }
        return summaries;
    }
}
