package io.sqlj.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.v1.Diagnostic;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which failing schema statements are skipped (those that cannot change a type a query reads), and
 * the load in one transaction: only for statements that act the same there, and a failure leaves
 * nothing behind, so the one-by-one load that follows reports what it always did.
 */
class SchemaLoaderTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE TRIGGER t BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION f()",
                "CREATE OR REPLACE TRIGGER t BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION f()",
                "create constraint trigger t after insert on users for each row execute function f()",
                "CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION f()",
                "CREATE UNIQUE INDEX i ON users (lower(email))",
                "CREATE STATISTICS s ON a, b FROM users",
                "GRANT SELECT ON users TO nhost_admin",
                "ALTER TABLE users OWNER TO postgres",
                "COMMENT ON TABLE users IS 'x'",
                "DROP INDEX performer_search_bm25_idx",
                "drop index if exists i cascade",
                "DROP TRIGGER t ON users",
                "DROP POLICY p ON users",
                "ALTER INDEX i RENAME TO j",
                "ALTER TRIGGER t ON users RENAME TO u",
                "INSERT INTO leaves (k) SELECT UNHEX(REPLACE(r, 'issuance-', ''), 'hex') FROM roots",
                "update users set n = hex(n)",
                "DELETE FROM users WHERE id = 1",
                "ALTER TABLE ONLY auth.sessions ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES public.users(id)"
                        + " ON UPDATE CASCADE ON DELETE CASCADE NOT VALID",
                "alter table s add foreign key (a, b) references t match full deferrable initially deferred",
                "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < 32)"
                        + " INSERT INTO sweeps2 (outpoint) SELECT lower(group_concat(hex(i), '')) FROM seq",
            })
    void skipsStatementsThatCannotChangeATypeWhenTheyFail(String statement) {
        assertTrue(SchemaLoader.typeNeutral(statement), statement);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE TABLE users (id int)",
                "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                "CREATE OR REPLACE VIEW v AS SELECT 1",
                "ALTER TABLE users ADD COLUMN x int",
                "ALTER TABLE s ADD FOREIGN KEY (a) REFERENCES t, ADD COLUMN x int",
                "ALTER TABLE s ADD COLUMN a int REFERENCES t",
                "CREATE TYPE mood AS ENUM ('a')",
                "DROP TABLE users",
                "DROP TYPE mood",
                "DROP VIEW v",
                "DROP EXTENSION citext CASCADE",
                "SELECT create_hypertable('metrics', 'ts')",
                "WITH t AS (SELECT 'metrics' AS n) SELECT create_hypertable(n, 'ts') FROM t",
            })
    void reportsStatementsThatCanChangeATypeWhenTheyFail(String statement) {
        assertFalse(SchemaLoader.typeNeutral(statement), statement);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE TABLE users (id bigserial PRIMARY KEY, temp int)",
                "create unique index i on users (lower(email))",
                "CREATE OR REPLACE VIEW v AS SELECT 1",
                "ALTER TABLE users ADD COLUMN x int",
                "DROP TABLE IF EXISTS users",
                "COMMENT ON TABLE users IS 'x'",
                "GRANT SELECT ON users TO reader",
                "REVOKE ALL ON users FROM PUBLIC",
                "CREATE SCHEMA audit",
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$",
            })
    void sharesATransactionWithStatementsThatActTheSameThere(String statement) {
        assertTrue(SchemaLoader.batchable(statement), statement);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE DATABASE other",
                "DROP DATABASE other",
                "CREATE TABLESPACE t LOCATION '/x'",
                "ALTER SYSTEM SET work_mem = '1MB'",
                "CREATE INDEX CONCURRENTLY i ON users (id)",
                "CREATE TEMP TABLE scratch (id int) ON COMMIT DROP",
                "CREATE GLOBAL TEMPORARY TABLE scratch (id int)",
                "CREATE OR REPLACE TEMP VIEW v AS SELECT 1",
                "SET search_path = audit",
                "SET LOCAL search_path = audit",
                "SELECT pg_catalog.set_config('search_path', '', false)",
                "INSERT INTO users VALUES (1)",
                "COPY users FROM stdin",
                "BEGIN",
                "VACUUM users",
                "",
            })
    void keepsEveryOtherStatementInATransactionOfItsOwn(String statement) {
        assertFalse(SchemaLoader.batchable(statement), statement);
    }

    static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A connection to a new empty database, as a session's is before its schema. */
    private static Connection fresh() throws SQLException {
        String name = "load" + DATABASES.incrementAndGet();
        try (Connection admin = server.connect("postgres");
                Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return server.connect(name);
    }

    private static List<String> tables(Connection conn) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY relname")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static final String TWO_TABLES = "CREATE TABLE a (id bigserial PRIMARY KEY, n text NOT NULL);\n"
            + "CREATE TABLE b (id int PRIMARY KEY, a_id bigint REFERENCES a (id));\n"
            + "COMMENT ON TABLE b IS 'x';";

    @Test
    void aSchemaOfBatchableStatementsLoadsInOneTransaction() throws Exception {
        try (Connection conn = fresh()) {
            assertTrue(SchemaLoader.loadedInOneTransaction(conn, TWO_TABLES, SchemaLoader.statements(TWO_TABLES)));
            assertTrue(conn.getAutoCommit(), "the connection is as the one-by-one load leaves it");
            assertEquals(List.of("a", "a_id_seq", "a_pkey", "b", "b_pkey"), tables(conn));
        }
        try (Connection one = fresh();
                Connection each = fresh()) {
            assertEquals(List.of(), SchemaLoader.load(one, TWO_TABLES));
            assertEquals(List.of(), SchemaLoader.load(each, TWO_TABLES + "\nSET search_path = public"));
            assertEquals(tables(each), tables(one));
        }
    }

    @Test
    void aFailureInTheTransactionLeavesNothingAndTheOneByOneLoadReportsIt() throws Exception {
        // the GRANT fails (no such role): skipped with a warning one by one, so loaded then
        String schema = TWO_TABLES + "\nGRANT SELECT ON a TO nobody_here;\nCREATE TABLE c (id int, m missing);";
        try (Connection conn = fresh()) {
            assertFalse(SchemaLoader.loadedInOneTransaction(conn, schema, SchemaLoader.statements(schema)));
            assertTrue(conn.getAutoCommit());
            assertEquals(List.of(), tables(conn), "the failed transaction left nothing");
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, schema);
            assertEquals(2, diagnostics.size(), diagnostics.toString());
            assertTrue(diagnostics.get(0).getMessage().startsWith("skipped: role \"nobody_here\" does not exist"));
            assertEquals(Diagnostic.Severity.ERROR, diagnostics.get(1).getSeverity());
            assertTrue(diagnostics.get(1).getMessage().contains("\"missing\" does not exist"), diagnostics.toString());
            assertEquals(List.of("a", "a_id_seq", "a_pkey", "b", "b_pkey"), tables(conn));
        }
    }

    @Test
    void aBackfillWrittenForSqliteIsSkippedWithAWarningAndTheSchemaLoads() throws Exception {
        // loop and taproot-assets: migrations written for SQLite and PostgreSQL alike fill a new
        // table with SQLite's hex()/unhex(); sqlc reads no row change, the server refuses them
        String schema = "CREATE TABLE sweeps (id bigint PRIMARY KEY, txid bytea NOT NULL);\n"
                + "CREATE TABLE sweeps2 (id bigint PRIMARY KEY, outpoint text NOT NULL);\n"
                + "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < 32)\n"
                + "INSERT INTO sweeps2 (id, outpoint) SELECT id, (SELECT lower(hex(substr(txid, i, 1))) FROM seq)"
                + " FROM sweeps;\n"
                + "ALTER TABLE sweeps2 ADD COLUMN amt bigint;";
        try (Connection conn = fresh()) {
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, schema);
            assertEquals(1, diagnostics.size(), diagnostics.toString());
            assertEquals(Diagnostic.Severity.WARNING, diagnostics.get(0).getSeverity());
            assertEquals(3, diagnostics.get(0).getLine());
            assertTrue(
                    diagnostics.get(0).getMessage().startsWith("skipped: function hex(bytea) does not exist"),
                    diagnostics.toString());
            try (Statement s = conn.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.columns"
                            + " WHERE table_name = 'sweeps2' AND column_name = 'amt'")) {
                assertTrue(rs.next() && rs.getInt(1) == 1, "the statements after the backfill ran");
            }
        }
    }

    @Test
    void blobIsReadAsByteaAsSqlcReadsItWithOneWarning() throws Exception {
        // lnd, loop, taproot-assets, lightning-terminal, aperture: BLOB in migrations they
        // generate with engine postgresql; sqlc's PostgreSQL types map blob to []byte
        String schema = "CREATE TABLE invoices (id bigint PRIMARY KEY, hash BLOB NOT NULL UNIQUE);\n"
                + "CREATE TABLE htlcs (id bigint PRIMARY KEY, preimage blob, chunks BLOB[]);\n"
                + "SET search_path = public;\n"
                + "ALTER TABLE htlcs ADD COLUMN extra blob;";
        try (Connection conn = fresh()) {
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, schema);
            assertEquals(1, diagnostics.size(), diagnostics.toString());
            Diagnostic d = diagnostics.get(0);
            assertEquals(Diagnostic.Severity.WARNING, d.getSeverity());
            assertEquals(1, d.getLine());
            assertEquals(52, d.getColumn(), "at the type");
            assertTrue(
                    d.getMessage().startsWith("type \"blob\" is SQLite's, not PostgreSQL's; read as bytea"),
                    d.getMessage());
            try (Statement s = conn.createStatement();
                    ResultSet rs = s.executeQuery("SELECT a.attname, bt.typname, a.attndims"
                            + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                            + " JOIN pg_type t ON t.oid = a.atttypid"
                            + " JOIN pg_type bt ON bt.oid = CASE WHEN t.typelem <> 0"
                            + " THEN (SELECT typbasetype FROM pg_type WHERE oid = t.typelem) ELSE t.typbasetype END"
                            + " WHERE c.relname IN ('invoices', 'htlcs') AND a.attname IN ('hash', 'preimage', 'chunks', 'extra')"
                            + " ORDER BY a.attname")) {
                List<String> types = new ArrayList<>();
                while (rs.next()) {
                    types.add(rs.getString(1) + ":" + rs.getString(2));
                }
                assertEquals(List.of("chunks:bytea", "extra:bytea", "hash:bytea", "preimage:bytea"), types);
            }
        }
        // a schema of its own type blob keeps it: nothing is made, no warning
        try (Connection conn = fresh()) {
            String own = "CREATE TYPE blob AS (size int);\nCREATE TABLE files (id int PRIMARY KEY, body blob);";
            assertEquals(List.of(), SchemaLoader.load(conn, own));
            try (Statement s = conn.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT count(*) FROM pg_namespace WHERE nspname = '" + StandIns.SCHEMA + "'")) {
                assertTrue(rs.next() && rs.getInt(1) == 0);
            }
        }
    }

    @Test
    void uuidv7OfPostgres18IsAFunctionReturningUuidOnAnOlderServerWithOneWarning() throws Exception {
        // cornelmarck/durable-execution and godatei/datei: DEFAULT uuidv7(), a PostgreSQL 18
        // function; sqlc does not check a default, the private server (17) refused the table
        String schema = "CREATE TABLE tasks (id uuid PRIMARY KEY DEFAULT uuidv7(), name text NOT NULL);\n"
                + "CREATE TABLE runs (id uuid PRIMARY KEY DEFAULT uuidv7(), task uuid REFERENCES tasks);\n"
                + "ALTER TABLE runs ADD COLUMN later uuid DEFAULT uuidv7('1 day'::interval);";
        int version;
        try (Connection conn = fresh()) {
            try (Statement s = conn.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
                rs.next();
                version = rs.getInt(1);
            }
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, schema);
            assertEquals(version >= 180000 ? 0 : 1, diagnostics.size(), diagnostics.toString());
            if (version >= 180000) {
                return;
            }
            Diagnostic d = diagnostics.get(0);
            assertEquals(Diagnostic.Severity.WARNING, d.getSeverity());
            assertEquals(1, d.getLine());
            assertEquals(49, d.getColumn(), "at the call");
            assertTrue(
                    d.getMessage().startsWith("uuidv7() is PostgreSQL 18's and the private server is "),
                    d.getMessage());
            try (Statement s = conn.createStatement();
                    ResultSet rs =
                            s.executeQuery("INSERT INTO tasks (name) VALUES ('a') RETURNING id, pg_typeof(id)::text")) {
                assertTrue(rs.next());
                assertEquals("uuid", rs.getString(2));
                assertEquals(
                        java.util.UUID.class,
                        rs.getObject(1, java.util.UUID.class).getClass());
            }
        }
        // a pg_dump's empty search path (godatei/datei), and pg_uuidv7's uuid_generate_v7()
        // (casualjim/dainty), whose CREATE EXTENSION the private server skips
        try (Connection conn = fresh()) {
            String dump = "SELECT pg_catalog.set_config('search_path', '', false);\n"
                    + "CREATE EXTENSION IF NOT EXISTS pg_uuidv7;\n"
                    + "CREATE TABLE public.a (id uuid DEFAULT uuidv7() NOT NULL, b uuid DEFAULT uuid_generate_v7());";
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, dump);
            assertEquals(version >= 180000 ? 2 : 3, diagnostics.size(), diagnostics.toString());
            assertTrue(
                    diagnostics
                            .get(diagnostics.size() - 1)
                            .getMessage()
                            .startsWith(
                                    "uuid_generate_v7() is the extension pg_uuidv7's and the private server lacks it;"),
                    diagnostics.toString());
        }
        // a schema of its own uuidv7() keeps it: nothing is made, no warning
        try (Connection conn = fresh()) {
            String own = "CREATE FUNCTION uuidv7() RETURNS uuid LANGUAGE sql AS 'SELECT gen_random_uuid()';\n"
                    + "CREATE TABLE t (id uuid PRIMARY KEY DEFAULT uuidv7());";
            assertEquals(List.of(), SchemaLoader.load(conn, own));
        }
    }

    @Test
    void aTypeOfAContribExtensionTheSchemaNeverCreatesCreatesItWithOneWarning() throws Exception {
        // nhost/hasura-auth: a pg_dump of schema auth (search path emptied) whose domain is over
        // public.citext; the database it came from had the extension, the dump does not create it
        String schema = "SELECT pg_catalog.set_config('search_path', '', false);\n"
                + "CREATE SCHEMA auth;\n"
                + "CREATE DOMAIN auth.email AS public.citext CHECK (VALUE OPERATOR(public.~) '^.+@.+$'::public.citext);\n"
                + "CREATE TABLE auth.users (id int PRIMARY KEY, email auth.email, tags public.hstore);";
        try (Connection conn = fresh()) {
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, schema);
            assertEquals(2, diagnostics.size(), diagnostics.toString());
            assertEquals(3, diagnostics.get(0).getLine());
            assertTrue(
                    diagnostics.get(0).getMessage().startsWith("type public.citext is made by the extension citext,"),
                    diagnostics.toString());
            assertEquals(4, diagnostics.get(1).getLine());
            assertTrue(diagnostics.get(1).getMessage().contains("extension hstore"), diagnostics.toString());
            try (Statement s = conn.createStatement();
                    ResultSet rs =
                            s.executeQuery("SELECT bt.typname FROM pg_type t JOIN pg_type bt ON bt.oid = t.typbasetype"
                                    + " WHERE t.typname = 'email'")) {
                assertTrue(rs.next());
                assertEquals("citext", rs.getString(1));
            }
        }
        // a function of an extension the schema creates later waits for it, with no word of the extension
        try (Connection conn = fresh()) {
            String later = "CREATE TABLE w (id uuid PRIMARY KEY DEFAULT uuid_generate_v4());\n"
                    + "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\";";
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, later);
            assertEquals(1, diagnostics.size(), diagnostics.toString());
            assertTrue(
                    diagnostics.get(0).getMessage().startsWith("loaded after the statements that follow it"),
                    diagnostics.toString());
        }
        // one it never creates is created, at the call (nhost/hasura-auth: public.gen_random_uuid() of pgcrypto)
        try (Connection conn = fresh()) {
            String never =
                    "CREATE TABLE w (id uuid PRIMARY KEY DEFAULT public.gen_random_uuid(), h text DEFAULT crypt('a', 'b'));";
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, never);
            assertEquals(1, diagnostics.size(), diagnostics.toString());
            assertEquals(1, diagnostics.get(0).getLine());
            assertEquals(45, diagnostics.get(0).getColumn());
            assertTrue(
                    diagnostics
                            .get(0)
                            .getMessage()
                            .startsWith(
                                    "function public.gen_random_uuid() is made by the extension pgcrypto, which the schema never creates"),
                    diagnostics.toString());
        }
        // a type no extension here makes is still the error at its place
        try (Connection conn = fresh()) {
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, "CREATE TABLE t (id int, v public.vectorz);");
            assertEquals(1, diagnostics.size(), diagnostics.toString());
            assertEquals(Diagnostic.Severity.ERROR, diagnostics.get(0).getSeverity());
            assertEquals(
                    "type \"public.vectorz\" does not exist", diagnostics.get(0).getMessage());
        }
    }

    @Test
    void aForeignKeyToATableNoStatementMakesIsLeftOutWithAWarning() throws Exception {
        // flare-go/payment: REFERENCES users(email), a table of another service's migrations in
        // the database both share; sqlc does not check foreign keys
        String schema = "CREATE TABLE customers (id bigserial PRIMARY KEY,\n"
                + "  user_email VARCHAR(255) NOT NULL REFERENCES users(email) ON DELETE CASCADE UNIQUE,\n"
                + "  region_id int, CONSTRAINT fk_region FOREIGN KEY (region_id) REFERENCES public.regions (id)\n"
                + "    ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED);\n"
                + "CREATE TABLE charges (id bigserial PRIMARY KEY, customer_id bigint REFERENCES customers (id),\n"
                + "  amount numeric(12, 2) NOT NULL);\n"
                + "CREATE INDEX charges_customer ON charges (customer_id);";
        try (Connection conn = fresh()) {
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, schema);
            assertEquals(2, diagnostics.size(), diagnostics.toString());
            for (Diagnostic d : diagnostics) {
                assertEquals(Diagnostic.Severity.WARNING, d.getSeverity());
                assertEquals(1, d.getLine());
            }
            assertTrue(
                    diagnostics.get(0).getMessage().startsWith("loaded without its foreign key to \"users\""),
                    diagnostics.toString());
            assertTrue(
                    diagnostics.get(1).getMessage().startsWith("loaded without its foreign key to \"public.regions\""),
                    diagnostics.toString());
            try (Statement s = conn.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT string_agg(c.relname || '.' || a.attname || ':' || format_type(a.atttypid, a.atttypmod)"
                                    + " || ':' || a.attnotnull, ' ' ORDER BY c.relname, a.attnum)"
                                    + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                                    + " WHERE c.relname IN ('customers', 'charges') AND a.attnum > 0")) {
                assertTrue(rs.next());
                assertEquals(
                        "charges.id:bigint:true charges.customer_id:bigint:false charges.amount:numeric(12,2):true"
                                + " customers.id:bigint:true customers.user_email:character varying(255):true"
                                + " customers.region_id:integer:false",
                        rs.getString(1));
            }
        }
        // a table that fails for another reason too keeps its first error
        try (Connection conn = fresh()) {
            List<Diagnostic> diagnostics =
                    SchemaLoader.load(conn, "CREATE TABLE t (id int REFERENCES users (id), v nosuchtype);");
            assertEquals(1, diagnostics.size(), diagnostics.toString());
            assertEquals(Diagnostic.Severity.ERROR, diagnostics.get(0).getSeverity());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE TABLE t (a int REFERENCES users)|CREATE TABLE t (a int                 )",
                "CREATE TABLE t (a int, FOREIGN KEY (a) REFERENCES users (id))|CREATE TABLE t (a int                                       )",
                "CREATE TABLE t (FOREIGN KEY (a) REFERENCES users, a int)|CREATE TABLE t (                                 a int)",
                "CREATE TABLE t (a int CONSTRAINT f REFERENCES auth.users MATCH FULL ON DELETE NO ACTION NOT NULL)"
                        + "|CREATE TABLE t (a int                                                             NOT NULL)",
            })
    void blanksForeignKeysToOneTableKeepingPlaces(String pair) {
        String[] p = pair.split("\\|");
        String without = ForeignKeys.withoutReferencesTo(p[0], p[0].contains("auth.") ? "auth.users" : "users")
                .orElseThrow();
        assertEquals(p[0].length(), without.length(), "places kept");
        assertEquals(p[1].replaceAll(" +", " "), without.replaceAll(" +", " "));
    }

    @Test
    void anIndexThatCouldNotBeMadeIsDroppedWithAWarningAndTheSchemaLoads() throws Exception {
        // stash-box: a ParadeDB bm25 index is skipped (no such access method here), and a later
        // migration drops it to make it again; the DROP failed with "index ... does not exist"
        String schema = "CREATE TABLE p (id int PRIMARY KEY, name text);\n"
                + "CREATE INDEX p_search ON p USING bm25 (id, name);\n"
                + "DROP INDEX p_search;\n"
                + "CREATE INDEX p_search ON p USING bm25 (id, name);\n"
                + "ALTER TABLE p ADD COLUMN alias text;";
        try (Connection conn = fresh()) {
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, schema);
            assertEquals(3, diagnostics.size(), diagnostics.toString());
            for (Diagnostic d : diagnostics) {
                assertEquals(Diagnostic.Severity.WARNING, d.getSeverity(), diagnostics.toString());
            }
            assertEquals(3, diagnostics.get(1).getLine());
            assertTrue(
                    diagnostics.get(1).getMessage().startsWith("skipped: index \"p_search\" does not exist"),
                    diagnostics.toString());
            try (Statement s = conn.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.columns"
                            + " WHERE table_name = 'p' AND column_name = 'alias'")) {
                assertTrue(rs.next() && rs.getInt(1) == 1, "the statements after the DROP ran");
            }
        }
    }

    @Test
    void aCreateOnANameMadeLaterLoadsAfterTheRestWithAWarning() throws Exception {
        // a schema folder read in file-name order: histories.sql names a type and a table that
        // types.sql and users.sql make; its ALTER waits for its CREATE, and only the CREATE warns
        String schema = "CREATE TABLE histories (username text REFERENCES users (username), kind post_type NOT NULL);\n"
                + "ALTER TABLE histories ADD COLUMN seen boolean NOT NULL DEFAULT false;\n"
                + "CREATE INDEX histories_kind ON histories (kind);\n"
                + "CREATE TYPE post_type AS ENUM ('a', 'b');\n"
                + "CREATE TABLE users (username text PRIMARY KEY);";
        try (Connection conn = fresh()) {
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, schema);
            assertEquals(1, diagnostics.size(), diagnostics.toString());
            Diagnostic warning = diagnostics.get(0);
            assertEquals(Diagnostic.Severity.WARNING, warning.getSeverity());
            assertEquals(1, warning.getLine());
            assertTrue(
                    warning.getMessage().startsWith("loaded after the statements that follow it")
                            && warning.getMessage().contains("type \"post_type\" does not exist"),
                    warning.getMessage());
            assertEquals(List.of("histories", "histories_kind", "users", "users_pkey"), tables(conn));
        }
    }

    @Test
    void aNameNothingMakesIsStillTheErrorAtItsPlaceAndDropIsNotDeferred() throws Exception {
        String schema = "CREATE TABLE a (id int);\nCREATE TABLE b (v no_such_type);\nCREATE TABLE c (id int);";
        try (Connection conn = fresh()) {
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, schema);
            assertEquals(1, diagnostics.size(), diagnostics.toString());
            assertEquals(Diagnostic.Severity.ERROR, diagnostics.get(0).getSeverity());
            assertEquals(2, diagnostics.get(0).getLine());
            assertTrue(diagnostics.get(0).getMessage().contains("\"no_such_type\" does not exist"));
        }
        // a DROP of what a later statement makes fails in place, as on a real server
        String drop = "DROP TABLE later;\nCREATE TABLE later (id int);";
        try (Connection conn = fresh()) {
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, drop);
            assertEquals(1, diagnostics.size(), diagnostics.toString());
            assertEquals(1, diagnostics.get(0).getLine());
            assertEquals(List.of(), tables(conn));
        }
        // an error after a deferred statement that still fails: the deferred one is the first error
        String both = "CREATE TABLE x (v no_such_type);\nCREATE TABLE y (id int);\nSELECT 1/0;";
        try (Connection conn = fresh()) {
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, both);
            assertEquals(1, diagnostics.size(), diagnostics.toString());
            assertEquals(1, diagnostics.get(0).getLine());
        }
    }

    @Test
    void anEnumValueAddedAndUsedInTheSameTransactionAsItsTypeLoadsAsOneByOne() throws Exception {
        // a value added to an enum may not be used in its transaction unless the type is new there
        String schema = "CREATE TYPE mood AS ENUM ('sad');\nALTER TYPE mood ADD VALUE 'happy';\n"
                + "CREATE TABLE m (id int, v mood DEFAULT 'happy');\nCREATE VIEW happy AS SELECT * FROM m WHERE v = 'happy';";
        try (Connection one = fresh();
                Connection each = fresh()) {
            assertTrue(SchemaLoader.loadedInOneTransaction(one, schema, SchemaLoader.statements(schema)));
            assertEquals(List.of(), SchemaLoader.load(each, schema + "\nSET search_path = public"));
            assertEquals(List.of("happy", "m"), tables(one));
            assertEquals(tables(each), tables(one));
        }
    }

    /** Rows of a query, each row's columns joined with ",". */
    private static List<String> rows(Connection conn, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    row.add(rs.getString(c));
                }
                rows.add(String.join(",", row));
            }
        }
        return rows;
    }

    /**
     * A goose or golang-migrate migration runs in one transaction: a temporary table {@code ON
     * COMMIT DROP} lives until its end, and the backfill after it reads it. A later migration may
     * make one of the same name; none is left for the queries.
     */
    @Test
    void aTemporaryTableDroppedOnCommitLivesUntilTheEndOfItsMigration() throws Exception {
        String schema = "CREATE TABLE step (id int, stage text);\n"
                + "CREATE TABLE run_step (id int, ordinal int);\n"
                + "INSERT INTO step VALUES (1, 'plan'), (2, 'review');\n"
                + "CREATE TEMPORARY TABLE step_map ON COMMIT DROP AS\n"
                + "  SELECT id, row_number() OVER (ORDER BY id)::int AS ordinal FROM step;\n"
                + "INSERT INTO run_step SELECT id, ordinal FROM step_map;\n"
                + "DO $$ BEGIN IF (SELECT count(*) FROM step_map) <> 2 THEN RAISE EXCEPTION 'lost'; END IF; END $$;\n"
                + "ALTER TABLE run_step ADD COLUMN note text;\n"
                // the next migration's table of the same name, with its own columns
                + "create temp table if not exists \"STEP_MAP\" (x int) on commit drop;\n"
                + "CREATE GLOBAL TEMP TABLE pg_temp.step_map (id int, stage text) ON COMMIT DROP;\n"
                + "INSERT INTO step_map VALUES (3, 'implement');\n"
                + "INSERT INTO run_step (id, ordinal) SELECT id, 9 FROM step_map;";
        try (Connection conn = fresh()) {
            assertEquals(List.of(), SchemaLoader.load(conn, schema));
            assertEquals(List.of("1,1,null", "2,2,null", "3,9,null"), rows(conn, "SELECT * FROM run_step ORDER BY id"));
            assertEquals(
                    List.of(),
                    rows(conn, "SELECT relname FROM pg_class WHERE relnamespace = pg_my_temp_schema()"),
                    "no temporary table is left for the queries");
        }
        // an error after the rewritten words is placed in the statement as the user wrote it
        String bad = "CREATE TEMP TABLE m ON COMMIT DROP AS SELECT nope FROM pg_class;";
        try (Connection conn = fresh()) {
            List<Diagnostic> diagnostics = SchemaLoader.load(conn, bad);
            assertEquals(1, diagnostics.size(), diagnostics.toString());
            assertEquals(bad.indexOf("nope") + 1, diagnostics.get(0).getColumn(), diagnostics.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE TEMP TABLE t AS SELECT 'on commit drop' AS x",
                "CREATE TABLE t (id int)",
                "CREATE TEMP TABLE t (id int) ON COMMIT DELETE ROWS",
                "CREATE TEMP VIEW v AS SELECT 1",
            })
    void onlyATemporaryTableDroppedOnCommitIsRewritten(String statement) {
        assertTrue(SchemaLoader.TempTable.onCommitDrop(statement).isEmpty(), statement);
    }
}
