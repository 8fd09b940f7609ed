package io.sqlj.engine.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The former call sites agree: the placeholders the SDK's scanner finds in a query are exactly
 * the {@code ?} that core (which checks an engine's answer) and the code generator count in the
 * JDBC text the scanner writes, in every dialect.
 */
class SqlScannerPropertyTest {

    private static final List<SqlSyntax> SYNTAXES =
            List.of(SqlSyntax.SQLITE, SqlSyntax.POSTGRESQL, SqlSyntax.MYSQL, SqlSyntax.LENIENT);

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> piece = Arbitraries.of(
                "SELECT ",
                "a",
                " = ",
                "?",
                "?2",
                "$1",
                "$2",
                "@n",
                ":m",
                "$x",
                "'it''s ?'",
                "'a\\\\'",
                "E'b\\\\' ?'",
                "$$ ? $$",
                "$t$ ; $t$",
                "\"q?\"",
                "`b?`",
                "[c?]",
                "-- ?\n",
                "# ?\n",
                "/* ? /* ? */ ? */",
                " ?| ",
                " ?& ",
                " ?? ",
                "::int",
                ", ",
                "(",
                ")",
                "sqlc.arg(k)",
                "sqlj.narg('j')",
                "sqlc.slice(ids)",
                "'",
                "\"",
                "\n");
        return piece.list().ofMaxSize(20).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void theJdbcTextHasOneQuestionMarkPerPlaceholder(@ForAll("queries") String sql) {
        for (SqlSyntax syntax : SYNTAXES) {
            ScannedSql scanned = SqlScanner.scan(sql, syntax);
            if (!scanned.problems().isEmpty()) {
                continue; // unterminated text or ambiguous numbering: the engine reports it, nothing is counted
            }
            assertEquals(
                    scanned.placeholders().size(),
                    SqlLexer.jdbcPlaceholders(scanned.jdbcSql(), syntax),
                    syntax.name() + ": " + sql + " -> " + scanned.jdbcSql());
            for (Placeholder p : scanned.placeholders()) {
                assertEquals('?', scanned.jdbcSql().charAt(p.jdbcOffset()), syntax.name() + ": " + sql);
            }
        }
    }
}
