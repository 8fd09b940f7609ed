package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated code of the migration testdata cases against a SQLite database migrated the
 * way each tool migrates it: the up scripts, in the tool's order, written out here by hand.
 */
class MigrationsTest {

    /** A database with the up part (the text before the down marker, if any) of each file run in order. */
    private static Connection migrated(String testCase, String downMarker, String... files)
            throws SQLException, IOException {
        Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
        Path dir = Sqlite.root().resolve("testdata").resolve(testCase);
        for (String file : files) {
            String text = Files.readString(dir.resolve(file));
            int down = downMarker.isEmpty() ? -1 : text.indexOf(downMarker);
            for (String sql : (down < 0 ? text : text.substring(0, down)).split(";")) {
                if (!sql.replaceAll("(?m)^--.*$", "").isBlank()) {
                    Sqlite.exec(db, sql);
                }
            }
        }
        return db;
    }

    @Test
    void flyway() throws Exception {
        try (Connection db = migrated(
                "migrations_flyway",
                "",
                "migrations/V1__create_authors.sql",
                "migrations/V1.1__add_bio.sql",
                "migrations/V2__add_nick.sql",
                "migrations/V10__rename_nick_to_handle.sql",
                "migrations/R__author_handles.sql")) {
            Sqlite.exec(
                    db,
                    "INSERT INTO authors (id, name, bio, handle) VALUES (1, 'Le Guin', NULL, 'ursula'), (2, 'Borges', 'b', NULL)");
            var q = new testdata.migrations_flyway.Queries(db);
            assertEquals(Optional.of(new testdata.migrations_flyway.Author(2, "Borges", "b", null)), q.getAuthor(2));
            assertEquals(List.of(new testdata.migrations_flyway.AuthorHandle(1L, "ursula")), q.listHandles());
        }
    }

    @Test
    void golangMigrate() throws Exception {
        try (Connection db = migrated(
                "migrations_golang_migrate",
                "",
                "migrations/1_create_authors.up.sql",
                "migrations/2_add_nick.up.sql",
                "migrations/10_rename_nick_to_handle.up.sql")) {
            var q = new testdata.migrations_golang_migrate.Queries(db);
            q.createAuthor(1, "Le Guin", "ursula");
            assertEquals(
                    Optional.of(new testdata.migrations_golang_migrate.Author(1, "Le Guin", "ursula")), q.getAuthor(1));
        }
    }

    @Test
    void goose() throws Exception {
        try (Connection db = migrated(
                "migrations_goose",
                "-- +goose Down",
                "migrations/1_create_authors.sql",
                "migrations/2_add_nick.sql",
                "migrations/10_rename_nick_to_handle.sql",
                "migrations/20240101120000_create_books.sql")) {
            Sqlite.exec(
                    db,
                    "INSERT INTO authors (id, name, handle) VALUES (1, 'Le Guin', 'ursula')",
                    "INSERT INTO books (id, author_id, title) VALUES (10, 1, 'The Dispossessed'), (11, 1, 'Earthsea')");
            var q = new testdata.migrations_goose.Queries(db);
            assertEquals(Optional.of(new testdata.migrations_goose.Author(1, "Le Guin", "ursula")), q.getAuthor(1));
            assertEquals(
                    List.of(
                            new testdata.migrations_goose.ListTitlesByHandleRow("Earthsea", "ursula"),
                            new testdata.migrations_goose.ListTitlesByHandleRow("The Dispossessed", "ursula")),
                    q.listTitlesByHandle("ursula"));
        }
    }

    @Test
    void dbmate() throws Exception {
        try (Connection db = migrated(
                "migrations_dbmate",
                "-- migrate:down",
                "db/migrations/20240101120000_create_authors.sql",
                "db/migrations/20240102090000_add_nick.sql",
                "db/migrations/20240103090000_rename_nick_to_handle.sql")) {
            var q = new testdata.migrations_dbmate.Queries(db);
            q.createAuthor(1, "Borges", null);
            assertEquals(Optional.of(new testdata.migrations_dbmate.Author(1, "Borges", null)), q.getAuthor(1));
        }
    }
}
