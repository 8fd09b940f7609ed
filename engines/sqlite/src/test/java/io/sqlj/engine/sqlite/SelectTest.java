package io.sqlj.engine.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SelectTest extends EngineTestSupport {

    private ParseResponse ok(String sql) {
        ParseResponse r = parse(sql);
        assertEquals("", diags(r), "diagnostics for " + sql);
        return r;
    }

    @Test
    void plainColumnsTakeDeclaredTypesAndNotNull() {
        ParseResponse r = ok("SELECT id, name, bio, born, code FROM authors WHERE id = ?");
        assertEquals(
                "id:INTEGER/BIGINT name:TEXT/VARCHAR bio:TEXT/VARCHAR? born:DATE/DATE? code:VARCHAR(20)/VARCHAR",
                columns(r));
        assertEquals("authors", r.getColumns(0).getTableName());
        assertEquals("id#1:BIGINT", params(r));
        assertEquals("SELECT id, name, bio, born, code FROM authors WHERE id = ?", r.getSql());
    }

    @Test
    void starExpandsEveryTable() {
        ParseResponse r = ok("SELECT * FROM books");
        assertEquals(
                "id:INTEGER/BIGINT author_id:INTEGER/BIGINT title:TEXT/VARCHAR price:REAL/DOUBLE?"
                        + " rating:NUMERIC/NUMERIC? published:BOOLEAN/BOOLEAN added_at:TIMESTAMP/TIMESTAMP",
                columns(r));
    }

    @Test
    void innerJoinKeepsNotNull() {
        assertEquals(
                "name:TEXT/VARCHAR title:TEXT/VARCHAR",
                columns(ok("SELECT a.name, b.title FROM authors a JOIN books b ON b.author_id = a.id")));
    }

    @Test
    void leftJoinMakesTheRightSideNullable() {
        assertEquals(
                "name:TEXT/VARCHAR title:TEXT/VARCHAR?",
                columns(ok("SELECT a.name, b.title FROM authors a LEFT JOIN books b ON b.author_id = a.id")));
        assertEquals(
                "name:TEXT/VARCHAR title:TEXT/VARCHAR?",
                columns(ok("SELECT name, title FROM authors LEFT OUTER JOIN books ON books.author_id = authors.id")));
    }

    @Test
    void rightAndFullJoins() {
        assertEquals(
                "name:TEXT/VARCHAR? title:TEXT/VARCHAR",
                columns(ok("SELECT a.name, b.title FROM authors a RIGHT JOIN books b ON b.author_id = a.id")));
        assertEquals(
                "name:TEXT/VARCHAR? title:TEXT/VARCHAR?",
                columns(ok("SELECT a.name, b.title FROM authors a FULL OUTER JOIN books b ON b.author_id = a.id")));
    }

    @Test
    void aggregates() {
        ParseResponse r = ok("SELECT count(*) AS n, sum(b.author_id) AS s, total(price) AS t, avg(price) AS a,"
                + " max(title) AS m, group_concat(title) AS g FROM books b");
        assertEquals(
                "n:INTEGER/BIGINT s:INTEGER/BIGINT? t:REAL/DOUBLE a:REAL/DOUBLE? m:TEXT/VARCHAR? g:TEXT/VARCHAR?",
                columns(r));
    }

    @Test
    void expressions() {
        ParseResponse r =
                ok("SELECT 1 AS one, 2.5 AS half, 'x' AS s, coalesce(bio, name) AS c, coalesce(bio, NULL) AS c2,"
                        + " CAST(a.id AS TEXT) AS t, length(name) AS l, upper(bio) AS u, name || '!' AS e, a.id + 1 AS p,"
                        + " a.id * price AS m, a.id > 3 AS b, bio IS NULL AS isn, CASE WHEN a.id > 1 THEN 'a' ELSE 'b' END AS k,"
                        + " CASE WHEN a.id > 1 THEN 'a' END AS k2, (SELECT max(title) FROM books) AS sub, EXISTS (SELECT 1 FROM books) AS ex"
                        + " FROM authors a LEFT JOIN books ON 0");
        assertEquals(
                "one:INTEGER/BIGINT half:REAL/DOUBLE s:TEXT/VARCHAR c:TEXT/VARCHAR c2:TEXT/VARCHAR?"
                        + " t:TEXT/VARCHAR l:INTEGER/BIGINT u:TEXT/VARCHAR? e:TEXT/VARCHAR p:INTEGER/BIGINT m:REAL/DOUBLE?"
                        + " b:BOOLEAN/BOOLEAN isn:BOOLEAN/BOOLEAN k:TEXT/VARCHAR k2:TEXT/VARCHAR? sub:TEXT/VARCHAR? ex:BOOLEAN/BOOLEAN",
                columns(r));
    }

    @Test
    void aColumnNothingTypesIsAnObjectWithAWarning() {
        ParseResponse r =
                parse("SELECT json_extract(bio, '$.a') AS j, ? AS p, NULL AS n, bio ->> '$.b' AS k FROM authors");
        assertEquals("j:ANY/OTHER? p:ANY/OTHER? n:ANY/OTHER? k:ANY/OTHER?", columns(r));
        r.getColumnsList().forEach(c -> assertEquals("java.lang.Object", c.getJavaClass(), c.getName()));
        String warning = "warning: cannot infer the type of column \"%s\"; it is an Object (read with getObject)"
                + " until CAST(<expression> AS <type>) or an override {db_type: \"any\", java_type: <a Java type>}"
                + " gives it one";
        assertEquals(
                String.join(
                        "\n",
                        "1:8: " + warning.formatted("j"),
                        "1:39: " + warning.formatted("p"),
                        "1:47: " + warning.formatted("n"),
                        "1:58: " + warning.formatted("k"),
                        "1:39: warning: cannot infer the type of parameter ?1; write CAST(? AS TYPE) to give it one"
                                + " (until then it is an Object bound with setObject)"),
                diags(r));
        // A typed expression is no Object: CAST gives the type the warning asks for.
        assertEquals(
                "j:INTEGER/BIGINT?", columns(ok("SELECT CAST(json_extract(bio, '$.a') AS INTEGER) AS j FROM authors")));
    }

    @Test
    void columnsDeclaredWithoutATypeOrAnyHoldAnyValue() {
        ParseResponse r = engine.parse(ParseRequest.newBuilder()
                .setSql("SELECT * FROM repro WHERE id = ?")
                .setSchemaSql(
                        "CREATE TABLE repro (id, name, seq);" + " CREATE TABLE s (a ANY NOT NULL, b INTEGER) STRICT;")
                .build());
        assertEquals("", diags(r));
        assertEquals("id:ANY/OTHER? name:ANY/OTHER? seq:ANY/OTHER?", columns(r));
        assertEquals("java.lang.Object", r.getParameters(0).getJavaClass());
        assertEquals("id#1:OTHER", params(r));
        var tables = r.getCatalog().getTablesList();
        assertEquals(
                "a:ANY/OTHER b:INTEGER/BIGINT?",
                tables.get(1).getColumnsList().stream()
                        .map(EngineTestSupport::column)
                        .collect(Collectors.joining(" ")));
        assertEquals("java.lang.Object", tables.get(1).getColumns(0).getJavaClass());
        assertEquals("", tables.get(1).getColumns(1).getJavaClass());
    }

    @Test
    void aSingleColumnPrimaryKeyIsNotNullAsInSqlc() {
        ParseResponse r = engine.parse(ParseRequest.newBuilder()
                .setSql("SELECT * FROM t, c, w")
                .setSchemaSql("CREATE TABLE t (id INT PRIMARY KEY, code TEXT);"
                        + " CREATE TABLE c (a INT, b TEXT, PRIMARY KEY (a, b));"
                        + " CREATE TABLE w (a INT, b TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID;")
                .build());
        assertEquals("", diags(r));
        // a composite key of a rowid table may hold NULL (SQLite's old bug, kept by sqlc too); WITHOUT ROWID may not
        assertEquals(
                "id:INT/BIGINT code:TEXT/VARCHAR? a:INT/BIGINT? b:TEXT/VARCHAR? a:INT/BIGINT b:TEXT/VARCHAR",
                columns(r));
    }

    @Test
    void fullTextTablesHoldTextAndTheirFunctionsAreTyped() {
        ParseResponse r = engine.parse(ParseRequest.newBuilder()
                .setSql(
                        "SELECT b, c, highlight(ft, 0, '<b>', '</b>') AS h, snippet(ft, 0, '<b>', '</b>', '...', ?) AS s,"
                                + " bm25(ft, 2.0) AS score FROM ft WHERE ft MATCH ? ORDER BY bm25(ft)")
                .setSchemaSql("CREATE VIRTUAL TABLE ft USING fts5(b, c UNINDEXED, tokenize = 'porter');"
                        + " CREATE VIRTUAL TABLE f4 USING fts4(x);")
                .build());
        assertEquals("", diags(r));
        assertEquals("b:TEXT/VARCHAR? c:TEXT/VARCHAR? h:TEXT/VARCHAR? s:TEXT/VARCHAR? score:REAL/DOUBLE", columns(r));
        assertEquals("#1:BIGINT ft#2:VARCHAR", params(r));
    }

    @Test
    void shadowTablesOfVirtualTablesGetNoModelButCanBeRead() {
        ParseResponse r = engine.parse(ParseRequest.newBuilder()
                .setSql("SELECT id, block FROM ft_data")
                .setSchemaSql("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                        + " CREATE VIRTUAL TABLE ft USING fts5(b, c UNINDEXED);"
                        + " CREATE VIRTUAL TABLE f4 USING fts4(x);"
                        + " CREATE VIRTUAL TABLE f3 USING fts3(y);"
                        + " CREATE VIRTUAL TABLE places USING rtree(id, min_x, max_x);"
                        // a table whose name only looks like a shadow table's keeps its model
                        + " CREATE TABLE ft_notes (id INTEGER PRIMARY KEY);")
                .build());
        assertEquals("", diags(r));
        assertEquals("id:INTEGER/BIGINT block:BLOB/BLOB?", columns(r));
        assertEquals(
                "f3 f4 ft ft_notes notes places",
                r.getCatalog().getTablesList().stream()
                        .map(io.sqlj.engine.v1.Table::getName)
                        .collect(Collectors.joining(" ")));
        assertEquals(
                "id:INT/BIGINT? min_x:REAL/DOUBLE? max_x:REAL/DOUBLE?",
                r.getCatalog().getTables(5).getColumnsList().stream()
                        .map(EngineTestSupport::column)
                        .collect(Collectors.joining(" ")));
    }

    @Test
    void numericAffinityNamesWithoutAJavaTypeHoldAnyValueWithOneWarningPerType() {
        String schema = "CREATE TABLE prices (id INTEGER PRIMARY KEY, amount MONEY NOT NULL, fee money);\n"
                + "CREATE TABLE hosts (id INTEGER PRIMARY KEY, addr INET);\n"
                + "ALTER TABLE hosts ADD COLUMN budget MONEY;\n";
        ParseResponse r = engine.parse(ParseRequest.newBuilder()
                .setSql("SELECT amount, fee, addr FROM prices, hosts WHERE amount > ? AND addr = ?")
                .setSchemaSql(schema)
                .build());
        assertEquals(
                "1:53: warning: column type \"MONEY\" (hosts.budget, prices.amount, prices.fee) has NUMERIC affinity"
                        + " and no Java type: SQLite stores integers, reals, text and blobs there, so its values are"
                        + " Objects (read with getObject, bound with setObject) until CAST(<column> AS <type>) in a"
                        + " query or an override {db_type: \"money\", java_type: <a Java type>} gives them one\n"
                        + "2:50: warning: column type \"INET\" (hosts.addr) has NUMERIC affinity and no Java type:"
                        + " SQLite stores integers, reals, text and blobs there, so its values are Objects (read with"
                        + " getObject, bound with setObject) until CAST(<column> AS <type>) in a query or an override"
                        + " {db_type: \"inet\", java_type: <a Java type>} gives them one",
                diags(r));
        r.getDiagnosticsList().forEach(d -> assertEquals(true, d.getInSchema()));
        assertEquals("amount:MONEY/OTHER fee:MONEY/OTHER? addr:INET/OTHER?", columns(r));
        r.getColumnsList().forEach(c -> assertEquals("java.lang.Object", c.getJavaClass()));
        assertEquals("amount#1:OTHER addr#2:OTHER", params(r));
        r.getParametersList().forEach(p -> assertEquals("java.lang.Object", p.getJavaClass()));
        assertEquals(
                "java.lang.Object", r.getCatalog().getTables(1).getColumns(1).getJavaClass());
    }

    @Test
    void mathFunctionsAreReal() {
        assertEquals(
                "a:REAL/DOUBLE b:REAL/DOUBLE c:REAL/DOUBLE?",
                columns(ok("SELECT acosh(2.0) AS a, mod(7, 2) AS b, tanh(price) AS c FROM books")));
    }

    @Test
    void subqueriesAndCtes() {
        ParseResponse r = ok("WITH t AS (SELECT author_id, count(*) AS n FROM books GROUP BY author_id)"
                + " SELECT a.name, t.n FROM authors a LEFT JOIN t ON t.author_id = a.id");
        assertEquals("name:TEXT/VARCHAR n:INTEGER/BIGINT?", columns(r));
        ParseResponse s = ok("SELECT x.title FROM (SELECT title FROM books WHERE price > ?) AS x");
        assertEquals("title:TEXT/VARCHAR", columns(s));
        assertEquals("price#1:DOUBLE", params(s));
    }

    @Test
    void unionMergesNullability() {
        assertEquals("name:TEXT/VARCHAR?", columns(ok("SELECT name FROM authors UNION SELECT bio FROM authors")));
    }

    @Test
    void embedMarksColumns() {
        ParseResponse r =
                ok("SELECT sqlj.embed(authors), books.title FROM authors JOIN books ON books.author_id = authors.id");
        assertEquals("authors", r.getColumns(0).getEmbedTable());
        assertEquals("authors", r.getColumns(4).getEmbedTable());
        assertEquals("", r.getColumns(5).getEmbedTable());
        assertEquals(6, r.getColumnsCount());
    }

    @Test
    void embedOfAnAliasNamesTheTable() {
        ParseResponse r = ok("SELECT sqlj.embed(a), b.title FROM authors a JOIN books b ON b.author_id = a.id");
        assertEquals("authors", r.getColumns(0).getEmbedTable());
        assertEquals("authors", r.getColumns(4).getEmbedTable());
        assertEquals("SELECT a.*, b.title FROM authors a JOIN books b ON b.author_id = a.id", r.getSql());
    }

    @Test
    void multiLineQueryAndTrailingSemicolon() {
        ParseResponse r = ok("SELECT id,\n       name\n  FROM authors\n WHERE name = ?;\n");
        assertEquals("SELECT id,\n       name\n  FROM authors\n WHERE name = ?", r.getSql());
        assertEquals("name#1:VARCHAR", params(r));
    }
}
