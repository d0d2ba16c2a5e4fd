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
            new Migration("005-span-fragments.sql", connection -> { }));

    static final int LATEST = MIGRATIONS.size();

    private Migrations() {
    }

    /**
     * Runs every migration the project lacks. For a new project ({@code fromVersion == 0}),
     * {@code newProjectWork} runs inside the last migration's transaction, so a project is either
     * complete or still empty, never half made.
     */
    static void migrate(Connection connection, int fromVersion, Step newProjectWork) throws SQLException {
        for (int version = fromVersion + 1; version <= LATEST; version++) {
            int target = version;
            Migration migration = MIGRATIONS.get(version - 1);
            Transactions.inTransaction(connection, transaction -> {
                try (Statement statement = transaction.createStatement()) {
                    for (String sql : statements(migration.script())) {
                        statement.executeUpdate(sql);
                    }
                    if (fromVersion > 0) {
                        migration.forExisting().run(transaction);
                    }
                    statement.executeUpdate("PRAGMA user_version = " + target);
                    if (fromVersion == 0 && target == LATEST) {
                        newProjectWork.run(transaction);
                    }
                }
                return null;
            });
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
