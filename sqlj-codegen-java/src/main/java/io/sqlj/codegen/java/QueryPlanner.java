package io.sqlj.codegen.java;

import com.palantir.javapoet.ClassName;
import io.sqlj.codegen.java.QueryModel.Arg;
import io.sqlj.codegen.java.QueryModel.Field;
import io.sqlj.core.Command;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.QueryDecl;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.engine.v1.ParseResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Chooses names and types for each query, reporting what cannot be generated. */
final class QueryPlanner {

    /** A statement that writes rows: INSERT or REPLACE, SQLite's after a WITH. */
    private static final Pattern INSERTS = Pattern.compile("(?is)\\s*(?:WITH\\b.*?\\b)?(?:INSERT|REPLACE)\\b");

    /** MySQL's {@code LAST_INSERT_ID(expr)}, which sets the id a statement reports. */
    private static final Pattern LAST_INSERT_ID = Pattern.compile("(?i)\\bLAST_INSERT_ID\\s*\\(\\s*[^)\\s]");

    private static final Pattern INSERT_INTO =
            Pattern.compile("(?is)\\s*INSERT\\s+INTO\\s+(\"(?:[^\"]|\"\")+\"|[^\\s(]+)");

    private final JavaOptions options;
    private final TypeMapper types;
    private final Map<String, TableModel> models;
    private final List<Diagnostic> diagnostics;
    private final Set<String> methodNames = new HashSet<>();
    private final Set<String> constantNames = new HashSet<>();
    /** The schemas of the models, lower case, but the default one: made once, not per query (§1v). */
    private final Set<String> otherSchemas;

    /** Whether the block's engine speaks PostgreSQL, so that {@code :copyfrom} may use its COPY. */
    private final boolean copy;

    /**
     * The block's engine's SQL dialect: MySQL and SQLite have a last insert id for any statement
     * ({@code :execlastid} without a key column), PostgreSQL has none.
     */
    private final io.sqlj.sql.SqlSyntax syntax;

    QueryPlanner(
            JavaOptions options,
            TypeMapper types,
            Map<String, TableModel> models,
            List<Diagnostic> diagnostics,
            String engine) {
        this.syntax = io.sqlj.sql.SqlSyntax.forEngine(engine);
        this.copy = syntax == io.sqlj.sql.SqlSyntax.POSTGRESQL;
        this.options = options;
        this.types = types;
        this.models = models;
        this.diagnostics = diagnostics;
        Set<String> schemas = new HashSet<>();
        models.values().forEach(m -> schemas.add(m.schema().toLowerCase(java.util.Locale.ROOT)));
        schemas.remove("");
        this.otherSchemas = schemas;
    }

    /** The model of {@code query}, or empty after adding at least one error. */
    Optional<QueryModel> plan(ResolvedQuery query) {
        QueryDecl decl = query.decl();
        ParseResponse response = query.response();
        int errors = diagnostics.size();
        String method = Names.member(decl.name());
        if (method.isEmpty()) {
            error(decl, "query name \"" + decl.name() + "\" has no letters or digits to make a method name");
        } else if (!methodNames.add(method)) {
            error(
                    decl,
                    "query " + decl.name() + " would generate method " + method
                            + "(), which another query already generates; rename one of them");
        }
        String constant = Names.unique(Names.upperSnake(decl.name()), constantNames);
        boolean returnsRows = decl.command().returnsRows();
        // Other commands ignore result columns (such as RETURNING under :exec), so no type is needed.
        List<Field> columns = returnsRows ? columns(decl, response.getColumnsList()) : List.of();
        Map<String, Integer> argIndex = new LinkedHashMap<>();
        List<Arg> args = args(decl, response.getParametersList(), argIndex);
        List<Integer> bindings = new ArrayList<>();
        for (Parameter parameter : response.getParametersList()) {
            bindings.add(argIndex.get(identity(parameter)));
        }
        checkShape(decl, response, columns, args);
        DynamicSql dynamic = DynamicSql.of(decl, response, bindings, options.packageName(), diagnostics);
        if (dynamic != null) {
            dynamic = dynamicArgs(dynamic, args);
        }
        checkEmbedList(decl, columns);
        QueryModel.Key key = decl.command() == Command.EXECLASTID
                ? key(decl, response)
                : decl.command() == Command.EXECRESULT && response.hasGeneratedKey() ? key(decl, response) : null;
        if (diagnostics.subList(errors, diagnostics.size()).stream().anyMatch(Diagnostic::isError)) {
            return Optional.empty();
        }
        String typeBase = Names.upperCamel(decl.name());
        boolean batch = decl.command().isBatch();
        ClassName paramsType = batch || args.size() > options.paramsLimit()
                ? ClassName.get(options.packageName(), typeBase + "Params")
                : null;
        TableModel model = columns.size() > 1 ? tableOf(response.getColumnsList(), columns) : null;
        boolean ownRow = model == null
                && !columns.isEmpty()
                && (columns.size() > 1 || columns.get(0) instanceof QueryModel.Embed);
        ClassName rowType = ownRow ? ClassName.get(options.packageName(), typeBase + "Row") : null;
        if (!checkSlots(decl, rowType != null ? columns : List.of(), args, paramsType != null)) {
            return Optional.empty();
        }
        return Optional.of(new QueryModel(
                decl,
                response.getSql(),
                method,
                constant,
                args,
                bindings,
                paramsType,
                columns,
                rowType,
                model,
                key,
                decl.command() == Command.EXECRESULT
                        ? ClassName.get(
                                options.packageName(), typeBase.endsWith("Result") ? typeBase : typeBase + "Result")
                        : null,
                dynamic,
                decl.command() == Command.COPYFROM && copy
                        ? CopyFromCode.copySql(response.getSql(), response.getParametersCount())
                                .orElse(null)
                        : null));
    }

    /**
     * The arguments of optional predicates become nullable (null leaves the predicate out), and the
     * sort's enum becomes the last argument; returns {@code dynamic} knowing that argument.
     */
    private static DynamicSql dynamicArgs(DynamicSql dynamic, List<Arg> args) {
        for (int i = 0; i < args.size(); i++) {
            Arg arg = args.get(i);
            if (dynamic.optional(i) && !arg.type().nullable()) {
                ValueType t = arg.type();
                args.set(
                        i,
                        new Arg(
                                arg.name(),
                                arg.sqlName(),
                                new ValueType(t.scalar(), true, t.arrayDims(), t.elementType(), t.slice())));
            }
        }
        if (dynamic.sort() == null) {
            return dynamic;
        }
        DynamicSql.Sort sort = dynamic.sort();
        Set<String> used = new HashSet<>();
        args.forEach(arg -> used.add(arg.name()));
        String sqlName = sort.type().simpleName();
        String name = Names.unique(Names.member(sortName(sort, sqlName)), used);
        ScalarType type = new ScalarType.Jdbc(sort.type(), ScalarType.Access.OBJECT, "Object", "OTHER");
        args.add(new Arg(name, name, ValueType.of(type, true)));
        return dynamic.withSortArg(args.size() - 1);
    }

    private static String sortName(DynamicSql.Sort sort, String fallback) {
        return sort.name().isEmpty() ? fallback : sort.name();
    }

    /**
     * {@code sqlj.embed_list} groups the rows of {@code :one} and {@code :many} under the query's
     * first {@code sqlj.embed}; one list per query (two lists would multiply each other's rows).
     */
    private void checkEmbedList(QueryDecl decl, List<Field> columns) {
        long lists = columns.stream()
                .filter(f -> f instanceof QueryModel.Embed e && e.list())
                .count();
        if (lists == 0) {
            return;
        }
        if (decl.command() != Command.ONE && decl.command() != Command.MANY) {
            error(
                    decl,
                    "query " + decl.name() + " is :" + decl.command().keyword() + ", but sqlj.embed_list groups all"
                            + " the rows of a result, which only :one and :many read whole; use :many");
        }
        if (lists > 1) {
            error(
                    decl,
                    "query " + decl.name() + " has " + lists + " sqlj.embed_list; a query can have one (two"
                            + " one-to-many joins multiply each other's rows): run a second query for the other list");
        }
        if (columns.stream().noneMatch(f -> f instanceof QueryModel.Embed e && !e.list())) {
            error(
                    decl,
                    "query " + decl.name() + " uses sqlj.embed_list without a sqlj.embed to group by; select"
                            + " the parent as sqlj.embed(table), as in SELECT sqlj.embed(authors), sqlj.embed_list(books)");
        }
    }

    /**
     * The key {@code :execlastid} returns: the engine's {@code generated_key}, in its own type.
     * Without one the query cannot know which column to read back, so it is an error here rather
     * than a wrong value (the first column, whatever it is) at run time.
     */
    private QueryModel.@Nullable Key key(QueryDecl decl, ParseResponse response) {
        if (!response.hasGeneratedKey() && decl.command() == Command.EXECLASTID && lastInsertId()) {
            return lastInsertId(decl, response.getSql());
        }
        if (!response.hasGeneratedKey()) {
            Matcher insert = INSERT_INTO.matcher(response.getSql());
            error(
                    decl,
                    "query " + decl.name() + " is :execlastid, but "
                            + (insert.lookingAt()
                                    ? "table " + insert.group(1)
                                            + " has no single key column (a one-column primary key, or"
                                            + " its only identity, serial or auto-increment column)"
                                    : "it is not an INSERT into a table with a single key column")
                            + "; use :exec or :execrows, or RETURNING with :one");
            return null;
        }
        Column key = response.getGeneratedKey().toBuilder().setNullable(false).build();
        Optional<ValueType> type = types.column(key);
        if (type.isEmpty()) {
            error(
                    decl,
                    "unknown type \"" + key.getDataType() + "\" for key column \"" + key.getName()
                            + "\" of query " + decl.name() + "; "
                            + TypeMapper.overrideHint(key.getDataType(), key.getTableName(), key.getName()));
            return null;
        }
        return new QueryModel.Key(key.getName(), type.get());
    }

    /** Whether the engine's driver reports a last insert id for any statement (MySQL, SQLite). */
    private boolean lastInsertId() {
        return syntax == io.sqlj.sql.SqlSyntax.MYSQL || syntax == io.sqlj.sql.SqlSyntax.SQLITE;
    }

    /**
     * {@code :execlastid} of a statement without a key column, on MySQL or SQLite: the driver's
     * last insert id as a {@code long}, as sqlc's Go reads {@code sql.Result.LastInsertId()}.
     * SQLite's is the rowid of the row an INSERT wrote (every table but a WITHOUT ROWID one has
     * one); MySQL's is the statement's AUTO_INCREMENT value or {@code LAST_INSERT_ID(expr)}, else
     * 0. A warning where the value says nothing: a MySQL statement that generates no id, a SQLite
     * statement that inserts no row (sqlite-jdbc reports generated keys for an INSERT only: 0).
     */
    private QueryModel.Key lastInsertId(QueryDecl decl, String sql) {
        boolean inserts = INSERTS.matcher(sql).lookingAt();
        boolean setsId = LAST_INSERT_ID.matcher(sql).find();
        String what = null;
        if (syntax == io.sqlj.sql.SqlSyntax.MYSQL && !setsId) {
            Matcher insert = INSERT_INTO.matcher(sql);
            what = (inserts && insert.lookingAt()
                            ? "table " + insert.group(1) + " has no AUTO_INCREMENT column"
                            : "the statement inserts no row")
                    + ", so MySQL's last insert id is 0 after it (unless the statement calls LAST_INSERT_ID(expr))";
        } else if (syntax == io.sqlj.sql.SqlSyntax.SQLITE && !inserts) {
            what = "the statement inserts no row, so sqlite-jdbc reports no rowid and it returns 0 (sqlc's"
                    + " LastInsertId() returns the rowid of the connection's previous INSERT)";
        }
        if (what != null) {
            diagnostics.add(Diagnostic.warning(
                    decl.location(),
                    "query " + decl.name() + " is :execlastid, but " + what
                            + (syntax == io.sqlj.sql.SqlSyntax.MYSQL
                                    ? "; it returns that long, as sqlc's LastInsertId() does"
                                    : "")
                            + ": use :exec or :execrows if no id is needed"));
        }
        return new QueryModel.Key(null, ValueType.of(TypeMapper.LAST_INSERT_ID, false));
    }

    /** Whether the row record and the method (or params record) fit the JVM's parameter slots. */
    private boolean checkSlots(QueryDecl decl, List<Field> row, List<Arg> args, boolean paramsRecord) {
        int rowSlots = JvmLimits.fieldSlots(row);
        int argSlots = JvmLimits.argSlots(args);
        if (rowSlots > JvmLimits.PARAMETER_SLOTS) {
            error(
                    decl,
                    "query " + decl.name() + " returns " + row.size() + " columns, too many for the constructor of its"
                            + " row record: " + JvmLimits.why(rowSlots) + "; select fewer columns or split the query");
        }
        if (argSlots > JvmLimits.PARAMETER_SLOTS) {
            error(
                    decl,
                    "query " + decl.name() + " has " + args.size() + " parameters, too many for "
                            + (paramsRecord ? "the constructor of its params record" : "its method") + ": "
                            + JvmLimits.why(argSlots)
                            + "; split the query");
        }
        return rowSlots <= JvmLimits.PARAMETER_SLOTS && argSlots <= JvmLimits.PARAMETER_SLOTS;
    }

    /** The model whose columns are exactly {@code columns}, or null. */
    private @Nullable TableModel tableOf(List<Column> raw, List<Field> columns) {
        List<String> names = raw.stream().map(Column::getName).toList();
        List<String> tables = raw.stream().map(Column::getTableName).toList();
        if (tables.stream().allMatch(String::isEmpty)) {
            return null; // computed columns only: a same-shaped table would be a coincidence
        }
        List<String> schemas = raw.stream().map(Column::getSchemaName).toList();
        for (TableModel model : models.values()) {
            if (model.matches(names, tables, schemas, otherSchemas, columns)) {
                return model;
            }
        }
        return null;
    }

    private List<Field> columns(QueryDecl decl, List<Column> columns) {
        List<Field> fields = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (!column.getEmbedTable().isEmpty()) {
                int end = EmbeddedTables.runEnd(columns, i);
                embed(decl, columns.subList(i, end), used).ifPresent(fields::add);
                i = end - 1;
                continue;
            }
            String name = columnName(column);
            name = Names.unique(name.isEmpty() ? "column" + (i + 1) : name, used);
            Optional<ValueType> type = types.column(column);
            if (type.isEmpty()) {
                error(
                        decl,
                        "unknown type \"" + column.getDataType() + "\"" + types.because(column.getDataType())
                                + " for column \"" + column.getName()
                                + "\" of query " + decl.name() + "; "
                                + (column.getDataType().equals("record")
                                        // haaukins-daemon: SELECT (username, email) FROM teams
                                        ? "it is one anonymous row value, as SELECT (a, b) makes: write SELECT a, b"
                                                + " for two columns, or "
                                        : "")
                                + TypeMapper.overrideHint(
                                        column.getDataType(), column.getTableName(), column.getName()));
            } else {
                if (type.get().scalar().type().equals(JdbcCode.VOID)) {
                    diagnostics.add(Diagnostic.warning(
                            decl.location(),
                            "column \"" + column.getName() + "\" of query " + decl.name() + " is of type \""
                                    + column.getDataType() + "\", which has no value: it reads as a null Void;"
                                    + " run the query with :exec if only its effect matters"));
                }
                fields.add(new QueryModel.Plain(name, type.get()));
            }
        }
        return fields;
    }

    /** The user's rename for {@code table.column} or {@code column}, else lowerCamel. */
    private String columnName(Column column) {
        Optional<String> renamed = column.getTableName().isEmpty()
                ? Optional.empty()
                : options.renamedMember(column.getTableName() + "." + column.getName());
        return renamed.or(() -> options.renamedMember(column.getName()))
                .orElseGet(() -> Names.member(column.getName()));
    }

    /**
     * The columns of one {@code sqlj.embed(table)}: a component of the table's model type, nullable
     * when a column the table declares NOT NULL reads as nullable (the outer side of a join).
     */
    private Optional<Field> embed(QueryDecl decl, List<Column> group, Set<String> used) {
        String table = group.get(0).getEmbedTable();
        TableModel model = models.get(table.toLowerCase(java.util.Locale.ROOT));
        if (model == null && table.indexOf('.') > 0) {
            // public.users: the default schema, written out
            model = models.get(TableModel.key("", table.substring(table.lastIndexOf('.') + 1)));
        }
        if (model == null) {
            error(
                    decl,
                    "query " + decl.name() + " embeds table \"" + table + "\", but "
                            + (options.emitModels() ? "the engine reported no model for it" : "emit_models is false")
                            + "; sqlj.embed needs the table's model record");
            return Optional.empty();
        }
        if (group.size() != model.fields().size()) {
            error(
                    decl,
                    "query " + decl.name() + " embeds table \"" + table + "\" with " + group.size()
                            + " columns, but its model has " + model.fields().size());
            return Optional.empty();
        }
        boolean nullable = false;
        for (int i = 0; i < group.size(); i++) {
            nullable |=
                    group.get(i).getNullable() && !model.fields().get(i).type().nullable();
        }
        boolean list = group.get(0).getEmbedList();
        // the list is named after the table (books), the single record after its model (author)
        String name = Names.unique(Names.member(list ? table : model.name().simpleName()), used);
        return Optional.of(new QueryModel.Embed(name, model, nullable, list));
    }

    /** One argument per distinct parameter, ordered by position then first appearance. */
    private List<Arg> args(QueryDecl decl, List<Parameter> parameters, Map<String, Integer> index) {
        Map<String, Parameter> first = new LinkedHashMap<>();
        Map<String, Boolean> nullable = new LinkedHashMap<>();
        Map<String, Parameter> origin = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            Parameter earlier = first.putIfAbsent(identity(parameter), parameter);
            if (earlier != null && !sameJavaType(decl, earlier, parameter)) {
                continue;
            }
            nullable.merge(identity(parameter), parameter.getNullable(), Boolean::logicalOr);
            if (!parameter.getColumnName().isEmpty()) {
                Parameter seen = origin.putIfAbsent(identity(parameter), parameter);
                if (seen != null) {
                    checkSameOverride(decl, seen, parameter);
                }
            }
        }
        List<Parameter> distinct = new ArrayList<>(first.values());
        distinct.sort(Comparator.comparingInt(Parameter::getPosition)); // stable: ties keep appearance
        List<Arg> args = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Parameter parameter : distinct) {
            String key = identity(parameter);
            Parameter from = origin.getOrDefault(key, parameter);
            Parameter merged = parameter.toBuilder()
                    .setNullable(nullable.getOrDefault(key, parameter.getNullable()))
                    .setTableName(from.getTableName())
                    .setColumnName(from.getColumnName())
                    .build();
            String name = options.renamedMember(parameter.getName()).orElseGet(() -> Names.member(parameter.getName()));
            name = Names.unique(name.isEmpty() ? "p" + parameter.getPosition() : name, used);
            Optional<ValueType> type = types.parameter(merged);
            if (type.isEmpty()) {
                error(
                        decl,
                        "unknown type \"" + parameter.getDataType() + "\"" + types.because(parameter.getDataType())
                                + " for parameter \""
                                + displayName(parameter) + "\" of query " + decl.name() + "; "
                                + TypeMapper.overrideHint(
                                        parameter.getDataType(), merged.getTableName(), merged.getColumnName()));
                continue;
            }
            index.put(key, args.size());
            args.add(new Arg(name, parameter.getName(), type.get()));
        }
        return args;
    }

    /**
     * One name used twice is one argument, so both uses must read as the same Java type: {@code
     * id = @x OR name = @x} (an integer and a text) is an error, not an argument of the first type.
     */
    private boolean sameJavaType(QueryDecl decl, Parameter first, Parameter other) {
        // The database's types; overrides of the columns a use touches are checkSameOverride's concern.
        Optional<ValueType> a = types.parameter(
                first.toBuilder().clearTableName().clearColumnName().build());
        Optional<ValueType> b = types.parameter(
                other.toBuilder().clearTableName().clearColumnName().build());
        if (a.isEmpty() || b.isEmpty() || a.get().boxed().equals(b.get().boxed())) {
            return true;
        }
        error(
                decl,
                "parameter \"" + displayName(first) + "\" of query " + decl.name() + " is used at position "
                        + first.getPosition() + " as " + a.get().boxed() + " (" + first.getDataType()
                        + ") and at position "
                        + other.getPosition() + " as " + b.get().boxed() + " (" + other.getDataType()
                        + "); one argument cannot have"
                        + " both types: use two parameters, or cast one use to the other's type");
        return false;
    }

    /**
     * One argument bound where two columns meet ({@code WHERE a.email = @e OR b.email = @e}) takes
     * the first column's override; an error when the other column's would give another type.
     */
    private void checkSameOverride(QueryDecl decl, Parameter first, Parameter other) {
        Optional<TypeOverride> a = types.parameterOverride(first);
        Optional<TypeOverride> b = types.parameterOverride(other);
        if (!a.map(TypeOverride::javaType).equals(b.map(TypeOverride::javaType))
                || !a.map(TypeOverride::converter).equals(b.map(TypeOverride::converter))) {
            error(
                    decl,
                    "parameter \"" + displayName(first) + "\" of query " + decl.name()
                            + " is used with column " + originName(first) + " (" + describe(a) + ") and column "
                            + originName(other) + " (" + describe(b) + "); one argument cannot have both types,"
                            + " so use two parameters or give both columns the same override");
        }
    }

    /** Whether a query's first word, after comments, is {@code CALL}. */
    private static boolean isCall(String text) {
        List<io.sqlj.sql.SqlToken> tokens = io.sqlj.sql.SqlLexer.significant(text, io.sqlj.sql.SqlSyntax.LENIENT);
        return !tokens.isEmpty() && tokens.get(0).isWord("call");
    }

    private static String originName(Parameter parameter) {
        return parameter.getTableName() + "." + parameter.getColumnName();
    }

    private static String describe(Optional<TypeOverride> override) {
        return override.map(o -> "override " + o.javaType() + (o.converter() == null ? "" : " via " + o.converter()))
                .orElse("no override");
    }

    private void checkShape(QueryDecl decl, ParseResponse response, List<Field> columns, List<Arg> args) {
        Command command = decl.command();
        if (command.returnsRows() && response.getColumnsCount() == 0) {
            if (isCall(decl.text())) {
                // freemed-server: CALL schedulerGenerateDailySchedule(...) as :many; sqlc writes a row
                // struct without fields whose Scan fails on the procedure's first row
                error(
                        decl,
                        "query " + decl.name() + " is :" + command.keyword()
                                + " but a CALL's result sets are known only when it runs (the server describes"
                                + " no columns for it); use :exec, or select from the procedure's tables in a"
                                + " query of its own");
            } else {
                error(
                        decl,
                        "query " + decl.name() + " is :" + command.keyword()
                                + " but returns no columns; use :exec, :execrows or :execlastid, or add RETURNING");
            }
        }
        boolean batch = command.isBatch();
        for (Arg arg : args) {
            if (arg.type().slice() && batch) {
                error(
                        decl,
                        "query " + decl.name() + " is :" + command.keyword() + " and cannot take slice \""
                                + arg.sqlName() + "\"");
            }
            if (arg.type().slice() && !response.getSql().contains(arg.sliceMarker())) {
                error(
                        decl,
                        "the engine reported slice \"" + arg.sqlName() + "\" of query " + decl.name()
                                + " but its SQL has no " + arg.sliceMarker());
            }
        }
        if (command == Command.COPYFROM
                && copy
                && CopyFromCode.copySql(response.getSql(), response.getParametersCount())
                        .isEmpty()) {
            // An engine may wrap a parameter for its column (SQLite writes a JSONB column's value as
            // jsonb(?)): such an INSERT cannot be a COPY, so it runs as the batch on every connection.
            diagnostics.add(Diagnostic.warning(
                    decl.location(),
                    "query " + decl.name() + " is :copyfrom, but its SQL"
                            + " (as the engine prepares it) is not INSERT INTO table (col, ...) VALUES (?, ...) with one plain"
                            + " parameter per column, so it cannot go through PostgreSQL's COPY: it runs as a batch of the"
                            + " INSERT on every connection, like :batchexec"));
        }
    }

    /** Parameters with the same name are one argument; unnamed ones are told apart by position. */
    static String identity(Parameter parameter) {
        return parameter.getName().isEmpty() ? "#" + parameter.getPosition() : "@" + parameter.getName();
    }

    private static String displayName(Parameter parameter) {
        return parameter.getName().isEmpty() ? "p" + parameter.getPosition() : parameter.getName();
    }

    private void error(QueryDecl decl, String message) {
        diagnostics.add(Diagnostic.error(decl.location(), message));
    }
}
