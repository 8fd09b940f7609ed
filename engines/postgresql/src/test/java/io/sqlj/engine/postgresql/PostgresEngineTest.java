package io.sqlj.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.sdk.EngineHarness;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.engine.v1.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every query of this class is resolved in one batch, so against one server start. */
class PostgresEngineTest {
    static final String SCHEMA = """
      CREATE TYPE mood AS ENUM ('happy', 'so-so', 'sad');
      CREATE DOMAIN positive AS int4 CHECK (VALUE > 0);
      CREATE DOMAIN email AS text NOT NULL;
      CREATE TABLE authors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        bio text,
        born date,
        mood mood NOT NULL DEFAULT 'happy',
        tags text[] NOT NULL DEFAULT '{}',
        grid int4[][],
        meta jsonb,
        rating numeric(4, 2),
        rank positive,
        mail email,
        created timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE books (
        id bigserial PRIMARY KEY,
        author_id uuid REFERENCES authors (id),
        title varchar(200) NOT NULL,
        price numeric NOT NULL,
        pages int2
      );
      CREATE VIEW titles AS SELECT id, title FROM books;
      CREATE TYPE unused AS ENUM ('x');
      CREATE SCHEMA audit;
      CREATE TYPE audit.level AS ENUM ('low', 'high');
      CREATE TABLE audit.events (id int8 NOT NULL, level audit.level);
      """;
    /** Tables for type facts and generated keys, only in this class's batch. */
    static final String MORE = """
      CREATE TABLE notes (body text NOT NULL, id bigint GENERATED ALWAYS AS IDENTITY);
      CREATE TABLE pairs (a int4, b int4, PRIMARY KEY (a, b));
      CREATE TYPE pair AS (x int4, y text);
      CREATE TABLE odd (i interval, n inet, m money, r int4range, p point, c pair, x xml,
                        ts timestamptz[], w text[][], v varbit, l pg_lsn, rc regclass);
      CREATE TYPE nest AS (p pair, m mood, tags text[], d positive, gone int4);
      ALTER TYPE nest DROP ATTRIBUTE gone;
      CREATE TABLE comp (n nest, ns nest[]);
      """;

    static final Map<String, String> QUERIES = new LinkedHashMap<>();
    static final Map<String, ParseResponse> ANSWERS = new LinkedHashMap<>();
    static Catalog catalog;

    static {
        QUERIES.put("odd", "SELECT * FROM odd WHERE i = @i AND w = @w::text[][] AND r @> @k");
        QUERIES.put("composite", "SELECT n, ns FROM comp WHERE n = @n");
        QUERIES.put("insertNote", "INSERT INTO notes (body) VALUES ($1)");
        QUERIES.put("insertAuthor", "INSERT INTO public.authors (name) VALUES ($1)");
        QUERIES.put("insertPair", "INSERT INTO pairs (a, b) VALUES ($1, $2)");
        QUERIES.put("all", "SELECT * FROM authors WHERE id = $1");
        QUERIES.put("left", "SELECT a.name, b.title, b.id FROM authors a LEFT JOIN books b ON b.author_id = a.id");
        QUERIES.put("right", "SELECT a.name, b.title FROM authors a RIGHT JOIN books b ON b.author_id = a.id");
        QUERIES.put("full", "SELECT a.name, b.title FROM authors a FULL JOIN books b ON b.author_id = a.id");
        QUERIES.put("inner", "SELECT a.name, b.title FROM authors a JOIN books b ON b.author_id = a.id");
        QUERIES.put("viewStar", "SELECT * FROM titles");
        QUERIES.put(
                "proven",
                "SELECT (SELECT count(*) FROM books) AS n, name::text || '!' AS loud, coalesce(bio, 'x') AS bio,"
                        + " (SELECT max(pages) FROM books) AS most FROM authors UNION ALL SELECT 0, title, title, 1::int2 FROM titles");
        QUERIES.put(
                "exprs",
                "SELECT count(*), 1 AS one, coalesce(bio, '') AS bio, bio || 'x' AS bx, max(name) FROM authors GROUP BY bio");
        QUERIES.put(
                "insert", "INSERT INTO books (author_id, title, price, pages) VALUES ($1, $2, $3, $4) RETURNING id");
        QUERIES.put("update", "UPDATE authors SET bio = @bio, rating = sqlj.narg(rating) WHERE id = sqlj.arg(id)");
        QUERIES.put("range", "SELECT id FROM books WHERE price > $1 AND price < $2 LIMIT $3");
        QUERIES.put("any", "SELECT title FROM books WHERE id = ANY(sqlj.slice(ids))");
        QUERIES.put("in", "SELECT title FROM books WHERE id IN (sqlj.slice(ids)) AND title <> ''");
        QUERIES.put(
                "castArray",
                "SELECT title FROM books WHERE id IN (SELECT UNNEST(sqlc.slice('ids')::BIGINT[]))"
                        + " AND (sqlc.slice(titles)::text[] IS NULL OR title = ANY(sqlc.slice(titles)::text[]))");
        QUERIES.put("bad", "SELECT id,\n  nope FROM books");
        QUERIES.put("badParam", "SELECT title FROM books\nWHERE id = $1 AND nope = $2");
        QUERIES.put("embed", "SELECT sqlj.embed(b), a.name FROM books b JOIN authors a ON a.id = b.author_id");
        QUERIES.put("domain", "SELECT rank, mail FROM authors");
        QUERIES.put("setMood", "UPDATE authors SET mood = @mood WHERE id = @id");
        // nhost/hasura-auth: SET (ticket, ticket_expires_at) = ($2, $3); sqlc names them Ticket, TicketExpiresAt
        QUERIES.put(
                "setRow",
                "UPDATE authors SET (bio, born) = ($2, $3), (mood, name) = ROW($4, $5 || 'x') WHERE id = $1 RETURNING id");
        QUERIES.put(
                "origins",
                "SELECT b.title FROM books b JOIN authors a ON a.id = b.author_id"
                        + " WHERE a.name = @n AND price > $2 AND b.id IN (SELECT id FROM books WHERE pages = $3)"
                        + " AND $4 < a.rating AND b.title = $5 || 'x' AND a.bio || a.name = $6 LIMIT $7");
        QUERIES.put(
                "originsWrite",
                "UPDATE books AS bk SET title = @title, pages = @pages + 1"
                        + " WHERE bk.id = @id AND author_id = (SELECT id FROM authors WHERE \"name\" = @name)");
        QUERIES.put(
                "originsDelete",
                "DELETE FROM audit.events e WHERE e.id BETWEEN $1 AND $2"
                        + " AND NOT EXISTS (SELECT 1 FROM titles t WHERE t.id = e.id AND title = $3)");
        QUERIES.put("since", "SELECT name FROM authors WHERE (created > @since OR @since IS NULL) AND bio = @bio");
        QUERIES.put(
                "sinceFirst", "SELECT name FROM authors WHERE sqlc.narg(since) IS NULL OR created > sqlc.narg(since)");
        QUERIES.put(
                "dollarReuse", "SELECT title FROM books WHERE ($1 IS NULL OR title = $1) AND id > sqlc.arg(min_id)");
        QUERIES.put("untyped", "SELECT title FROM books\nWHERE @x IS NULL AND id = @id");
        QUERIES.put("clash", "SELECT title FROM books WHERE id = @v OR title = @v");
        QUERIES.put(
                "mixedUses",
                "SELECT name FROM authors WHERE (sqlc.narg(t)::timestamp IS NULL OR sqlc.narg(t) < created)"
                        + " AND (@n::int8 IS NULL OR rating > @n)");
        QUERIES.put("selfEmbed", "SELECT sqlc.embed(a), sqlc.embed(b) FROM books a JOIN books b ON b.id = a.id");
        QUERIES.put(
                "schemaEmbed", "SELECT sqlc.embed(e), p.title FROM audit.events e JOIN public.books p ON p.id = e.id");
    }

    @BeforeAll
    static void resolveAll() {
        BatchParseRequest.Builder batch = BatchParseRequest.newBuilder().setSchemaSql(SCHEMA + MORE);
        QUERIES.values()
                .forEach(q -> batch.addRequests(ParseRequest.newBuilder().setSql(q)));
        BatchParseResponse answer = new EngineHarness(new PostgresEngine()).parseBatch(batch.build());
        catalog = answer.getCatalog();
        List<ParseResponse> responses = answer.getResponsesList();
        int i = 0;
        for (String key : QUERIES.keySet()) {
            ANSWERS.put(key, responses.get(i++));
        }
    }

    static ParseResponse ok(String key) {
        ParseResponse r = ANSWERS.get(key);
        assertEquals(List.of(), r.getDiagnosticsList(), key);
        return r;
    }

    static String cols(ParseResponse r) {
        StringBuilder sb = new StringBuilder();
        for (Column c : r.getColumnsList()) {
            sb.append(c.getName())
                    .append(':')
                    .append(c.getDataType())
                    .append('/')
                    .append(c.getJdbcType())
                    .append(c.getNullable() ? "?" : "")
                    .append(' ');
        }
        return sb.toString().trim();
    }

    static String params(ParseResponse r) {
        StringBuilder sb = new StringBuilder();
        for (Parameter p : r.getParametersList()) {
            sb.append(p.getPosition())
                    .append(p.getName())
                    .append(':')
                    .append(p.getDataType())
                    .append(p.getNullable() ? "?" : "")
                    .append(p.getIsSlice() ? "*" : "")
                    .append(' ');
        }
        return sb.toString().trim();
    }

    static String facts(Column c) {
        return c.getName() + ":" + c.getDataType() + "/" + c.getJdbcType()
                + (c.getJavaClass().isEmpty() ? "" : "/" + c.getJavaClass()) + (c.getTextForm() ? "/text" : "")
                + (c.getElementType().isEmpty() ? "" : "/of " + c.getElementType() + "*" + c.getArrayDims());
    }

    @Test
    void everyTypeSaysHowTheDriverCarriesIt() {
        assertEquals(
                List.of(
                        "i:interval/OTHER/text",
                        "n:inet/OTHER/text",
                        "m:money/OTHER/text",
                        "r:int4range/OTHER/text",
                        "p:point/OTHER/org.postgresql.geometric.PGpoint",
                        "c:pair/OTHER/text",
                        "x:xml/OTHER/text",
                        "ts:timestamptz[]/TIMESTAMP_WITH_TIMEZONE/of timestamptz*1",
                        "w:text[][]/VARCHAR/of text*2",
                        "v:varbit/OTHER/text",
                        "l:pg_lsn/OTHER/text",
                        "rc:regclass/OTHER"),
                ok("odd").getColumnsList().stream()
                        .map(PostgresEngineTest::facts)
                        .toList());
        assertEquals("id:uuid/OTHER/java.util.UUID", facts(ok("all").getColumns(0)));
        List<Parameter> p = ok("odd").getParametersList();
        assertEquals("interval/true", p.get(0).getDataType() + "/" + p.get(0).getTextForm());
        assertEquals(
                "text[][]/2/text",
                p.get(1).getDataType() + "/" + p.get(1).getArrayDims() + "/"
                        + p.get(1).getElementType());
        assertEquals(
                "int4range/true/3",
                p.get(2).getDataType() + "/" + p.get(2).getTextForm() + "/"
                        + p.get(2).getPosition());
    }

    /** A composite's attributes, each as {@link #facts}, nested ones in brackets, enums with their labels. */
    static String attributes(List<Column> attributes) {
        return attributes.stream()
                .map(a -> facts(a)
                        + (a.getEnumLabelsCount() == 0
                                ? ""
                                : a.getEnumLabelsList().toString())
                        + (a.getCompositeAttributesCount() == 0 ? "" : attributes(a.getCompositeAttributesList()))
                        + (a.getNullable() ? "?" : ""))
                .toList()
                .toString();
    }

    @Test
    void compositesReportTheirAttributes() {
        ParseResponse r = ok("composite");
        String nest = "[p:pair/OTHER/text[x:int4/INTEGER?, y:text/VARCHAR?]?, m:mood/OTHER[happy, so-so, sad]?,"
                + " tags:text[]/VARCHAR/of text*1?, d:int4/INTEGER?]";
        assertEquals(
                "n:nest/OTHER/text " + nest,
                facts(r.getColumns(0)) + " " + attributes(r.getColumns(0).getCompositeAttributesList()));
        assertEquals(
                "ns:nest[]/OTHER/text/of nest*1 " + nest,
                facts(r.getColumns(1)) + " " + attributes(r.getColumns(1).getCompositeAttributesList()));
        assertEquals(
                "SELECT n, ns FROM comp WHERE n = ?::\"nest\"",
                r.getSql(),
                "the server types the parameter record; the cast makes it the column's type");
        Parameter n = r.getParameters(0);
        assertEquals("nest " + nest, n.getDataType() + " " + attributes(n.getCompositeAttributesList()));
        assertEquals(
                "[x:int4/INTEGER?, y:text/VARCHAR?]",
                attributes(ok("odd").getColumns(5).getCompositeAttributesList()),
                "pair, read through SELECT *");
        assertEquals(0, ok("odd").getColumns(0).getCompositeAttributesCount(), "an interval has none");
    }

    @Test
    void anInsertReportsItsTablesKeyColumn() {
        assertEquals(
                "id:int8/BIGINT",
                facts(ok("insertNote").getGeneratedKey()),
                "an identity that is not the first column");
        assertEquals("notes", ok("insertNote").getGeneratedKey().getTableName());
        assertEquals("id:uuid/OTHER/java.util.UUID", facts(ok("insertAuthor").getGeneratedKey()));
        assertEquals("id:int8/BIGINT", facts(ok("insert").getGeneratedKey()), "bigserial primary key");
        assertFalse(ok("insertPair").hasGeneratedKey(), "a two-column key is no single key column");
        assertFalse(ok("update").hasGeneratedKey());
    }

    @Test
    void typesComeFromTheServer() {
        assertEquals(
                "id:uuid/OTHER name:text/VARCHAR bio:text/VARCHAR? born:date/DATE? mood:mood/OTHER"
                        + " tags:text[]/VARCHAR grid:int4[][]/INTEGER? meta:jsonb/OTHER? rating:numeric/NUMERIC?"
                        + " rank:int4/INTEGER? mail:text/VARCHAR created:timestamptz/TIMESTAMP_WITH_TIMEZONE",
                cols(ok("all")));
        assertEquals(List.of("happy", "so-so", "sad"), ok("all").getColumns(4).getEnumLabelsList());
        assertTrue(ok("all").getColumns(5).getIsArray());
        assertEquals("1id:uuid", params(ok("all")));
        assertEquals("SELECT * FROM authors WHERE id = ?", ok("all").getSql());
    }

    @Test
    void outerJoinsMakeTheirNullableSideNullable() {
        assertEquals("name:text/VARCHAR title:varchar/VARCHAR? id:int8/BIGINT?", cols(ok("left")));
        assertEquals("name:text/VARCHAR? title:varchar/VARCHAR", cols(ok("right")));
        assertEquals("name:text/VARCHAR? title:varchar/VARCHAR?", cols(ok("full")));
        assertEquals("name:text/VARCHAR title:varchar/VARCHAR", cols(ok("inner")));
    }

    @Test
    void expressionsAreNullableUnlessProvablyNot() {
        assertEquals(
                "count:int8/BIGINT one:int4/INTEGER bio:text/VARCHAR bx:text/VARCHAR? max:text/VARCHAR?",
                cols(ok("exprs")));
    }

    @Test
    void theServersQueryTreeProvesColumnsNotNull() {
        assertEquals("n:int8/BIGINT loud:text/VARCHAR bio:text/VARCHAR most:int2/SMALLINT?", cols(ok("proven")));
    }

    @Test
    void parametersAreNamedAndNullableWhereTheyWriteNullableColumns() {
        assertEquals("1author_id:uuid? 2title:varchar 3price:numeric 4pages:int2?", params(ok("insert")));
        assertEquals("1bio:text? 2rating:numeric? 3id:uuid", params(ok("update")));
        // a multi-column assignment names each parameter after its column
        assertEquals("2bio:text? 3born:date? 4mood:mood 5name:text 1id:uuid", params(ok("setRow")));
        assertEquals("1price:numeric 2price_2:numeric 3limit:int8", params(ok("range")));
    }

    /** "table.column" per parameter, "-" without one. */
    static String origins(ParseResponse r) {
        return String.join(
                " ",
                r.getParametersList().stream()
                        .map(p -> p.getTableName().isEmpty() ? "-" : p.getTableName() + "." + p.getColumnName())
                        .toList());
    }

    @Test
    void parametersReportTheColumnTheyMeetByTableNotAlias() {
        assertEquals("books.author_id books.title books.price books.pages", origins(ok("insert")));
        assertEquals("authors.bio authors.rating authors.id", origins(ok("update")));
        assertEquals("authors.name books.price books.pages authors.rating - - -", origins(ok("origins")));
        assertEquals("books.title - books.id authors.name", origins(ok("originsWrite")));
        assertEquals("events.id events.id titles.title", origins(ok("originsDelete")));
        assertEquals("books.id", origins(ok("any")));
    }

    @Test
    void slicesInsideAnyBindOneArrayAndInListsExpand() {
        assertEquals("SELECT title FROM books WHERE id = ANY(?)", ok("any").getSql());
        assertEquals("1ids:int8[]", params(ok("any")));
        assertTrue(ok("in").getSql().contains("IN (/*SLICE:ids*/?)"));
        assertEquals("1ids:int8*", params(ok("in")));
    }

    /** sqlc projects for PostgreSQL write {@code sqlc.slice(x)::T[]}: the cast makes it one array, bound as one. */
    @Test
    void slicesCastToAnArrayBindOneArray() {
        assertEquals(
                "SELECT title FROM books WHERE id IN (SELECT UNNEST(?::BIGINT[]))"
                        + " AND (?::text[] IS NULL OR title = ANY(?::text[]))",
                ok("castArray").getSql());
        assertEquals("1ids:int8[] 2titles:text[] 2titles:text[]", params(ok("castArray")));
    }

    @Test
    void serverErrorsPointIntoTheUsersText() {
        Diagnostic d = ANSWERS.get("bad").getDiagnostics(0);
        assertEquals("column \"nope\" does not exist", d.getMessage());
        assertEquals("42703", d.getCode());
        assertEquals(2, d.getLine());
        assertEquals(3, d.getColumn());
        Diagnostic p = ANSWERS.get("badParam").getDiagnostics(0);
        assertEquals(2, p.getLine());
        assertEquals(19, p.getColumn());
    }

    @Test
    void aParameterUsedTwiceHasTheTypeItsTypedUseTells() {
        ParseResponse since = ok("since");
        assertEquals("1since:timestamptz 1since:timestamptz 2bio:text", params(since));
        assertEquals(
                "SELECT name FROM authors WHERE (created > ? OR ?::timestamp with time zone IS NULL) AND bio = ?",
                since.getSql(),
                "the untyped use carries the type, for the server and for the generated code");
        ParseResponse first = ok("sinceFirst");
        assertEquals("1since:timestamptz? 1since:timestamptz?", params(first));
        assertTrue(first.getSql().contains("?::timestamp with time zone IS NULL"), first.getSql());
        assertEquals("1title:text 1title:text 2min_id:int8", params(ok("dollarReuse")));
    }

    @Test
    void aParameterUsedTwiceWithTwoTypesTakesItsFirstUsesTypeAsTheServerGivesOneDollarParameter() {
        // sqlc sends one $1: the server types it timestamp from the cast and converts it for the
        // comparison with the timestamptz column; each later use is sent cast to that type
        ParseResponse mixed = ok("mixedUses");
        assertEquals("1t:timestamp? 1t:timestamp? 2n:int8 2n:int8", params(mixed));
        assertEquals(
                "SELECT name FROM authors WHERE (?::timestamp IS NULL OR ?::timestamp without time zone < created)"
                        + " AND (?::int8 IS NULL OR rating > ?::bigint)",
                mixed.getSql());
    }

    @Test
    void aParameterNothingTypesIsAnErrorAtItsPlace() {
        Diagnostic d = ANSWERS.get("untyped").getDiagnostics(0);
        assertEquals("42P18", d.getCode());
        assertTrue(d.getMessage().startsWith("could not determine data type of parameter @x;"), d.getMessage());
        assertEquals(2, d.getLine());
        assertEquals(7, d.getColumn());
        Diagnostic clash = ANSWERS.get("clash").getDiagnostics(0);
        assertEquals(
                "parameter @v is text here but int8 where it is first used; one parameter has one type"
                        + " (cast one use)",
                clash.getMessage());
        assertEquals(50, clash.getColumn());
    }

    @Test
    void aSelfJoinEmbedsTheTableTwiceAndASchemaTableByItsQualifiedName() {
        ParseResponse self = ok("selfEmbed");
        assertEquals(10, self.getColumnsCount());
        assertTrue(
                self.getColumnsList().stream().allMatch(c -> c.getEmbedTable().equals("books")));
        ParseResponse schema = ok("schemaEmbed");
        assertEquals("audit.events", schema.getColumns(0).getEmbedTable());
        assertEquals("audit", schema.getColumns(0).getSchemaName());
        assertEquals("public", schema.getColumns(2).getSchemaName());
    }

    @Test
    void embedsAndDomains() {
        ParseResponse embed = ok("embed");
        assertEquals("books", embed.getColumns(0).getEmbedTable(), "the table, not its alias");
        assertEquals("", embed.getColumns(5).getEmbedTable());
        assertEquals("rank:int4/INTEGER? mail:text/VARCHAR", cols(ok("domain")));
        assertFalse(ok("domain").getColumns(1).getNullable());
    }

    @Test
    void theCatalogHoldsEveryUserTableViewAndEnum() {
        assertEquals(
                List.of("audit.events", ".authors", ".books", ".comp", ".notes", ".odd", ".pairs", ".titles"),
                catalog.getTablesList().stream()
                        .map(t -> t.getSchemaName() + "." + t.getName())
                        .toList());
        Table authors = catalog.getTables(1);
        assertEquals(ok("all").getColumnsList(), authors.getColumnsList(), "columns read like SELECT *");
        assertEquals(
                "id:int8/BIGINT level:audit.level/OTHER?",
                cols(ParseResponse.newBuilder()
                        .addAllColumns(catalog.getTables(0).getColumnsList())
                        .build()));
        assertEquals(
                "id:int8/BIGINT title:varchar/VARCHAR",
                cols(ParseResponse.newBuilder()
                        .addAllColumns(catalog.getTables(7).getColumnsList())
                        .build()),
                "a view's columns read like SELECT * FROM it");
        assertEquals(
                cols(ok("viewStar")),
                cols(ParseResponse.newBuilder()
                        .addAllColumns(catalog.getTables(7).getColumnsList())
                        .build()));
        assertEquals(
                List.of("audit.level:low,high", "mood:happy,so-so,sad", "unused:x"),
                catalog.getEnumsList().stream()
                        .map(e -> e.getName() + ":" + String.join(",", e.getLabelsList()))
                        .toList());
        assertEquals("audit", catalog.getEnums(0).getSchemaName());
    }

    @Test
    void enumParametersCarryTheirLabels() {
        Parameter mood = ok("setMood").getParameters(0);
        assertEquals("mood", mood.getName());
        assertEquals("mood", mood.getDataType());
        assertEquals(List.of("happy", "so-so", "sad"), mood.getEnumLabelsList());
        assertEquals(List.of(), ok("setMood").getParameters(1).getEnumLabelsList());
    }
}
