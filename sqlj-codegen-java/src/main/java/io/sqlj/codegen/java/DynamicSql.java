package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.QueryDecl;
import io.sqlj.engine.v1.OptionalPredicate;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.engine.v1.SortChoice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a query's SQL chosen at run time: its {@code sqlj.optional} predicates and its
 * {@code sqlj.sort}. The generated method assembles the SQL from constant text only, so a query
 * with n optional predicates and k orderings has at most 2^n * k distinct SQL strings.
 *
 * @param optionals the predicates, in the order of the SQL
 * @param sort the sort, or null
 */
record DynamicSql(List<Part> optionals, @Nullable Sort sort) {

    /**
     * One optional predicate: the text at {@code [start, end)} of the SQL, sent when its arguments
     * are given and replaced by {@code TRUE} when they are all null.
     *
     * @param placeholders the indexes of the {@code ?}s inside it
     * @param args the indexes in the query's args of its arguments, in order
     */
    record Part(int start, int end, List<Integer> placeholders, List<Integer> args) {}

    /**
     * The sort: the text at {@code [start, end)} is replaced by the chosen constant's ordering.
     *
     * @param arg the index of the enum argument in the query's args
     */
    record Sort(
            ClassName type, String name, int arg, int start, int end, List<String> constants, List<String> orderings) {}

    DynamicSql {
        optionals = List.copyOf(optionals);
    }

    /** The optional predicate that holds the {@code ?} at {@code placeholder}, or -1. */
    int optionalOf(int placeholder) {
        for (int i = 0; i < optionals.size(); i++) {
            if (optionals.get(i).placeholders().contains(placeholder)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the argument at {@code argIndex} is inside some optional predicate. */
    boolean optional(int argIndex) {
        return optionals.stream().anyMatch(p -> p.args().contains(argIndex));
    }

    /**
     * The dynamic parts of {@code response}, or null when it has none. Errors (a batch command, two
     * orderings that make one constant name) go to {@code diagnostics}.
     *
     * @param bindings for each {@code ?}, the index of its argument
     */
    static @Nullable DynamicSql of(
            QueryDecl decl,
            ParseResponse response,
            List<Integer> bindings,
            String packageName,
            List<Diagnostic> diagnostics) {
        if (response.getOptionalPredicatesCount() == 0 && !response.hasSort()) {
            return null;
        }
        if (decl.command().isBatch()) {
            diagnostics.add(
                    Diagnostic.error(
                            decl.location(),
                            "query " + decl.name() + " is :" + decl.command().keyword()
                                    + ", which prepares one statement for every row, so it cannot use sqlj.optional or sqlj.sort"));
            return null;
        }
        List<Part> parts = new ArrayList<>();
        for (OptionalPredicate p : response.getOptionalPredicatesList()) {
            Set<Integer> args = new LinkedHashSet<>();
            p.getParametersList().forEach(i -> args.add(bindings.get(i)));
            parts.add(new Part(p.getStart(), p.getEnd(), p.getParametersList(), List.copyOf(args)));
        }
        Sort sort = null;
        if (response.hasSort()) {
            SortChoice choice = response.getSort();
            List<String> constants = new ArrayList<>();
            Set<String> used = new HashSet<>();
            for (String ordering : choice.getOrderingsList()) {
                String constant = constantName(ordering);
                if (!used.add(constant)) {
                    diagnostics.add(Diagnostic.error(
                            decl.location(),
                            "query " + decl.name() + ": two orderings of sqlj.sort(" + choice.getName()
                                    + ", ...) make the enum constant " + constant + "; list each ordering once"));
                }
                constants.add(constant);
            }
            ClassName type = ClassName.get(packageName, Names.upperCamel(decl.name()) + "Sort");
            sort = new Sort(
                    type,
                    choice.getName(),
                    -1,
                    choice.getStart(),
                    choice.getEnd(),
                    constants,
                    choice.getOrderingsList());
        }
        return new DynamicSql(parts, sort);
    }

    /** The sort with its argument's index set. */
    DynamicSql withSortArg(int arg) {
        Sort sort = this.sort;
        if (sort == null) {
            throw new IllegalStateException("no sqlj.sort to take argument " + arg);
        }
        return new DynamicSql(
                optionals,
                new Sort(sort.type(), sort.name(), arg, sort.start(), sort.end(), sort.constants(), sort.orderings()));
    }

    /** {@code price DESC} → {@code PRICE_DESC}, {@code lower(b.title)} → {@code LOWER_B_TITLE}. */
    static String constantName(String ordering) {
        String name = ordering.replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_+|_+$", "")
                .toUpperCase(java.util.Locale.ROOT);
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            name = "BY_" + name;
        }
        return name;
    }

    /** The names of the arguments of optional predicate {@code part}, for messages. */
    static List<String> names(Part part, List<QueryModel.Arg> args) {
        return part.args().stream().map(i -> args.get(i).name()).toList();
    }
}
