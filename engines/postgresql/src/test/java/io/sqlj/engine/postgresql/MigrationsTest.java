package io.sqlj.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MigrationsTest {
  @Test
  void downSectionsAreLeftOutAndLinesKept() {
    String goose = "-- +goose Up\nCREATE TABLE a (id int);\n-- +goose Down\nDROP TABLE a;\n"
        + "-- +goose Up\nCREATE TABLE b (id int);";
    assertEquals("-- +goose Up\nCREATE TABLE a (id int);\n\n\n-- +goose Up\nCREATE TABLE b (id int);",
        Migrations.upOnly(goose));
    String dbmate = "-- migrate:up\nCREATE TABLE c (id int);\n-- migrate:down\nDROP TABLE c;";
    assertEquals("-- migrate:up\nCREATE TABLE c (id int);\n\n", Migrations.upOnly(dbmate));
    assertEquals("CREATE TABLE d (id int);", Migrations.upOnly("CREATE TABLE d (id int);"));
  }
}
