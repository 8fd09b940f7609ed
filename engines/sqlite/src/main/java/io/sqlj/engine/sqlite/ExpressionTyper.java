package io.sqlj.engine.sqlite;

import io.sqlj.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A precedence-climbing walk over one SQLite expression that computes its type and, on the way,
 * gives each bare placeholder the type and name of what it is compared with.
 */
final class ExpressionTyper {
    private static final Set<String> COMPARISON = Set.of("=", "==", "!=", "<>", "<", "<=", ">", ">=");
    private static final Set<String> PATTERN = Set.of("like", "glob", "match", "regexp");

    private final Cursor c;
    private final QueryAnalyzer analyzer;
    private final ParamFacts params;

    ExpressionTyper(Cursor c, QueryAnalyzer analyzer, ParamFacts params) {
        this.c = c;
        this.analyzer = analyzer;
        this.params = params;
    }

    Typed expr(Scope s) {
        return expr(s, 1);
    }

    private Typed expr(Scope s, int minPrec) {
        Typed left = prefix(s);
        for (int p = precedence(); p > 0 && p >= minPrec; p = precedence()) {
            left = infix(left, p, s);
        }
        return left;
    }

    private int precedence() {
        SqlToken t = c.peek();
        if (t.kind() == SqlToken.Kind.PUNCT) {
            return switch (t.text()) {
                case "=", "==", "!=", "<>" -> 4;
                case "<", "<=", ">", ">=" -> 5;
                case "&", "|", "<<", ">>" -> 6;
                case "+", "-" -> 7;
                case "*", "/", "%" -> 8;
                case "||", "->", "->>" -> 9;
                default -> 0;
            };
        }
        if (t.kind() != SqlToken.Kind.WORD) {
            return 0;
        }
        return switch (t.key()) {
            case "or" -> 1;
            case "and" -> 2;
            case "is", "in", "like", "glob", "match", "regexp", "between", "isnull", "notnull" -> 4;
            case "not" ->
                c.peek(1).kind() == SqlToken.Kind.WORD
                                && Set.of("in", "like", "glob", "match", "regexp", "between", "null")
                                        .contains(c.peek(1).key())
                        ? 4
                        : 0;
            case "collate" -> 10;
            default -> 0;
        };
    }

    private Typed infix(Typed left, int p, Scope s) {
        SqlToken op = c.next();
        if (op.kind() == SqlToken.Kind.PUNCT) {
            Typed right = expr(s, p + 1);
            if (COMPARISON.contains(op.text())) {
                relate(left, right, null, false);
                return bool(left.nullable() || right.nullable());
            }
            boolean anyNull = left.nullable() || right.nullable();
            return switch (op.text()) {
                case "||" -> {
                    relateType(left, right, SqlType.TEXT);
                    yield Typed.of(SqlType.TEXT.withNullable(anyNull));
                }
                case "->" -> Typed.of(SqlType.TEXT.withNullable(true));
                case "->>" -> Typed.of(SqlType.UNKNOWN);
                case "&", "|", "<<", ">>" -> {
                    relateType(left, right, SqlType.BIGINT);
                    yield Typed.of(SqlType.BIGINT.withNullable(anyNull));
                }
                default -> arithmetic(left, right);
            };
        }
        String word = op.key();
        boolean not = word.equals("not");
        if (not) {
            word = c.next().key();
        }
        switch (word) {
            case "and", "or" -> {
                Typed right = expr(s, p + 1);
                condition(left);
                condition(right);
                return bool(left.nullable() || right.nullable());
            }
            case "isnull", "notnull", "null" -> {
                return bool(false);
            }
            case "is" -> {
                c.acceptWord("not");
                if (c.acceptWord("distinct")) {
                    c.acceptWord("from");
                }
                relate(left, expr(s, p + 1), null, true);
                return bool(false);
            }
            case "in" -> {
                in(left, s);
                return bool(left.nullable());
            }
            case "between" -> {
                Typed low = expr(s, p + 1);
                c.acceptWord("and");
                Typed high = expr(s, p + 1);
                String col = left.column();
                relate(left, low, col == null ? null : "from_" + col, false);
                relate(left, high, col == null ? null : "to_" + col, false);
                return bool(left.nullable() || low.nullable() || high.nullable());
            }
            case "collate" -> {
                c.next();
                return left;
            }
            default -> {
                if (!PATTERN.contains(word)) {
                    return left;
                }
                Typed right = expr(s, p + 1);
                relate(left, right, null, false);
                // a pattern, and what it is matched against, is text: `ft MATCH ?` (ft the table)
                relateType(left, right, SqlType.TEXT);
                if (c.acceptWord("escape")) {
                    expr(s, p + 1);
                }
                return bool(left.nullable() || right.nullable());
            }
        }
    }

    private void in(Typed left, Scope s) {
        if (!c.acceptPunct("(")) {
            c.next(); // IN table-name
            if (c.isPunct("(")) {
                c.skipOne();
            }
            return;
        }
        if (c.isWord("select", "with", "values")) {
            List<QueryAnalyzer.OutCol> cols = analyzer.select(s);
            if (!cols.isEmpty()) {
                relate(left, cols.get(0).typed(), null, false);
            }
        } else {
            while (!c.atEnd() && !c.isPunct(")")) {
                relate(left, expr(s), null, false);
                if (!c.acceptPunct(",")) {
                    break;
                }
            }
        }
        c.acceptPunct(")");
    }

    private Typed prefix(Scope s) {
        SqlToken t = c.peek();
        if (t.isWord("not")) {
            c.next();
            return bool(condition(expr(s, 3)).nullable());
        }
        if (t.isPunct("-") || t.isPunct("+")) {
            c.next();
            Typed operand = prefix(s);
            return Typed.of(operand.type());
        }
        if (t.isPunct("~")) {
            c.next();
            return Typed.of(SqlType.BIGINT.withNullable(prefix(s).nullable()));
        }
        if (t.isWord("exists")) {
            c.next();
            c.acceptPunct("(");
            analyzer.select(s);
            c.acceptPunct(")");
            return bool(false);
        }
        return primary(s);
    }

    private Typed primary(Scope s) {
        SqlToken t = c.next();
        switch (t.kind()) {
            case NUMBER:
                boolean real = !t.text().startsWith("0x")
                        && !t.text().startsWith("0X")
                        && (t.text().contains(".")
                                || t.text().contains("e")
                                || t.text().contains("E"));
                return Typed.of(real ? SqlType.DOUBLE : SqlType.BIGINT);
            case STRING:
                return Typed.of(SqlType.TEXT);
            case BLOB:
                return Typed.of(SqlType.BLOB);
            case PLACEHOLDER:
                return new Typed(SqlType.UNKNOWN, null, null, analyzer.paramIndex(t.start()));
            case PUNCT:
                return t.isPunct("(") ? parenthesized(s) : Typed.of(SqlType.UNKNOWN);
            case WORD:
            case QUOTED_IDENTIFIER:
                return word(t, s);
            default:
                return Typed.of(SqlType.UNKNOWN);
        }
    }

    private Typed parenthesized(Scope s) {
        if (c.isWord("select", "with", "values")) {
            List<QueryAnalyzer.OutCol> cols = analyzer.select(s);
            c.acceptPunct(")");
            if (cols.isEmpty()) {
                return Typed.of(SqlType.UNKNOWN);
            }
            // A subquery that finds no row is NULL, unless it is an aggregate, which always has one.
            SqlType first = cols.get(0).typed().type();
            return Typed.of(first.withNullable(first.nullable() || !analyzer.lastSelectIsOneRow()));
        }
        Typed inner = expr(s);
        while (c.acceptPunct(",")) {
            expr(s); // a row value: its first element stands for it
        }
        c.acceptPunct(")");
        return inner;
    }

    private Typed word(SqlToken t, Scope s) {
        if (t.kind() == SqlToken.Kind.WORD) {
            switch (t.key()) {
                case "null":
                    return Typed.of(SqlType.UNKNOWN);
                case "true", "false":
                    return bool(false);
                case "current_date", "current_time", "current_timestamp":
                    return Typed.of(SqlType.TEXT);
                case "cast":
                    if (c.isPunct("(")) {
                        return cast(s);
                    }
                    break;
                case "case":
                    return caseExpr(s);
                case "raise":
                    c.skipOne();
                    return Typed.of(SqlType.UNKNOWN);
                default:
                    break;
            }
        }
        if (c.isPunct("(")) {
            return function(t.value(), s);
        }
        String qualifier = null;
        String column = t.value();
        while (c.isPunct(".") && c.peek(1).isIdentifier()) {
            c.next();
            qualifier = column;
            column = c.next().value();
        }
        Typed resolved = s.resolve(qualifier, column);
        return resolved != null ? resolved : new Typed(SqlType.UNKNOWN, column, null, -1);
    }

    private Typed cast(Scope s) {
        c.next();
        Typed inner = expr(s);
        c.acceptWord("as");
        StringBuilder name = new StringBuilder();
        while (!c.atEnd() && !c.isPunct(")")) {
            if (c.acceptPunct("(")) {
                name.append('(');
                while (!c.atEnd() && !c.isPunct(")")) {
                    name.append(c.next().text());
                }
                c.acceptPunct(")");
                name.append(')');
                continue;
            }
            name.append(name.length() == 0 ? "" : " ").append(c.next().text());
        }
        c.acceptPunct(")");
        SqlType type = SqlType.declared(name.toString(), !inner.isParam() && inner.nullable());
        if (inner.isParam()) {
            params.infer(inner.param(), type, null, null, false);
        }
        return Typed.of(type);
    }

    private Typed caseExpr(Scope s) {
        Typed base = c.isWord("when") ? null : expr(s);
        List<Typed> results = new ArrayList<>();
        boolean hasElse = false;
        while (c.acceptWord("when")) {
            Typed when = expr(s);
            if (base != null) {
                relate(base, when, null, false);
            } else {
                condition(when);
            }
            c.acceptWord("then");
            results.add(expr(s));
        }
        if (c.acceptWord("else")) {
            hasElse = true;
            results.add(expr(s));
        }
        c.acceptWord("end");
        SqlType type = FunctionTypes.firstKnown(results);
        for (Typed r : results) {
            if (r.isParam()) {
                params.infer(r.param(), type, null, null, false);
            }
        }
        boolean nullable = !hasElse || results.stream().anyMatch(r -> r.nullable() && !r.isParam());
        return Typed.of(type.withNullable(nullable));
    }

    private Typed function(String name, Scope s) {
        c.next(); // (
        List<Typed> args = new ArrayList<>();
        boolean star = c.acceptPunct("*");
        c.acceptWord("distinct");
        while (!star && !c.atEnd() && !c.isPunct(")")) {
            args.add(expr(s));
            if (c.isWord("order")) {
                c.skipUntil(Set.of());
            }
            if (!c.acceptPunct(",")) {
                break;
            }
        }
        c.acceptPunct(")");
        if (c.acceptWord("filter")) {
            c.acceptPunct("(");
            c.acceptWord("where");
            expr(s);
            c.acceptPunct(")");
        }
        if (c.acceptWord("over")) {
            c.skipOne();
        } else if (FunctionTypes.isAggregate(name, args.size(), star)) {
            analyzer.aggregateCall();
        }
        String fn = name.toLowerCase(java.util.Locale.ROOT);
        boolean partners = Set.of("coalesce", "ifnull", "nullif", "min", "max").contains(fn);
        boolean branches = Set.of("iif", "if").contains(fn);
        SqlType common = FunctionTypes.firstKnown(branches && args.size() > 1 ? args.subList(1, args.size()) : args);
        for (int i = 0; i < args.size(); i++) {
            Typed a = args.get(i);
            if (!a.isParam()) {
                continue;
            }
            if (branches && i == 0) {
                condition(a);
            } else if (partners || branches) {
                params.infer(a.param(), common, null, null, false);
            }
            // A function's own signature: instr(@s, name) takes text, substr(x, @start, @n) integers.
            params.infer(a.param(), FunctionTypes.argument(fn, i), null, null, false);
        }
        // abs(@x) is what @x became above
        List<Typed> typed = new ArrayList<>();
        for (Typed a : args) {
            typed.add(a.isParam() && a.param() < params.size() ? Typed.of(params.get(a.param()).type) : a);
        }
        return Typed.of(FunctionTypes.result(name, typed, star));
    }

    private Typed arithmetic(Typed left, Typed right) {
        relateName(left, right, null, false);
        SqlType a = left.isParam() ? right.type() : left.type();
        SqlType b = right.isParam() ? left.type() : right.type();
        boolean nullable = (left.nullable() && !left.isParam()) || (right.nullable() && !right.isParam());
        if (!a.known() || !b.known()) {
            return Typed.of(SqlType.UNKNOWN);
        }
        SqlType result;
        if (a.jdbcType().equals("DOUBLE") || b.jdbcType().equals("DOUBLE")) {
            result = SqlType.DOUBLE;
        } else if (a.jdbcType().equals("NUMERIC") || b.jdbcType().equals("NUMERIC")) {
            result = SqlType.NUMERIC;
        } else if (a.jdbcType().equals("BIGINT") && b.jdbcType().equals("BIGINT")) {
            result = SqlType.BIGINT;
        } else {
            result = a.isNumeric() ? a : b.isNumeric() ? b : SqlType.NUMERIC;
        }
        return Typed.of(result.withNullable(nullable));
    }

    /**
     * A placeholder on one side takes the other side's type and column name, and that column as
     * its origin (what it is compared with).
     */
    private void relate(Typed a, Typed b, @Nullable String name, boolean nullableParam) {
        relateName(a, b, name, nullableParam);
        if (a.isParam() && !b.isParam()) {
            params.origin(a.param(), b.table(), b.column());
        } else if (b.isParam() && !a.isParam()) {
            params.origin(b.param(), a.table(), a.column());
        }
    }

    /** As {@link #relate} without the origin: {@code price + ?} is not a price. */
    private void relateName(Typed a, Typed b, @Nullable String name, boolean nullableParam) {
        if (a.isParam() && !b.isParam()) {
            params.infer(a.param(), b.type(), name != null ? name : b.column(), b.table(), nullableParam);
        } else if (b.isParam() && !a.isParam()) {
            params.infer(b.param(), a.type(), name != null ? name : a.column(), a.table(), nullableParam);
        }
    }

    private void relateType(Typed a, Typed b, SqlType type) {
        for (Typed t : List.of(a, b)) {
            if (t.isParam()) {
                params.infer(t.param(), type, null, null, false);
            }
        }
    }

    /** An operand read as a truth value ({@code @archived AND ...}, {@code NOT @x}, {@code WHEN @x}). */
    Typed condition(Typed t) {
        if (t.isParam()) {
            params.infer(t.param(), SqlType.BOOLEAN, null, null, false);
        }
        return t;
    }

    private static Typed bool(boolean nullable) {
        return Typed.of(SqlType.BOOLEAN.withNullable(nullable));
    }
}
