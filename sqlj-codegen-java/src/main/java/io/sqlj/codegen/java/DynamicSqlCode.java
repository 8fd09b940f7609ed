package io.sqlj.codegen.java;

import static java.util.Objects.requireNonNull;

import com.palantir.javapoet.CodeBlock;
import io.sqlj.codegen.java.QueryModel.Arg;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The statements that assemble the SQL of a query with {@code sqlj.optional} predicates or a
 * {@code sqlj.sort}: a flag {@code _on<i>} per predicate (its arguments are given), then
 * {@code String _sql} joined from constant text only. The caller's values only choose among
 * fragments the engine checked; they never become SQL.
 */
final class DynamicSqlCode {

    /** What an absent predicate becomes: true in WHERE, ON and HAVING, in every bundled dialect. */
    static final String ABSENT = "TRUE";

    private DynamicSqlCode() {}

    /** The local that says whether optional predicate {@code index} is sent. */
    static String flag(int index) {
        return "_on" + index;
    }

    /**
     * Declares the flags and {@code _sql}.
     *
     * @param value the expression of an argument's value ({@code name} or {@code params.name()})
     */
    static CodeBlock assemble(QueryModel query, Function<Arg, CodeBlock> value) {
        DynamicSql dynamic = requireNonNull(query.dynamic(), "dynamic");
        CodeBlock.Builder code = CodeBlock.builder();
        List<Arg> args = query.args();
        for (int i = 0; i < dynamic.optionals().size(); i++) {
            DynamicSql.Part part = dynamic.optionals().get(i);
            List<Integer> inside = part.args();
            code.addStatement("boolean $L = $L != null", flag(i), value.apply(args.get(inside.get(0))));
            if (inside.size() > 1) {
                List<CodeBlock> others = new ArrayList<>();
                for (int k = 1; k < inside.size(); k++) {
                    others.add(CodeBlock.of("$L != ($L != null)", flag(i), value.apply(args.get(inside.get(k)))));
                }
                code.beginControlFlow("if ($L)", CodeBlock.join(others, " || "))
                        .addStatement(
                                "throw new $T($L)",
                                IllegalArgumentException.class,
                                SourceText.literal(
                                        query.methodName() + ": " + String.join(", ", DynamicSql.names(part, args))
                                                + " are the parameters of one sqlj.optional predicate: give all of them or none (null)"))
                        .endControlFlow();
            }
        }
        DynamicSql.Sort sort = dynamic.sort();
        if (sort != null) {
            code.addStatement(
                    "$T _sort = $L == null ? $T.$L : $L",
                    sort.type(),
                    value.apply(args.get(sort.arg())),
                    sort.type(),
                    sort.constants().get(0),
                    value.apply(args.get(sort.arg())));
        }
        String sql = query.sql();
        List<CodeBlock> pieces = new ArrayList<>();
        int at = 0;
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < dynamic.optionals().size(); i++) {
            spans.add(new int[] {
                dynamic.optionals().get(i).start(), dynamic.optionals().get(i).end(), i
            });
        }
        if (sort != null) {
            spans.add(new int[] {sort.start(), sort.end(), -1});
        }
        spans.sort(java.util.Comparator.comparingInt(span -> span[0]));
        for (int[] span : spans) {
            if (span[0] > at) {
                pieces.add(SourceText.literal(sql.substring(at, span[0])));
            }
            pieces.add(
                    span[2] < 0
                            ? CodeBlock.of("_sort.sql()")
                            : CodeBlock.of(
                                    "($L ? $L : $S)",
                                    flag(span[2]),
                                    SourceText.literal(sql.substring(span[0], span[1])),
                                    ABSENT));
            at = span[1];
        }
        if (at < sql.length()) {
            pieces.add(SourceText.literal(sql.substring(at)));
        }
        return code.addStatement("$T _sql = $L", String.class, CodeBlock.join(pieces, "\n    + "))
                .build();
    }
}
