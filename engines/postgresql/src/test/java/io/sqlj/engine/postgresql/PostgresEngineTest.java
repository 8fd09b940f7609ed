package io.sqlj.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.sdk.EngineHarness;
import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
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
      """;

  static final Map<String, String> QUERIES = new LinkedHashMap<>();
  static final Map<String, ParseResponse> ANSWERS = new LinkedHashMap<>();

  static {
    QUERIES.put("all", "SELECT * FROM authors WHERE id = $1");
    QUERIES.put("left", "SELECT a.name, b.title, b.id FROM authors a LEFT JOIN books b ON b.author_id = a.id");
    QUERIES.put("right", "SELECT a.name, b.title FROM authors a RIGHT JOIN books b ON b.author_id = a.id");
    QUERIES.put("full", "SELECT a.name, b.title FROM authors a FULL JOIN books b ON b.author_id = a.id");
    QUERIES.put("inner", "SELECT a.name, b.title FROM authors a JOIN books b ON b.author_id = a.id");
    QUERIES.put("exprs", "SELECT count(*), 1 AS one, coalesce(bio, '') AS bio, bio || 'x' AS bx, max(name) FROM authors GROUP BY bio");
    QUERIES.put("insert", "INSERT INTO books (author_id, title, price, pages) VALUES ($1, $2, $3, $4) RETURNING id");
    QUERIES.put("update", "UPDATE authors SET bio = @bio, rating = sqlj.narg(rating) WHERE id = sqlj.arg(id)");
    QUERIES.put("range", "SELECT id FROM books WHERE price > $1 AND price < $2 LIMIT $3");
    QUERIES.put("any", "SELECT title FROM books WHERE id = ANY(sqlj.slice(ids))");
    QUERIES.put("in", "SELECT title FROM books WHERE id IN (sqlj.slice(ids)) AND title <> ''");
    QUERIES.put("bad", "SELECT id,\n  nope FROM books");
    QUERIES.put("badParam", "SELECT title FROM books\nWHERE id = $1 AND nope = $2");
    QUERIES.put("embed", "SELECT sqlj.embed(b), a.name FROM books b JOIN authors a ON a.id = b.author_id");
    QUERIES.put("domain", "SELECT rank, mail FROM authors");
  }

  @BeforeAll
  static void resolveAll() {
    BatchParseRequest.Builder batch = BatchParseRequest.newBuilder().setSchemaSql(SCHEMA);
    QUERIES.values().forEach(q -> batch.addRequests(ParseRequest.newBuilder().setSql(q)));
    List<ParseResponse> responses = new EngineHarness(new PostgresEngine()).parseBatch(batch.build()).getResponsesList();
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
      sb.append(c.getName()).append(':').append(c.getDataType()).append('/').append(c.getJdbcType())
          .append(c.getNullable() ? "?" : "").append(' ');
    }
    return sb.toString().trim();
  }

  static String params(ParseResponse r) {
    StringBuilder sb = new StringBuilder();
    for (Parameter p : r.getParametersList()) {
      sb.append(p.getPosition()).append(p.getName()).append(':').append(p.getDataType())
          .append(p.getNullable() ? "?" : "").append(p.getIsSlice() ? "*" : "").append(' ');
    }
    return sb.toString().trim();
  }

  @Test
  void show() {
    ANSWERS.forEach((k, v) -> System.out.println(k + " => " + v.getSql() + "\n   cols " + cols(v) + "\n   params " + params(v) + "\n   diags " + v.getDiagnosticsList()));
  }
}
