package io.sqlj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MigrationTextTest {

    @Test
    void gooseDownIsBlankedToTheEndOfTheFile() {
        String goose = """
        -- +goose Up
        -- +goose StatementBegin
        CREATE TABLE a (id INTEGER);
        -- +goose StatementEnd

        -- +goose Down
        -- +goose StatementBegin
        DROP TABLE a;
        -- +goose StatementEnd
        """;
        String expected = """
        -- +goose Up
        -- +goose StatementBegin
        CREATE TABLE a (id INTEGER);
        -- +goose StatementEnd





        """;
        assertEquals(expected, MigrationText.upOnly(goose));
    }

    @Test
    void gooseUpAfterDownStartsKeepingAgain() {
        String text =
                "-- +goose Up\nCREATE TABLE a (id INT);\n-- +goose Down\nDROP TABLE a;\n--+GOOSE UP\nCREATE TABLE b (id INT);";
        assertEquals(
                "-- +goose Up\nCREATE TABLE a (id INT);\n\n\n--+GOOSE UP\nCREATE TABLE b (id INT);",
                MigrationText.upOnly(text));
    }

    @Test
    void dbmateDownIsBlankedAndOptionsAreAllowed() {
        String text = "-- migrate:up transaction:false\r\nCREATE TABLE c (id INT);\r\n-- migrate:down\r\nDROP TABLE c;";
        assertEquals("-- migrate:up transaction:false\r\nCREATE TABLE c (id INT);\r\n\n", MigrationText.upOnly(text));
    }

    @Test
    void lineCountIsKept() {
        String text = "-- migrate:up\nCREATE TABLE c (id INT);\n-- migrate:down\nDROP TABLE c;\n\n";
        assertEquals(text.split("\n", -1).length, MigrationText.upOnly(text).split("\n", -1).length);
    }

    @Test
    void textWithoutMarkersPassesThrough() {
        String plain = "CREATE TABLE d (id INTEGER); -- +goose Down in a trailing comment is not a marker\n"
                + "-- migrate:downstream is not a marker either\n-- +goosed down\n";
        assertEquals(plain, MigrationText.upOnly(plain));
        assertEquals("", MigrationText.upOnly(""));
    }

    @Test
    void sqlMigrateDownIsBlankedAndItsOtherAnnotationsStay() {
        String text = "-- +migrate Up notransaction\n-- +migrate StatementBegin\nCREATE TABLE a (id INT);\n"
                + "-- +migrate StatementEnd\n-- +migrate Down\nDROP TABLE a;";
        assertEquals(
                "-- +migrate Up notransaction\n-- +migrate StatementBegin\nCREATE TABLE a (id INT);\n"
                        + "-- +migrate StatementEnd\n\n",
                MigrationText.upOnly(text));
    }

    @Test
    void ternDropsEverythingBelowItsSeparator() {
        String text = "create table a (id int);\n\n---- create above / drop below ----\n\ndrop table a;\n";
        assertEquals("create table a (id int);\n\n\n\n\n", MigrationText.upOnly(text));
        assertEquals("x;\n", MigrationText.upOnly("x;\n----  Create Above/Drop Below  ----"));
    }
}
