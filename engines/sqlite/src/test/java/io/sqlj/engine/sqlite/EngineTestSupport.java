package io.sqlj.engine.sqlite;

import io.sqlj.engine.sdk.EngineHarness;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.util.stream.Collectors;

/** Runs the engine in process and prints responses compactly for assertions. */
abstract class EngineTestSupport {
    static final String SCHEMA = """
      CREATE TABLE authors (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        bio  TEXT,
        born DATE,
        code VARCHAR(20) NOT NULL DEFAULT 'x'
      );
      CREATE TABLE books (
        id        INTEGER PRIMARY KEY,
        author_id INTEGER NOT NULL REFERENCES authors (id),
        title     TEXT NOT NULL,
        price     REAL,
        rating    NUMERIC,
        published BOOLEAN NOT NULL DEFAULT 0,
        added_at  TIMESTAMP NOT NULL
      );
      """;

    final EngineHarness engine = new EngineHarness(new SqliteEngine());

    ParseResponse parse(String sql) {
        return engine.parse(
                ParseRequest.newBuilder().setSql(sql).setSchemaSql(SCHEMA).build());
    }

    /** "name:DATA_TYPE/JDBC[?]" per column, "?" meaning nullable. */
    static String columns(ParseResponse r) {
        return r.getColumnsList().stream().map(EngineTestSupport::column).collect(Collectors.joining(" "));
    }

    static String column(Column c) {
        return c.getName() + ":" + c.getDataType() + "/" + c.getJdbcType() + (c.getNullable() ? "?" : "");
    }

    /** "name#position:JDBC[?][slice]" per parameter. */
    static String params(ParseResponse r) {
        return r.getParametersList().stream().map(EngineTestSupport::param).collect(Collectors.joining(" "));
    }

    static String param(Parameter p) {
        return p.getName() + "#" + p.getPosition() + ":" + p.getJdbcType() + (p.getNullable() ? "?" : "")
                + (p.getIsSlice() ? "[]" : "");
    }

    static String diags(ParseResponse r) {
        return r.getDiagnosticsList().stream().map(EngineTestSupport::diag).collect(Collectors.joining("\n"));
    }

    static String diag(Diagnostic d) {
        return d.getLine() + ":" + d.getColumn() + ": " + d.getSeverity().name().toLowerCase() + ": " + d.getMessage()
                + (d.getCode().isEmpty() ? "" : " [" + d.getCode() + "]");
    }
}
