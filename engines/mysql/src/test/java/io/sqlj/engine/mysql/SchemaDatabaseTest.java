package io.sqlj.engine.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The private database's name follows the one database a schema qualifies its tables with. */
class SchemaDatabaseTest {

    @Test
    void aSchemaThatNamesItsOwnDatabaseGivesThePrivateDatabaseThatName() {
        // 0RAJA/Road: a dump whose foreign keys name the project's database
        assertEquals(
                "road",
                SchemaDatabase.name("create table post (id bigint primary key);\n"
                        + "create table comment (post_id bigint,\n"
                        + "  constraint fk foreign key (post_id) references road.post (id));"));
        assertEquals("Shop", SchemaDatabase.name("CREATE TABLE IF NOT EXISTS `Shop`.`orders` (id INT);"));
        assertEquals("app", SchemaDatabase.name("INSERT INTO app.settings VALUES (1); UPDATE app.settings SET x = 1;"));
    }

    @Test
    void otherwiseItIsSqlj() {
        assertEquals("sqlj", SchemaDatabase.name("CREATE TABLE t (id INT); SELECT t.id FROM t WHERE t.id = 1;"));
        // column references are not databases, whatever keyword precedes them
        assertEquals("sqlj", SchemaDatabase.name("CREATE VIEW v AS SELECT a.id FROM t a JOIN u b ON a.id = b.id;"));
        // two databases: no one name serves both
        assertEquals("sqlj", SchemaDatabase.name("CREATE TABLE a.t (id INT); CREATE TABLE b.u (id INT);"));
        // a database the schema creates itself, and the server's own
        assertEquals(
                "sqlj",
                SchemaDatabase.name("CREATE DATABASE IF NOT EXISTS logs; CREATE TABLE logs.events (id INT);"
                        + " SELECT * FROM information_schema.tables; INSERT INTO mysql.user VALUES (1);"));
    }
}
