package io.sqlj.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.sdk.EngineHarness;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.ConnectionParams;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which result columns the engine reports NOT NULL, case by case, and a check that every
 * column it calls NOT NULL really has a value on data made to hold NULLs wherever it can. One
 * server for the class: it holds schema and data, and the engine reads it as a live database.
 */
class NullabilityTest {
    static final String SCHEMA = """
      CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL, bio text, born date);
      CREATE TABLE books (
        id bigint PRIMARY KEY,
        author_id bigint REFERENCES authors (id),
        title text NOT NULL,
        price numeric NOT NULL,
        pages int,
        isbn text
      );
      CREATE VIEW book_titles AS SELECT id, author_id, title, pages FROM books;
      CREATE VIEW titled AS
        SELECT b.title, b.title || '!' AS loud, b.pages + 1 AS next_page, a.name
        FROM book_titles b LEFT JOIN authors a ON a.id = b.author_id;
      CREATE VIEW book_counts AS SELECT author_id, count(*) AS n FROM books GROUP BY author_id;
      CREATE VIEW labels AS SELECT name AS label FROM authors UNION ALL SELECT title FROM books;
      CREATE FUNCTION nothing(text, text) RETURNS text LANGUAGE sql AS 'SELECT NULL::text';
      CREATE OPERATOR + (LEFTARG = text, RIGHTARG = text, FUNCTION = nothing);
      CREATE FUNCTION lower(int) RETURNS int LANGUAGE sql AS 'SELECT NULL::int';
      """;
    static final String DATA = """
      INSERT INTO authors VALUES (1, 'Ann', NULL, NULL), (2, 'Bob', 'writes', '1990-01-01'), (3, 'Cy', NULL, '2001-02-03');
      INSERT INTO books VALUES (1, 1, 'One', 10, NULL, NULL), (2, NULL, 'Orphan', 5, 100, '978'), (3, 2, 'Three', 7, 50, NULL);
      """;

    /** Query name → SQL and the expected columns: name, with '?' when nullable. */
    static final Map<String, String[]> CASES = new LinkedHashMap<>();

    static final Map<String, ParseResponse> ANSWERS = new LinkedHashMap<>();
    static EmbeddedPostgres server;

    static void add(String name, String sql, String expected) {
        CASES.put(name, new String[] {sql, expected});
    }

    static {
        add(
                "aggregates",
                "SELECT count(*) AS a, count(bio) AS b, count(*) FILTER (WHERE born IS NULL) AS c,"
                        + " sum(id) AS s, max(name) AS mx, min(id) AS mn, avg(id) AS av, array_agg(name) AS ag FROM authors",
                "a b c s? mx? mn? av? ag?");
        add(
                "aggregatesGrouped",
                "SELECT bio, count(*) AS n, max(name) AS top FROM authors GROUP BY bio",
                "bio? n top?");
        add(
                "scalarSubqueries",
                "SELECT (SELECT count(*) FROM books) AS n,"
                        + " (SELECT count(*) FROM books b WHERE b.author_id = a.id) AS mine,"
                        + " (SELECT count(*) FILTER (WHERE pages > 60) FROM books) AS long_ones,"
                        + " (SELECT max(price) FROM books) AS top, (SELECT title FROM books ORDER BY id LIMIT 1) AS first,"
                        + " (SELECT count(*) FROM books WHERE author_id = a.id GROUP BY author_id) AS grouped,"
                        + " (SELECT count(*) FROM books HAVING count(*) > 5) AS having_,"
                        + " (SELECT 1) AS one, (SELECT 1 WHERE a.id > 1) AS maybe,"
                        + " EXISTS (SELECT 1 FROM books) AS some, NOT EXISTS (SELECT 1 FROM books WHERE pages > 1) AS none,"
                        + " ARRAY(SELECT title FROM books) AS titles, a.id IN (SELECT author_id FROM books) AS wrote"
                        + " FROM authors a",
                "n mine long_ones top? first? grouped? having_? one maybe? some none titles wrote?");
        add(
                "unionAll",
                "SELECT id, name, bio FROM authors UNION ALL SELECT id, title, isbn FROM books",
                "id name bio?");
        add("unionNull", "SELECT id FROM authors UNION SELECT NULL::bigint", "id?");
        add("unionThree", "SELECT name FROM authors UNION SELECT title FROM books UNION ALL SELECT 'x'", "name");
        add("intersect", "SELECT bio FROM authors INTERSECT SELECT title FROM books", "bio");
        add("exceptRight", "SELECT bio FROM authors EXCEPT SELECT title FROM books", "bio?");
        add("exceptLeft", "SELECT title FROM books EXCEPT SELECT bio FROM authors", "title");
        add("view", "SELECT id, author_id, title, pages FROM book_titles", "id author_id? title pages?");
        add(
                "nestedViewOverOuterJoin",
                "SELECT title, loud, next_page, name FROM titled",
                "title loud next_page? name?");
        add("viewOfCount", "SELECT author_id, n FROM book_counts", "author_id? n");
        add("viewOfUnion", "SELECT label FROM labels", "label");
        add(
                "viewOnNullableSide",
                "SELECT a.name, t.title FROM authors a LEFT JOIN book_titles t ON t.author_id = a.id",
                "name title?");
        add("cte", "WITH t AS (SELECT id, title, pages FROM books) SELECT id, title, pages FROM t", "id title pages?");
        add(
                "cteOnNullableSide",
                "WITH c AS (SELECT author_id, count(*) AS n FROM books GROUP BY author_id)"
                        + " SELECT a.name, c.n FROM authors a LEFT JOIN c ON c.author_id = a.id",
                "name n?");
        add(
                "recursive",
                "WITH RECURSIVE r(n, label, parent) AS (SELECT 1, 'root'::text, NULL::int"
                        + " UNION ALL SELECT n + 1, label || '.', n FROM r WHERE n < 4) SELECT n, label, parent FROM r",
                "n label parent?");
        add(
                "recursiveNulls",
                "WITH RECURSIVE r(n, x) AS (SELECT 1, 1 UNION ALL SELECT n + 1, nullif(x, 1) FROM r"
                        + " WHERE n < 3) SELECT n, x FROM r",
                "n x?");
        add(
                "recursiveWalk",
                "WITH RECURSIVE chain(id, name) AS (SELECT id, name FROM authors WHERE id = 1"
                        + " UNION ALL SELECT a.id, a.name FROM authors a JOIN chain c ON a.id = c.id + 1) SELECT id, name FROM chain",
                "id name");
        add(
                "fromSubquery",
                "SELECT s.id, s.total, s.pages FROM (SELECT id, price * 2 AS total, pages FROM books) s",
                "id total pages?");
        add(
                "lateral",
                "SELECT a.name, l.n FROM authors a CROSS JOIN LATERAL"
                        + " (SELECT count(*) AS n FROM books b WHERE b.author_id = a.id) l",
                "name n");
        add(
                "leftLateral",
                "SELECT a.name, l.title FROM authors a LEFT JOIN LATERAL"
                        + " (SELECT title FROM books b WHERE b.author_id = a.id) l ON true",
                "name title?");
        add("values", "SELECT v.x, v.y FROM (VALUES (1, 'a'), (2, NULL)) v(x, y)", "x y?");
        add(
                "expressions",
                "SELECT coalesce(bio, 'none') AS a, coalesce(bio, born::text) AS b, coalesce(bio, name) AS c,"
                        + " id::text AS d, CAST(id AS int) AS e, bio::text AS f, id + 1 AS g, name || '!' AS h, name || bio AS i,"
                        + " CASE WHEN bio IS NULL THEN 'x' ELSE name END AS j, CASE WHEN bio IS NULL THEN 'x' END AS k,"
                        + " CASE WHEN born IS NULL THEN 'x' ELSE bio END AS l, 42 AS m, 'lit' AS n, NULL::text AS o,"
                        + " now() AS p, CURRENT_TIMESTAMP AS q, current_date AS r, lower(name) AS s, lower(bio) AS t,"
                        + " bio IS NULL AS u, id = 3 AS v, born > '2000-01-01' AS w, greatest(born, NULL) AS x,"
                        + " nullif(name, 'x') AS y, -id AS z, name + name AS plus, lower(1) AS shadowed,"
                        + " id::numeric(10, 2) AS cast_typmod, name::varchar(2) AS short, ARRAY[bio] AS arr,"
                        + " bio IS DISTINCT FROM name AS distinct_, NOT (id > 1 AND name <> '') AS logic, current_user AS usr,"
                        + " concat(bio, born) AS cat, to_char(born, 'YYYY') AS tc, date_part('year', now()) AS dp,"
                        + " upper('[1,)'::int8range) AS open_end, lower('(,1)'::numrange) AS open_start,"
                        + " random(1, id::int) AS rnd, length(name) AS len, current_catalog AS cc, current_schema AS cs,"
                        + " session_user AS su, localtimestamp(2) AS lt FROM authors",
                "a b? c d e f? g h i? j k? l? m n o? p q r s t? u v w? x? y? z plus? shadowed? cast_typmod short arr"
                        + " distinct_ logic usr cat tc? dp? open_end? open_start? rnd len cc cs? su lt");
        add(
                "windows",
                "SELECT row_number() OVER () AS rn, rank() OVER (ORDER BY name) AS rk, count(*) OVER () AS c,"
                        + " lag(name) OVER (ORDER BY id) AS prev, sum(id) OVER () AS s, ntile(2) OVER () AS t FROM authors",
                "rn rk c prev? s? t");
        add(
                "leftJoin",
                "SELECT a.name, b.title, coalesce(b.title, a.name) AS t FROM authors a"
                        + " LEFT JOIN books b ON b.author_id = a.id",
                "name title? t");
        add(
                "rightJoin",
                "SELECT a.name, b.title FROM authors a RIGHT JOIN books b ON b.author_id = a.id",
                "name? title");
        add(
                "fullJoin",
                "SELECT a.name, b.title FROM authors a FULL JOIN books b ON b.author_id = a.id",
                "name? title?");
        add("usingLeft", "SELECT id, name, title FROM authors LEFT JOIN books USING (id)", "id name title?");
        add(
                "chain",
                "SELECT a.name, b.title, c.name AS other FROM authors a JOIN books b ON b.author_id = a.id"
                        + " LEFT JOIN authors c ON c.id = b.pages",
                "name title other?");
        add("rollup", "SELECT title, count(*) AS n FROM books GROUP BY ROLLUP (title)", "title? n");
        add("setReturning", "SELECT id, generate_series(1, 2) AS g FROM authors", "id g?");
        add("parameters", "SELECT $1::text AS p, coalesce($2::text, 'x') AS q, $3::int + 1 AS r", "p? q r?");
        add(
                "insertReturning",
                "INSERT INTO books (id, author_id, title, price) VALUES (9, NULL, 'New', 1)"
                        + " RETURNING id, title, pages, price * 2 AS doubled",
                "id title pages? doubled");
        add("updateReturning", "UPDATE books SET pages = pages + 1 RETURNING id, isbn, pages", "id isbn? pages?");
        add("deleteReturning", "DELETE FROM books WHERE id = 3 RETURNING title, author_id", "title author_id?");
        add(
                "cteOfInsert",
                "WITH ins AS (INSERT INTO authors (id, name) VALUES (8, 'Eve') RETURNING id, name, bio)"
                        + " SELECT id, name, bio FROM ins",
                "id name bio?");
        add("systemColumns", "SELECT ctid, tableoid, xmin FROM books", "ctid tableoid xmin");
    }

    @BeforeAll
    static void resolveAll() throws Exception {
        server = EmbeddedPostgres.start();
        try (Connection c = server.connect("postgres");
                Statement s = c.createStatement()) {
            s.execute(SCHEMA);
            s.execute(DATA);
            s.execute("CREATE ROLE reader LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader");
            // The private server admits only the OS user, as postgres; let it in as reader too.
            admit(s, "reader");
        }
        String uri = server.jdbcUrl("postgres") + "&user=" + EmbeddedPostgres.USER;
        BatchParseRequest.Builder batch = BatchParseRequest.newBuilder()
                .setConnectionParams(ConnectionParams.newBuilder().setDsn(uri));
        CASES.values().forEach(c -> batch.addRequests(ParseRequest.newBuilder().setSql(c[0])));
        BatchParseResponse answer = new EngineHarness(new PostgresEngine()).parseBatch(batch.build());
        int i = 0;
        for (String key : CASES.keySet()) {
            ANSWERS.put(key, answer.getResponses(i++));
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static String columns(ParseResponse r) {
        return r.getColumnsList().stream()
                .map(c -> c.getName() + (c.getNullable() ? "?" : ""))
                .collect(Collectors.joining(" "));
    }

    @Test
    void everyCaseReportsTheExpectedNullability() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String[]> e : CASES.entrySet()) {
            ParseResponse r = ANSWERS.get(e.getKey());
            assertEquals(List.of(), r.getDiagnosticsList(), e.getKey());
            String got = columns(r);
            if (!got.equals(e.getValue()[1])) {
                wrong.add(e.getKey() + ":\n  expected " + e.getValue()[1] + "\n  got      " + got);
            }
        }
        assertEquals("", String.join("\n", wrong));
    }

    private static void admit(Statement s, String role) throws Exception {
        java.nio.file.Path hba = java.nio.file.Path.of(setting(s, "hba_file"));
        java.nio.file.Path ident = java.nio.file.Path.of(setting(s, "ident_file"));
        java.nio.file.Files.writeString(
                hba, "local all " + role + " peer map=sqlj\n", java.nio.file.StandardOpenOption.APPEND);
        java.nio.file.Files.writeString(
                ident,
                "sqlj " + System.getProperty("user.name") + " " + role + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        s.execute("SELECT pg_reload_conf()");
        Thread.sleep(200);
    }

    private static String setting(Statement s, String name) throws Exception {
        try (var rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * A user who may not keep the trees out of the server's log gets none: the SQL-text rules
     * answer instead, cautious but still never wrong in the unsafe direction.
     */
    @Test
    void withoutTheServersTreeTheTextRulesAnswer() {
        String uri = server.jdbcUrl("postgres") + "&user=reader";
        BatchParseRequest batch = BatchParseRequest.newBuilder()
                .setConnectionParams(ConnectionParams.newBuilder().setDsn(uri))
                .addRequests(ParseRequest.newBuilder().setSql(CASES.get("scalarSubqueries")[0]))
                .addRequests(ParseRequest.newBuilder().setSql(CASES.get("leftJoin")[0]))
                .addRequests(ParseRequest.newBuilder().setSql(CASES.get("unionAll")[0]))
                .addRequests(ParseRequest.newBuilder().setSql(CASES.get("aggregates")[0]))
                .addRequests(
                        ParseRequest.newBuilder()
                                .setSql(
                                        "SELECT (SELECT count(*) OVER () FROM books LIMIT 1) AS w,"
                                                + " (SELECT count(*) FROM books) + 1 AS plus, (SELECT count(*) AS n FROM books b) AS aliased"))
                .build();
        BatchParseResponse out = new EngineHarness(new PostgresEngine()).parseBatch(batch);
        assertEquals(
                "n mine long_ones top? first? grouped? having_? one? maybe? some none? titles? wrote?",
                columns(out.getResponses(0)));
        assertEquals("name title? t?", columns(out.getResponses(1)));
        assertEquals("id? name? bio?", columns(out.getResponses(2)));
        assertEquals("a b c s? mx? mn? av? ag?", columns(out.getResponses(3)));
        assertEquals("w? plus? aliased", columns(out.getResponses(4)));
    }

    /** Runs every query on the data (writes rolled back) and looks for a NULL in a column called NOT NULL. */
    @Test
    void noColumnCalledNotNullEverReadsNull() throws Exception {
        List<String> unsafe = new ArrayList<>();
        int rows = 0;
        try (Connection c = server.connect("postgres")) {
            c.setAutoCommit(false);
            for (Map.Entry<String, ParseResponse> e : ANSWERS.entrySet()) {
                ParseResponse r = e.getValue();
                try (PreparedStatement ps = c.prepareStatement(r.getSql())) {
                    for (int p = 1; p <= r.getParametersCount(); p++) {
                        ps.setNull(p, Types.NULL);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                            for (int k = 1; k <= r.getColumnsCount(); k++) {
                                Column col = r.getColumns(k - 1);
                                if (rs.getObject(k) == null && !col.getNullable()) {
                                    unsafe.add(e.getKey() + "." + col.getName());
                                }
                            }
                        }
                    }
                } finally {
                    c.rollback();
                }
            }
        }
        assertEquals(List.of(), unsafe.stream().distinct().toList());
        assertTrue(rows > 100, "the data gives every query rows to check: " + rows);
    }
}
