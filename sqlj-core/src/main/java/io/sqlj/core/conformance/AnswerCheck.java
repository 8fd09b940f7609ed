package io.sqlj.core.conformance;

import io.sqlj.core.engine.ValueFacts;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.sql.SqlLexer;
import io.sqlj.sql.SqlSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What is wrong with one answer: each problem a sentence that shows the value the engine gave. */
final class AnswerCheck {

    private AnswerCheck() {}

    /** The problems of an answer to a standard query; empty when it is right. */
    static List<String> standard(StandardSuite.Query query, ParseResponse response) {
        List<String> problems = new ArrayList<>();
        for (Diagnostic d : response.getDiagnosticsList()) {
            if (d.getSeverity() != Diagnostic.Severity.WARNING) {
                problems.add(
                        "unexpected error diagnostic at " + d.getLine() + ":" + d.getColumn() + ": " + d.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (response.getSql().isBlank()) {
            return List.of("no sql in the answer");
        }
        // the suite's queries are plain SQL that reads the same in every dialect
        int placeholders = SqlLexer.jdbcPlaceholders(response.getSql(), SqlSyntax.LENIENT);
        if (placeholders != response.getParametersCount()
                || placeholders != query.parameters().size()) {
            problems.add("expected " + query.parameters().size() + " parameters, one per ?, got "
                    + response.getParametersCount() + " parameters for " + placeholders + " ? in: "
                    + response.getSql());
            return problems;
        }
        for (int i = 0; i < placeholders; i++) {
            parameter(i + 1, query.parameters().get(i), response.getParameters(i), problems);
        }
        if (response.getColumnsCount() != query.columns().size()) {
            problems.add("expected " + query.columns().size() + " columns " + names(query) + ", got "
                    + response.getColumnsCount() + " "
                    + response.getColumnsList().stream().map(Column::getName).toList());
            return problems;
        }
        for (int i = 0; i < query.columns().size(); i++) {
            column(i + 1, query.columns().get(i), response.getColumns(i), problems);
        }
        return problems;
    }

    private static void parameter(int n, StandardSuite.ExpectedParameter expected, Parameter p, List<String> problems) {
        ValueFacts value = ValueFacts.of(p);
        String which = value.describe(n);
        if (!expected.name().isEmpty() && !expected.name().equals(p.getName())) {
            problems.add(which + ": expected the name \"" + expected.name() + "\" the query gives it");
        }
        type(which, expected.type(), value, problems);
    }

    private static void column(int n, StandardSuite.ExpectedColumn expected, Column c, List<String> problems) {
        ValueFacts value = ValueFacts.of(c);
        String which = "column " + n + " (\"" + c.getName() + "\")";
        if (!expected.name().equals(c.getName())) {
            problems.add(
                    "column " + n + ": expected the name \"" + expected.name() + "\", got \"" + c.getName() + "\"");
        }
        type(which, expected.type(), value, problems);
        if (expected.nullable() && !c.getNullable()) {
            problems.add(which + ": reported NOT NULL, but the schema allows NULL");
        }
    }

    /** Positions and diagnostic places that fall outside what the request allows. */
    static List<String> positions(String sql, ParseResponse response) {
        List<String> problems = new ArrayList<>();
        int count = response.getParametersCount();
        Map<Integer, String> nameAt = new HashMap<>();
        int largest = 0;
        for (int i = 0; i < count; i++) {
            Parameter p = response.getParameters(i);
            if (p.getPosition() < 1 || p.getPosition() > count) {
                problems.add("parameter " + (i + 1) + " has position " + p.getPosition() + ", outside 1.." + count);
                continue;
            }
            largest = Math.max(largest, p.getPosition());
            String before = nameAt.putIfAbsent(p.getPosition(), p.getName());
            if (before != null && !before.equals(p.getName())) {
                problems.add("position " + p.getPosition() + " has two names: \"" + before + "\" and \"" + p.getName()
                        + "\"");
            }
        }
        for (int position = 1; position <= largest; position++) {
            if (!nameAt.containsKey(position)) {
                problems.add("positions skip " + position + " (the largest is " + largest + ")");
            }
        }
        for (Diagnostic d : response.getDiagnosticsList()) {
            if ((d.getLine() != 0 || d.getColumn() != 0) && !inside(sql, d.getLine(), d.getColumn())) {
                problems.add("diagnostic at " + d.getLine() + ":" + d.getColumn() + " is outside the query (\""
                        + d.getMessage() + "\")");
            }
        }
        return problems;
    }

    /** Whether 1-based {@code line:column} is a place in {@code sql}, the end of a line included. */
    static boolean inside(String sql, int line, int column) {
        String[] lines = sql.split("\n", -1);
        return line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1].length() + 1;
    }

    private static List<String> names(StandardSuite.Query query) {
        return query.columns().stream().map(StandardSuite.ExpectedColumn::name).toList();
    }

    /** The type checks a parameter and a column share. */
    private static void type(String which, TypeFamily expected, ValueFacts value, List<String> problems) {
        if (value.dataType().isBlank()) {
            problems.add(which + ": no data_type");
        } else if (!expected.matches(value.jdbcType(), value.dataType())) {
            problems.add(which + ": expected " + expected.description() + ", got data_type \"" + value.dataType() + "\""
                    + (value.jdbcType().isEmpty() ? "" : " jdbc_type \"" + value.jdbcType() + "\""));
        }
    }
}
