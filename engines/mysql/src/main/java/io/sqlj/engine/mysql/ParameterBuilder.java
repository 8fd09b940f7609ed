package io.sqlj.engine.mysql;

import io.sqlj.engine.sdk.ParamNamer;
import io.sqlj.engine.sdk.ParamOrigin;
import io.sqlj.engine.sdk.Placeholder;
import io.sqlj.engine.sdk.ScannedSql;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.sql.SqlToken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Parameters, typed by what each {@code ?} meets, since MySQL's prepare reports no parameter
 * types: the column it is compared with, assigned to or inserted into ({@link ParamNamer},
 * {@link ParamOrigin}) gives its type, name and nullability; {@code CAST(? AS type)} and
 * {@code CONVERT(?, type)} give the named type; {@code LIMIT ?}/{@code OFFSET ?} are BIGINT.
 * Anything else is a string, which MySQL converts to whatever the expression needs
 * (docs/mysql.md). Placeholders with one number share a name, a type and nullability.
 */
final class ParameterBuilder {
    private static final class Group {
        final List<Integer> members = new ArrayList<>();
        String name = "";
        boolean nullable;
    }

    private final Catalog catalog;
    private final ScannedSql scanned;
    private final List<SqlToken> tokens;
    private final ParamNamer namer;
    private final ParamOrigin origin;

    ParameterBuilder(Catalog catalog, ScannedSql scanned, List<SqlToken> tokens) {
        this.catalog = catalog;
        this.scanned = scanned;
        this.tokens = tokens;
        this.namer = new ParamNamer(tokens);
        this.origin = new ParamOrigin(tokens, catalog::hasColumn);
    }

    List<Parameter> build() throws java.sql.SQLException {
        List<Placeholder> placeholders = scanned.placeholders();
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
        List<String> tables = new ArrayList<>();
        for (Placeholder p : placeholders) {
            ParamNamer.Guess guess = namer.guess(p.jdbcOffset());
            guesses.add(guess);
            tables.add(origin.table(namer.tokenIndex(p.jdbcOffset()), guess));
        }
        Set<String> taken = new HashSet<>();
        groups.values().forEach(g -> taken.add(g.name.toLowerCase(Locale.ROOT)));
        for (Group g : groups.values()) {
            for (int i : g.members) {
                ParamNamer.Guess guess = guesses.get(i);
                if (!guess.writtenTable().isEmpty() && !guess.column().isEmpty()) {
                    g.nullable |= catalog.nullable(guess.writtenTable(), guess.column());
                }
                if (g.name.isEmpty() && !guess.name().isEmpty()) {
                    g.name = unique(guess.name(), taken);
                }
            }
        }
        // A parameter used more than once takes its type from the first use that tells one (a
        // column, a cast, LIMIT), as sqlc types `@x IS NULL OR col = @x` from `col`; uses whose
        // Java types differ are an error at the second, as sqlc's "named param has incompatible types".
        Map<Group, Integer> typedBy = new java.util.IdentityHashMap<>();
        for (Group g : groups.values()) {
            int by = g.members.get(0);
            Optional<MyType> firstType = Optional.empty();
            for (int i : g.members) {
                Optional<MyType> t = told(placeholders.get(i), tables.get(i), guesses.get(i));
                if (t.isEmpty()) {
                    continue;
                }
                if (firstType.isEmpty()) {
                    firstType = t;
                    by = i;
                } else if (!javaOf(t.get()).equals(javaOf(firstType.get()))) {
                    Placeholder p = placeholders.get(i);
                    diagnostics.add(io.sqlj.engine.sdk.Diagnostics.error(
                            scanned.sql(),
                            p.offset(),
                            "parameter " + spelling(p) + " is " + t.get().dataType() + " here but "
                                    + firstType.get().dataType()
                                    + " where it is first used; one parameter has one type (CAST one use)"));
                    break;
                }
            }
            typedBy.put(g, by);
        }
        List<Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < placeholders.size(); i++) {
            Placeholder p = placeholders.get(i);
            Group g = groupOf.get(i);
            int first = typedBy.getOrDefault(g, g.members.get(0));
            String table = tables.get(first);
            Optional<Catalog.Col> column = table.isEmpty()
                    ? Optional.empty()
                    : catalog.column(table, guesses.get(first).column());
            MyType type = column.map(Catalog.Col::type).orElseGet(() -> written(placeholders.get(first)));
            if (p.slice()
                    && type.dataType().startsWith("bit(")
                    && !type.dataType().equals("bit(1)")) {
                // `bits IN (?, ?)` with byte[] arguments compares the BIT(n) column as a number with the
                // bytes as a string (numeric value 0): no mapping, so sqlj refuses the slice and names the
                // override (a column override to long, say, binds numbers that compare right).
                type = MyType.of(type.dataType(), "OTHER");
            }
            parameters.add(Parameter.newBuilder()
                    .setName(g.name)
                    .setPosition(p.number())
                    .setDataType(type.dataType())
                    .setJdbcType(type.jdbcType())
                    .setJavaClass(type.javaClass())
                    .setNullable(g.nullable)
                    .setIsSlice(p.slice())
                    .setTableName(column.map(Catalog.Col::table).orElse(""))
                    .setColumnName(column.map(Catalog.Col::name).orElse(""))
                    .addAllEnumLabels(type.enumLabels())
                    .build());
        }
        return parameters;
    }

    /** Problems found while typing the parameters (a parameter whose uses disagree). */
    final List<io.sqlj.engine.v1.Diagnostic> diagnostics = new ArrayList<>();

    /** The type one use tells: the column it meets, a cast, LIMIT/OFFSET; empty when nothing does. */
    private Optional<MyType> told(Placeholder p, String table, ParamNamer.Guess guess) {
        if (!table.isEmpty()) {
            Optional<Catalog.Col> column = catalog.column(table, guess.column());
            if (column.isPresent()) {
                return Optional.of(column.get().type());
            }
        }
        MyType written = written(p);
        return written.dataType().equals("varchar") && !castTo(p) ? Optional.empty() : Optional.of(written);
    }

    /** Whether a placeholder is the operand of CAST(? AS ...) or CONVERT(?, ...). */
    private boolean castTo(Placeholder p) {
        int i = namer.tokenIndex(p.jdbcOffset());
        return at(i - 1).isPunct("(") && (at(i - 2).isWord("cast") || at(i - 2).isWord("convert"));
    }

    /** The Java type a MySQL type binds as: CHAR, VARCHAR and TEXT are all a String. */
    private static String javaOf(MyType type) {
        if (!type.enumLabels().isEmpty()) {
            return "enum " + type.dataType();
        }
        if (!type.javaClass().isEmpty()) {
            return type.javaClass();
        }
        return switch (type.jdbcType()) {
            case "CHAR", "VARCHAR", "LONGVARCHAR", "NCHAR", "NVARCHAR", "LONGNVARCHAR" -> "String";
            case "BINARY", "VARBINARY", "LONGVARBINARY" -> "byte[]";
            default -> type.jdbcType();
        };
    }

    private String spelling(Placeholder p) {
        String sql = scanned.sql();
        return sql.substring(p.offset(), Math.min(sql.length(), p.offset() + p.length()));
    }

    /** The type a parameter's own context names: a cast, LIMIT/OFFSET; else a string. */
    private MyType written(Placeholder p) {
        int i = namer.tokenIndex(p.jdbcOffset());
        if (at(i - 1).isWord("limit") || at(i - 1).isWord("offset") || at(i - 1).isPunct(",") && limitBefore(i - 1)) {
            return MyType.of("bigint", "BIGINT");
        }
        boolean cast =
                at(i - 1).isPunct("(") && at(i - 2).isWord("cast") && at(i + 1).isWord("as");
        boolean convert = at(i - 1).isPunct("(")
                && at(i - 2).isWord("convert")
                && at(i + 1).isPunct(",");
        if (cast || convert) {
            String target = at(i + 2).key();
            return switch (target) {
                case "signed", "integer", "int" -> MyType.of("bigint", "BIGINT");
                case "unsigned" -> MyTypes.byName("bigint unsigned");
                case "decimal" -> MyType.of("decimal", "DECIMAL");
                case "double", "float", "real" -> MyTypes.byName(target);
                case "date", "datetime", "time", "json" -> MyTypes.byName(target);
                case "binary" -> MyType.of("varbinary", "VARBINARY");
                default -> MyType.of("varchar", "VARCHAR");
            };
        }
        return MyType.of("varchar", "VARCHAR");
    }

    /** {@code LIMIT ?, ?}: the comma follows {@code LIMIT ?}. */
    private boolean limitBefore(int comma) {
        return at(comma - 1).kind() == SqlToken.Kind.PLACEHOLDER
                        && at(comma - 2).isWord("limit")
                || at(comma - 1).kind() == SqlToken.Kind.NUMBER && at(comma - 2).isWord("limit");
    }

    private SqlToken at(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : new SqlToken(SqlToken.Kind.WHITESPACE, "", 0, 0, true);
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }
}
