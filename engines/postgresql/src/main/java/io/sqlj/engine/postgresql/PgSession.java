package io.sqlj.engine.postgresql;

import io.sqlj.engine.sdk.Diagnostics;
import io.sqlj.engine.sdk.Engine;
import io.sqlj.engine.sdk.ScannedSql;
import io.sqlj.engine.sdk.SqlLexer;
import io.sqlj.engine.sdk.SqlScanner;
import io.sqlj.engine.sdk.SqlSyntax;
import io.sqlj.engine.sdk.SqlToken;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * One connection with the schema in place: each query is prepared (described, never run) by
 * the server inside a transaction that is rolled back.
 */
final class PgSession implements Engine.Session {
  private final Connection conn;
  private final EmbeddedPostgres server;
  private final List<Diagnostic> schemaDiagnostics;
  private final PgTypes types;
  private final Catalog catalog;
  private io.sqlj.engine.v1.Catalog schemaCatalog;

  /** @param schemaDiagnostics problems loading the schema, repeated on every response */
  PgSession(Connection conn, List<Diagnostic> schemaDiagnostics, EmbeddedPostgres server) {
    this.conn = conn;
    this.server = server;
    this.schemaDiagnostics = List.copyOf(schemaDiagnostics);
    this.types = new PgTypes(conn);
    this.catalog = new Catalog(conn);
  }

  /** What the server said about a prepared query. */
  record Described(List<String> parameterTypes, ResultSetMetaData columns) {}

  @Override
  public ParseResponse parse(ParseRequest request) throws SQLException {
    String sql = request.getSql();
    List<Diagnostic> diagnostics = new ArrayList<>(schemaDiagnostics);
    ScannedSql scanned = SqlScanner.scan(sql, SqlSyntax.POSTGRESQL);
    for (ScannedSql.Problem p : scanned.problems()) {
      diagnostics.add(Diagnostics.error(sql, p.offset(), p.message()));
    }
    ServerText text = ServerText.of(scanned);
    ParseResponse.Builder response = ParseResponse.newBuilder().setSql(text.text());
    List<SqlToken> tokens = SqlLexer.significant(text.text(), SqlSyntax.POSTGRESQL);
    for (SqlToken t : tokens) {
      if (t.isPunct(";")) {
        diagnostics.add(Diagnostics.error(sql, text.originalOffset(t.start()),
            "a query must be one statement; a second one starts after this ;"));
        break;
      }
    }
    if (tokens.isEmpty()) {
      diagnostics.add(Diagnostics.error(sql, 0, "the query is empty"));
    }
    if (conn == null || Diagnostics.hasErrors(diagnostics)) {
      return response.addAllDiagnostics(diagnostics).build();
    }
    try {
      try (PreparedStatement ps = conn.prepareStatement(text.text())) {
        Described d = describe(ps);
        QueryShape shape = QueryShape.of(tokens);
        response.addAllColumns(new ColumnBuilder(types, catalog, shape, scanned, text).columns(d.columns()));
        ParameterBuilder.Result params = new ParameterBuilder(types, catalog, scanned, text, tokens)
            .build(d.parameterTypes());
        response.addAllParameters(params.parameters());
        GeneratedKey.of(conn, types, tokens).ifPresent(response::setGeneratedKey);
        diagnostics.addAll(params.diagnostics());
      }
    } catch (PSQLException e) {
      diagnostics.add(serverError(sql, text, e));
    } finally {
      conn.rollback();
    }
    return response.addAllDiagnostics(diagnostics).build();
  }

  private static Described describe(PreparedStatement ps) throws SQLException {
    ParameterMetaData pmd = ps.getParameterMetaData();
    List<String> parameterTypes = new ArrayList<>();
    for (int i = 1; i <= pmd.getParameterCount(); i++) {
      parameterTypes.add(pmd.getParameterTypeName(i));
    }
    return new Described(parameterTypes, ps.getMetaData());
  }

  private static Diagnostic serverError(String sql, ServerText text, PSQLException e) throws PSQLException {
    ServerErrorMessage server = e.getServerErrorMessage();
    if (server == null) {
      throw e;
    }
    int offset = server.getPosition() > 0 ? text.originalOffsetOfServerPosition(server.getPosition()) : 0;
    String message = server.getMessage();
    if (server.getDetail() != null) {
      message += " (" + server.getDetail() + ")";
    }
    if (server.getHint() != null) {
      message += "; hint: " + server.getHint();
    }
    return Diagnostics.error(sql, offset, message, server.getSQLState());
  }

  /**
   * The user's tables, views and enums, read once. A private server holds only the schema, so
   * every non-system schema counts; a live database only the schemas on its search path.
   */
  @Override
  public Optional<io.sqlj.engine.v1.Catalog> catalog() throws SQLException {
    if (conn == null) {
      return Optional.empty();
    }
    if (schemaCatalog == null) {
      try {
        schemaCatalog = SchemaCatalog.read(conn, types, server == null);
      } finally {
        conn.rollback();
      }
    }
    return Optional.of(schemaCatalog);
  }

  @Override
  public void close() throws SQLException {
    try {
      if (conn != null) {
        conn.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }
}
