package org.newsmark.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered, forward-only schema migrations. Migration {@code n} brings a project from
 * {@code PRAGMA user_version = n-1} to {@code n}, in one transaction with the version bump.
 */
final class Migrations {

    /** Work a migration does in Java after its script, in its transaction. */
    interface Step {
        void run(Connection connection) throws SQLException;
    }

    /**
     * @param script      the SQL that changes the schema
     * @param forExisting what else a project made before this version needs (new projects get the
     *                    current codebook whole instead)
     */
    private record Migration(String script, Step forExisting) {
    }

    /** In order; the position in this list + 1 is the schema version each one produces. */
    private static final List<Migration> MIGRATIONS = List.of(
            new Migration("001-foundation.sql", connection -> { }),
            new Migration("002-news-sourcing.sql", FoundationCodebookUpgrade::run),
            new Migration("003-corpus.sql", connection -> { }),
            new Migration("004-index-merging.sql", connection -> { }),
            new Migration("005-coders.sql", CoderUpgrade::run),
            new Migration("006-span-fragments.sql", connection -> { }));

    static final int LATEST = MIGRATIONS.size();

    private Migrations() {
    }

    /**
     * Brings an existing project from {@code fromVersion} to the latest schema, each migration in one
     * transaction with its version bump, so an upgrade interrupted between two leaves a project of the
     * version before (kept readable and upgraded further on the next open).
     */
    static void upgrade(Connection connection, int fromVersion) throws SQLException {
        for (int version = fromVersion + 1; version <= LATEST; version++) {
            int target = version;
            Migration migration = MIGRATIONS.get(version - 1);
            Transactions.inTransaction(connection, transaction -> {
                runScript(transaction, migration);
                migration.forExisting().run(transaction);
                setVersion(transaction, target);
                return null;
            });
        }
    }

    /**
     * Makes a new project in one transaction: every migration from {@code fromVersion} (0 for an empty
     * file; more for a project an older Newsmark left half-made, which holds no data), then
     * {@code newProjectWork} (the application id, the codebook). A crash or a full disk at any moment
     * leaves the file as it was before.
     */
    static void create(Connection connection, int fromVersion, Step newProjectWork) throws SQLException {
        Transactions.inTransaction(connection, transaction -> {
            for (int version = fromVersion + 1; version <= LATEST; version++) {
                runScript(transaction, MIGRATIONS.get(version - 1));
            }
            setVersion(transaction, LATEST);
            newProjectWork.run(transaction);
            return null;
        });
    }

    /** The schema objects (type and name) a project of {@code version} has, as the migrations make them. */
    static java.util.Set<String> schemaOf(int version) {
        try (Connection memory = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
            for (int v = 1; v <= version; v++) {
                runScript(memory, MIGRATIONS.get(v - 1));
            }
            return schemaObjects(memory);
        } catch (SQLException e) {
            throw new IllegalStateException("The migrations of this build do not run: " + e.getMessage(), e);
        }
    }

    /** The schema objects of a database, as "type name". */
    static java.util.Set<String> schemaObjects(Connection connection) throws SQLException {
        java.util.Set<String> objects = new java.util.TreeSet<>();
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT type, name FROM sqlite_schema")) {
            while (rows.next()) {
                objects.add(rows.getString(1) + " " + rows.getString(2));
            }
        }
        return objects;
    }

    private static void runScript(Connection connection, Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(migration.script())) {
                statement.executeUpdate(sql);
            }
        }
    }

    private static void setVersion(Connection connection, int version) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("PRAGMA user_version = " + version);
        }
    }

    /**
     * Splits a script into statements at semicolons that end a line; our scripts keep to that. A
     * trigger's body holds statements of its own, so a trigger ends at its "END;" line.
     */
    static List<String> statements(String scriptName) {
        String script = read(scriptName);
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            boolean inTrigger = current.toString().strip().toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER");
            if (inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(String scriptName) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + scriptName)) {
            if (in == null) {
                throw new IllegalStateException("Migration script missing from the build: " + scriptName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
