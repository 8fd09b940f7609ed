package io.sqlj.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SqlLexerPropertyTest {

    private static final List<SqlSyntax> SYNTAXES =
            List.of(SqlSyntax.SQLITE, SqlSyntax.POSTGRESQL, SqlSyntax.MYSQL, SqlSyntax.LENIENT);

    /** Text made of the pieces that matter to a lexer, in any order, unbalanced quotes included. */
    @Provide
    Arbitrary<String> sqlish() {
        Arbitrary<String> piece = Arbitraries.of(
                "SELECT",
                " ",
                "\n",
                "?",
                "??",
                "?|",
                "$1",
                "$$",
                "$t$",
                "'",
                "''",
                "\"",
                "`",
                "[",
                "]",
                "--",
                "#",
                "/*",
                "*/",
                "\\",
                "E'",
                "x'",
                ":name",
                "::",
                "@a",
                "$a",
                ";",
                "(",
                ")",
                ",",
                "1.5e",
                "0x",
                "é",
                "\t",
                "*",
                "/",
                "-",
                "|",
                "&",
                "e",
                "sqlc.arg(a)");
        return piece.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void tokensConcatenateBackToTheInput(@ForAll("sqlish") String sql) {
        for (SqlSyntax syntax : SYNTAXES) {
            List<SqlToken> tokens = SqlLexer.tokenize(sql, syntax);
            assertEquals(sql, tokens.stream().map(SqlToken::text).collect(Collectors.joining()), syntax.name());
            int at = 0;
            for (SqlToken t : tokens) {
                assertEquals(at, t.start(), syntax.name());
                assertEquals(t.text(), sql.substring(t.start(), t.end()));
                assertTrue(t.end() > t.start(), "no empty token");
                at = t.end();
            }
        }
    }

    @Property(tries = 1000)
    void anyStringAtAllRoundTrips(@ForAll String sql) {
        for (SqlSyntax syntax : SYNTAXES) {
            assertEquals(
                    sql,
                    SqlLexer.tokenize(sql, syntax).stream().map(SqlToken::text).collect(Collectors.joining()));
        }
    }

    /** Placeholders inside a string literal or comment are never counted, whatever the dialect. */
    @Property(tries = 1000)
    void quotedAndCommentedQuestionMarksDoNotCount(@ForAll("sqlish") String noise) {
        String safe = noise.replaceAll("[^A-Za-z ]", "");
        String sql = "SELECT '" + safe + "?', /* ? */ x -- ?\n FROM t WHERE a = ? AND b = ?";
        for (SqlSyntax syntax : SYNTAXES) {
            assertEquals(2, SqlLexer.jdbcPlaceholders(sql, syntax), syntax.name() + ": " + sql);
        }
    }

    /** The count without token objects (syntaxes without the {@code ?} operator) is the count of the tokens. */
    @Property(tries = 3000)
    void placeholderCountIsThatOfTheTokens(@ForAll("sqlish") String sql) {
        for (SqlSyntax syntax : SYNTAXES) {
            long tokens = SqlLexer.tokenize(sql, syntax).stream()
                    .filter(t ->
                            t.kind() == SqlToken.Kind.PLACEHOLDER && t.text().equals("?"))
                    .count();
            assertEquals(tokens, SqlLexer.jdbcPlaceholders(sql, syntax), syntax.name() + ": " + sql);
        }
    }

    @Property(tries = 1000)
    void placeholderCountOfAnyString(@ForAll String sql) {
        for (SqlSyntax syntax : SYNTAXES) {
            long tokens = SqlLexer.tokenize(sql, syntax).stream()
                    .filter(t ->
                            t.kind() == SqlToken.Kind.PLACEHOLDER && t.text().equals("?"))
                    .count();
            assertEquals(tokens, SqlLexer.jdbcPlaceholders(sql, syntax), syntax.name());
        }
    }
}
