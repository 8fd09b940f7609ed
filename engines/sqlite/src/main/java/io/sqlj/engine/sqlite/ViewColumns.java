package io.sqlj.engine.sqlite;

import io.sqlj.engine.sdk.ScannedSql;
import io.sqlj.engine.sdk.SqlScanner;
import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import io.sqlj.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A view's column facts from its SELECT: SQLite reports every view column nullable and an
 * expression column without a type, but the query that defines the view knows better.
 */
final class ViewColumns {
    private ViewColumns() {}

    /**
     * The view with each column's nullability, and the type of a column SQLite gives none, taken
     * from walking its defining SELECT; the view as SQLite reports it when the walk fails.
     */
    static Catalog.Table refine(Catalog.Table view, String createSql, Catalog catalog) {
        List<QueryAnalyzer.OutCol> cols;
        try {
            cols = analyze(createSql, catalog);
        } catch (RuntimeException e) {
            return view; // best effort, as for queries
        }
        if (cols == null || cols.size() != view.columns().size()) {
            return view;
        }
        List<Catalog.TableColumn> refined = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            Catalog.TableColumn declared = view.columns().get(i);
            SqlType walked = cols.get(i).typed().type();
            boolean untyped = declared.type().generic() && walked.known();
            SqlType type = untyped ? walked : declared.type();
            boolean nullable =
                    walked.known() ? walked.nullable() : declared.type().nullable();
            refined.add(new Catalog.TableColumn(declared.name(), type.withNullable(nullable)));
        }
        return new Catalog.Table(view.name(), List.copyOf(refined));
    }

    /** The columns of {@code CREATE VIEW name [(columns)] AS <select>}, or null. */
    private static @Nullable List<QueryAnalyzer.OutCol> analyze(String createSql, Catalog catalog) {
        List<SqlToken> tokens = SqlLexer.significant(createSql, SqlSyntax.SQLITE);
        int depth = 0;
        for (SqlToken t : tokens) {
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            } else if (depth == 0 && t.isWord("AS")) {
                ScannedSql select = SqlScanner.scan(createSql.substring(t.end()), SqlSyntax.SQLITE);
                List<SqlToken> body = SqlLexer.significant(select.jdbcSql(), SqlSyntax.SQLITE);
                ParamFacts none = new ParamFacts(select.placeholders().size());
                return new QueryAnalyzer(body, catalog, none, select).statement();
            }
        }
        return null;
    }
}
