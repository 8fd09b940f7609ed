package io.sqlj.engine.postgresql;

import io.sqlj.engine.sdk.Diagnostics;
import io.sqlj.engine.sdk.ParamNamer;
import io.sqlj.engine.sdk.ParamOrigin;
import io.sqlj.engine.sdk.Placeholder;
import io.sqlj.engine.sdk.ScannedSql;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.sql.SqlToken;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Parameters from the server's parameter types: one per {@code ?}, those with one number
 * sharing a name, a type (the first one's) and nullability. Names: the user's, else inferred by
 * {@link ParamNamer}; a clash gets {@code _2}, {@code _3}. A parameter is nullable when written
 * {@code sqlj.narg} or when it is inserted into or assigned to a nullable column.
 */
final class ParameterBuilder {
    /**
     * @param casts by placeholder index, the composite type to cast that {@code ?} to: the server
     *     typed it as the pseudo-type {@code record} and would refuse the text bound to it ("input
     *     of anonymous composite types is not implemented")
     */
    record Result(List<Parameter> parameters, List<Diagnostic> diagnostics, Map<Integer, String> casts) {}

    private static final class Group {
        final List<Integer> members = new ArrayList<>();
        String name = "";
        boolean nullable;
    }

    private final PgTypes types;
    private final Catalog catalog;
    private final ScannedSql scanned;
    private final ServerText text;
    private final ParamNamer namer;
    private final ParamOrigin origin;
    private final List<SqlToken> tokens;

    ParameterBuilder(PgTypes types, Catalog catalog, ScannedSql scanned, ServerText text, List<SqlToken> tokens) {
        this.types = types;
        this.catalog = catalog;
        this.scanned = scanned;
        this.text = text;
        this.namer = new ParamNamer(tokens);
        this.origin = new ParamOrigin(tokens, catalog::hasColumn);
        this.tokens = tokens;
    }

    Result build(List<String> serverTypes) throws SQLException {
        List<Placeholder> placeholders = scanned.placeholders();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (serverTypes.size() != placeholders.size()) {
            diagnostics.add(Diagnostics.error(
                    scanned.sql(),
                    0,
                    "the server counts " + serverTypes.size() + " parameters but the query has " + placeholders.size()
                            + " placeholders"));
            return new Result(List.of(), diagnostics, Map.of());
        }
        Map<Integer, Group> groups = new TreeMap<>();
        List<Group> groupOf = new ArrayList<>(); // by placeholder index
        for (int i = 0; i < placeholders.size(); i++) {
            Placeholder p = placeholders.get(i);
            Group g = groups.computeIfAbsent(p.number(), n -> new Group());
            groupOf.add(g);
            g.members.add(i);
            g.nullable |= p.forcedNullable();
            if (g.name.isEmpty() && p.named()) {
                g.name = p.name();
            }
        }
        List<ParamNamer.Guess> guesses = new ArrayList<>();
        for (int i = 0; i < placeholders.size(); i++) {
            guesses.add(namer.guess(text.questionOffset(i)));
        }
        Set<String> taken = new HashSet<>();
        groups.values().forEach(g -> taken.add(g.name.toLowerCase(Locale.ROOT)));
        for (Group g : groups.values()) {
            for (int i : g.members) {
                ParamNamer.Guess guess = guesses.get(i);
                if (!guess.writtenTable().isEmpty() && !guess.name().isEmpty()) {
                    g.nullable |= catalog.nullable(guess.writtenTable(), guess.name());
                }
                if (g.name.isEmpty() && !guess.name().isEmpty()) {
                    g.name = unique(guess.name(), taken);
                }
            }
        }
        for (Group g : groups.values()) {
            PgType first = types.byName(serverTypes.get(g.members.get(0)));
            for (int i : g.members) {
                PgType other = types.byName(serverTypes.get(i));
                if (!other.jdbcType().equals(first.jdbcType())
                        || !other.javaClass().equals(first.javaClass())
                        || other.arrayDims() != first.arrayDims()) {
                    Placeholder p = placeholders.get(i);
                    diagnostics.add(Diagnostics.error(
                            scanned.sql(),
                            p.offset(),
                            "parameter " + spelling(placeholders.get(g.members.get(0))) + " is "
                                    + other.dataType() + " here but " + first.dataType()
                                    + " where it is first used; one parameter has one type (cast one use)"));
                    break;
                }
            }
        }
        if (Diagnostics.hasErrors(diagnostics)) {
            return new Result(List.of(), diagnostics, Map.of());
        }
        List<Parameter> parameters = new ArrayList<>();
        Map<Integer, String> casts = new TreeMap<>();
        for (int i = 0; i < placeholders.size(); i++) {
            Placeholder p = placeholders.get(i);
            Group g = groupOf.get(i);
            PgType type = types.byName(serverTypes.get(g.members.get(0)));
            boolean slice = p.slice() && !text.arraySlice(i);
            ParamNamer.Guess guess = guesses.get(i);
            int at = namer.tokenIndex(text.questionOffset(i));
            String table = origin.table(at, guess);
            if (serverTypes.get(g.members.get(0)).equals("record") && !table.isEmpty()) {
                // `pair_column IN (?)`: the server types a composite's parameter as the pseudo-type
                // record; the column it is compared with has the composite type itself.
                int oid = catalog.columnTypeOid(table, guess.column());
                if (oid != 0) {
                    type = types.byOid(oid);
                    if (!p.slice() && !type.isArray() && !type.attributes().isEmpty()) {
                        casts.put(i, type.dataType());
                    }
                }
            }
            if (type.isArray()) {
                int declared = table.isEmpty() ? 0 : catalog.arrayDims(table, guess.column());
                type = type.withDeclaredDims(Math.max(declared, castDims(at)));
            }
            parameters.add(Parameter.newBuilder()
                    .setTableName(table)
                    .setColumnName(table.isEmpty() ? "" : guess.column())
                    .setName(g.name)
                    .setPosition(p.number())
                    .setDataType(type.dataType())
                    .setJdbcType(type.jdbcType())
                    .setJavaClass(type.javaClass())
                    .setTextForm(type.textForm())
                    .setElementType(type.elementType())
                    .setArrayDelimiter(type.arrayDelimiter())
                    .setNullable(g.nullable)
                    .setIsArray(type.isArray())
                    .setArrayDims(type.arrayDims())
                    .setIsSlice(slice)
                    .addAllEnumLabels(type.enumLabels())
                    .addAllCompositeAttributes(type.attributes())
                    .build());
        }
        return new Result(parameters, diagnostics, casts);
    }

    /** The dimensions of a cast right after the placeholder at token {@code at}: {@code ?::text[][]} is 2. */
    private int castDims(int at) {
        if (at < 0 || at + 2 >= tokens.size() || !tokens.get(at + 1).isPunct("::")) {
            return 0;
        }
        int k = at + 3; // past ::, the type's first word
        while (k < tokens.size()
                && (tokens.get(k).isPunct(".")
                        || tokens.get(k - 1).isPunct(".")
                        || tokens.get(k).isWord("precision")
                        || tokens.get(k).isWord("varying"))) {
            k++;
        }
        if (k < tokens.size() && tokens.get(k).isPunct("(")) {
            while (k < tokens.size() && !tokens.get(k).isPunct(")")) {
                k++;
            }
            k++;
        }
        int dims = 0;
        while (k + 1 < tokens.size()
                && tokens.get(k).isPunct("[")
                && tokens.get(k + 1).isPunct("]")) {
            dims++;
            k += 2;
        }
        return dims;
    }

    /** How the user wrote a placeholder: {@code @since}, {@code $1}. */
    private String spelling(Placeholder p) {
        String sql = scanned.sql();
        return sql.substring(p.offset(), Math.min(sql.length(), p.offset() + p.length()));
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }
}
