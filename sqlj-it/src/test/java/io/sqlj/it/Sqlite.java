package io.sqlj.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A fresh in-memory SQLite database loaded with a testdata case's schema. */
final class Sqlite {

    private Sqlite() {}

    static Path root() {
        return Path.of(System.getProperty("sqlj.root", "..")).toAbsolutePath().normalize();
    }

    static Connection withSchemaOf(String testCase) throws SQLException {
        return withSchema(root().resolve("testdata").resolve(testCase).resolve("schema.sql"));
    }

    static Connection withSchema(Path schemaFile) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        String schema;
        try {
            schema = Files.readString(schemaFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : schema.split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
        return connection;
    }

    static void exec(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
