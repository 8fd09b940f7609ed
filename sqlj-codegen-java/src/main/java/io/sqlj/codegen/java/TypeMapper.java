package io.sqlj.codegen.java;

import static java.util.Objects.requireNonNull;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.engine.ValueFacts;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.EnumType;
import io.sqlj.engine.v1.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Picks the Java type of a column or parameter, in this order: the user's override; the
 * engine's facts (enum labels, {@code text_form}, {@code java_class}, {@code jdbc_type} by the
 * JDBC 4.2 mapping); for an engine that speaks only the seed fields, {@link SeedTypeNames}; else
 * nothing, and the planner reports the type with the override to add.
 */
final class TypeMapper {

    private static final ClassName STRING = ClassName.get(String.class);

    static final Map<String, ScalarType> BY_JDBC_TYPE = byJdbcType();

    /** The driver's last insert id ({@code :execlastid} without a key column): a {@code long}. */
    static final ScalarType LAST_INSERT_ID = ScalarType.primitive(TypeName.LONG, "Long", "BIGINT");

    /** The type of a JDBC type name that {@link #BY_JDBC_TYPE} has (a constant of this code). */
    static ScalarType jdbc(String name) {
        ScalarType type = BY_JDBC_TYPE.get(name);
        if (type == null) {
            throw new IllegalArgumentException("not a known JDBC type name: " + name);
        }
        return type;
    }

    /** Enums by normalized data type, in the order first seen. */
    private static final Set<String> TEXT_ENUMS = Set.of("CHAR", "VARCHAR");

    private final Map<String, EnumModel> enums;
    private final List<TypeOverride> overrides;
    private final String packageName;

    /** Composite types' attributes by normalized data type, the first seen winning. */
    private final Map<String, CompositeFacts> compositeFacts;

    /** The composites made into records so far (empty: refused), by normalized data type. */
    private final Map<String, Optional<CompositeModel>> composites = new HashMap<>();

    /** Why a composite type could not be a record, by normalized data type. */
    private final Map<String, String> compositeRefusals = new HashMap<>();

    /** {@link #normalize} of each data type asked for so far. */
    private final Map<String, String> normalized = new HashMap<>();

    /** Composites being made into records: a type that contains itself is refused. */
    private final Set<String> building = new HashSet<>();

    /** Lower-case simple names a composite's record must not take: the tables' models. */
    private Set<String> reserved = Set.of();

    /** A composite type as an engine reports it. */
    private record CompositeFacts(String dataType, List<Column> attributes) {}

    private TypeMapper(
            Map<String, EnumModel> enums,
            List<TypeOverride> overrides,
            String packageName,
            Map<String, CompositeFacts> compositeFacts) {
        this.enums = enums;
        this.overrides = List.copyOf(overrides);
        this.packageName = packageName;
        this.compositeFacts = compositeFacts;
    }

    /**
     * Names the composites' records must not take (the tables' models, lower case): a composite
     * type {@code profile_selector} next to a table {@code profile_selectors} gets the record
     * {@code ProfileSelectorType}, as sqlc, which writes no struct for a composite, never clashes.
     */
    TypeMapper reserve(Set<String> names) {
        this.reserved = Set.copyOf(names);
        return this;
    }

    /** Collects the enums of every column of {@code queries}; the first labels seen for a type win. */
    static TypeMapper create(String packageName, List<ResolvedQuery> queries) {
        return create(packageName, queries, Catalog.getDefaultInstance(), List.of());
    }

    /**
     * Collects the enums of the catalog (its enum types, then its tables' columns), of every
     * column of {@code queries}, then of every parameter; the first labels seen for a type win.
     */
    static TypeMapper create(
            String packageName, List<ResolvedQuery> queries, Catalog catalog, List<TypeOverride> overrides) {
        Map<String, EnumModel> enums = new HashMap<>();
        for (EnumType type : catalog.getEnumsList()) {
            addEnum(enums, packageName, type.getName(), type.getName(), type.getLabelsList());
        }
        List<ValueFacts> values = new ArrayList<>();
        catalog.getTablesList().forEach(table -> table.getColumnsList().forEach(c -> values.add(ValueFacts.of(c))));
        queries.forEach(query -> query.response().getColumnsList().forEach(c -> values.add(ValueFacts.of(c))));
        queries.forEach(query -> query.response().getParametersList().forEach(p -> values.add(ValueFacts.of(p))));
        Map<String, CompositeFacts> composites = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            ValueFacts value = values.get(i);
            String dataType = value.array() ? elementName(value.dataType()) : value.dataType();
            if (!value.enumLabels().isEmpty()) {
                addEnum(enums, packageName, dataType, value.name(), value.enumLabels());
            }
            if (!value.compositeAttributes().isEmpty()) {
                composites.putIfAbsent(normalize(dataType), new CompositeFacts(dataType, value.compositeAttributes()));
                // nested composites and enums of attributes, after the values themselves
                value.compositeAttributes().forEach(a -> values.add(ValueFacts.of(a)));
            }
        }
        return new TypeMapper(enums, overrides, packageName, composites);
    }

    private static void addEnum(
            Map<String, EnumModel> enums,
            String packageName,
            String dataType,
            String fallbackName,
            List<String> labels) {
        String key = normalize(dataType);
        if (!enums.containsKey(key)) {
            String base = dataType.isBlank() ? fallbackName : dataType;
            // sqlc's rule: a type outside the default schema is named after schema_type
            // (accounts.state -> AccountsState); engines qualify only those
            String simple = Names.upperCamel(base.replace('.', '_'));
            ClassName name = ClassName.get(packageName, simple.isEmpty() ? "Enum" + enums.size() : simple);
            enums.put(key, new EnumModel(name, dataType, labels, constants(labels)));
        }
    }

    /** The enums to generate, sorted by class name. */
    List<EnumModel> enums() {
        TreeMap<String, EnumModel> sorted = new TreeMap<>();
        enums.values().forEach(model -> sorted.put(model.name().simpleName(), model));
        return List.copyOf(sorted.values());
    }

    /** The composite records to generate (those some value uses), sorted by class name. */
    List<CompositeModel> composites() {
        TreeMap<String, CompositeModel> sorted = new TreeMap<>();
        composites
                .values()
                .forEach(model -> model.ifPresent(m -> sorted.put(m.name().simpleName(), m)));
        return List.copyOf(sorted.values());
    }

    /**
     * Why a value of {@code dataType} has no Java type when it is a composite that cannot be a
     * record: {@code " (a composite type whose attribute ...)"}; "" otherwise.
     */
    String because(String dataType) {
        String reason = compositeRefusals.get(key(elementName(dataType)));
        return reason == null ? "" : " (" + reason + ")";
    }

    /** The record for a composite type, made on first use; empty when an attribute has no mapping. */
    private Optional<CompositeModel> composite(String key) {
        Optional<CompositeModel> done = composites.get(key);
        if (done != null) {
            return done;
        }
        CompositeFacts facts = requireNonNull(compositeFacts.get(key), "the facts of a composite type it reported");
        if (!building.add(key)) {
            compositeRefusals.put(key, "a composite type that contains itself");
            return Optional.empty();
        }
        String base = facts.dataType().substring(facts.dataType().lastIndexOf('.') + 1);
        String simple = Names.upperCamel(base);
        if (reserved.contains(simple.toLowerCase(java.util.Locale.ROOT))) {
            simple = simple + "Type";
        }
        ClassName name = ClassName.get(packageName, simple.isEmpty() ? "Composite" + composites.size() : simple);
        List<CompositeModel.Attribute> attributes = new ArrayList<>();
        Set<String> used = new HashSet<>();
        String refusal = null;
        for (Column attribute : facts.attributes()) {
            ValueFacts value = ValueFacts.of(attribute);
            String what = "attribute \"" + attribute.getName() + "\" of type \"" + attribute.getDataType() + "\"";
            if (value.array()) {
                refusal =
                        "a composite type whose " + what + " is an array, which sqlj does not read from a row literal";
                break;
            }
            // Attributes follow the engine's facts; overrides apply to the composite as a whole.
            Optional<ScalarType> scalar = scalar(attribute.getDataType(), facts(value, false));
            if (scalar.isEmpty() || !CompositeCode.supports(scalar.get())) {
                String inner = compositeRefusals.get(key(attribute.getDataType()));
                refusal = "a composite type whose " + what + " has no mapping" + (inner == null ? "" : ": " + inner);
                break;
            }
            String member = Names.member(attribute.getName());
            member = Names.unique(member.isEmpty() ? "attribute" + (attributes.size() + 1) : member, used);
            attributes.add(new CompositeModel.Attribute(
                    member, attribute.getName(), ValueType.of(scalar.get(), value.nullable())));
        }
        building.remove(key);
        Optional<CompositeModel> model = refusal == null && !attributes.isEmpty()
                ? Optional.of(new CompositeModel(name, facts.dataType(), attributes))
                : Optional.empty();
        if (refusal != null) {
            compositeRefusals.put(key, refusal);
        }
        composites.put(key, model);
        return model;
    }

    /** What an engine reports about one value's type. */
    private record Facts(
            String dataType,
            String jdbcType,
            String javaClass,
            boolean textForm,
            String elementType,
            boolean array,
            int arrayDims,
            boolean nullable,
            boolean slice,
            String columnKey,
            String arrayDelimiter) {}

    private static Facts facts(ValueFacts v, boolean slice) {
        return new Facts(
                v.dataType(),
                v.jdbcType(),
                v.javaClass(),
                v.textForm(),
                v.elementType(),
                v.array(),
                v.arrayDims(),
                v.nullable(),
                slice,
                columnKey(v),
                v.arrayDelimiter());
    }

    Optional<ValueType> column(Column column) {
        return resolve(facts(ValueFacts.of(column), false));
    }

    /** By the parameter's origin column's override first, as a column, then by its type. */
    Optional<ValueType> parameter(Parameter parameter) {
        return resolve(facts(ValueFacts.of(parameter), parameter.getIsSlice()));
    }

    /** The override {@link #parameter} applies, if any: to tell one argument's placeholders apart. */
    Optional<TypeOverride> parameterOverride(Parameter parameter) {
        boolean nullable =
                forcedNullable(parameter.getDataType(), columnKey(parameter)).orElse(parameter.getNullable());
        return override(parameter.getDataType(), columnKey(parameter), nullable);
    }

    /** {@code table.column} in lower case, as {@code column} overrides are matched; "" without a table. */
    static String columnKey(Parameter parameter) {
        return columnKey(ValueFacts.of(parameter));
    }

    private static String columnKey(ValueFacts value) {
        return value.columnName().isEmpty() ? "" : columnKey(value.tableName(), value.columnName());
    }

    private static String columnKey(String table, String column) {
        return table.isEmpty() ? "" : (table + "." + column).toLowerCase(Locale.ROOT);
    }

    private Optional<ValueType> resolve(Facts facts) {
        String element = facts.array() ? elementName(facts.dataType()) : facts.dataType();
        boolean nullable = forcedNullable(facts.dataType(), facts.columnKey()).orElse(facts.nullable());
        Optional<TypeOverride> override = override(facts.dataType(), facts.columnKey(), nullable);
        // An override of a composite type gets its text form, not the record (which is then not made).
        Optional<ScalarType> scalar = override.isPresent() && compositeFacts.containsKey(key(element))
                ? Optional.of(ScalarType.text("OTHER"))
                : scalar(element, facts);
        if (override.isPresent() && facts.array()) {
            // An override of an array (its column, or a db_type spelled "int4[]") replaces the whole
            // value: the named class as the driver reads and binds it, or through the converter from
            // the array's text form.
            return overridden(override.get(), Optional.of(ScalarType.text("OTHER")))
                    .map(s -> new ValueType(s, nullable, 0, "", facts.slice()));
        }
        if (override.isPresent()) {
            scalar = overridden(override.get(), scalar);
        }
        int dims = facts.array() ? Math.max(1, facts.arrayDims()) : 0;
        if (dims > 1 && scalar.isPresent() && scalar.get() instanceof ScalarType.Composite) {
            compositeRefusals.put(
                    key(element),
                    "an array of more than one dimension of a composite type, which sqlj does not write as a"
                            + " row literal");
            return Optional.empty();
        }
        String arrayOf = facts.elementType().isEmpty() ? element : facts.elementType();
        return scalar.map(s -> new ValueType(
                s,
                nullable,
                dims,
                facts.array() ? arrayOf : "",
                facts.slice(),
                facts.array() ? facts.arrayDelimiter() : ""));
    }

    /**
     * The nullability a {@code nullable}-only override sets: a {@code table.column} entry wins over
     * a {@code db_type} one; the last written wins.
     */
    private Optional<Boolean> forcedNullable(String dataType, String columnKey) {
        Boolean byType = null;
        Boolean byColumn = null;
        for (TypeOverride o : overrides) {
            if (o.hasType()) {
                continue;
            }
            if (o.column() != null && o.column().equals(columnKey)) {
                byColumn = o.nullable();
            } else if (o.dbType() != null && o.dbType().equals(key(dataType))) {
                byType = o.nullable();
            }
        }
        return Optional.ofNullable(byColumn != null ? byColumn : byType);
    }

    /**
     * The Java-type override of a value: a {@code table.column} override wins over a {@code
     * db_type} one; the last written wins; an entry with {@code nullable} applies only to values of
     * that nullability.
     */
    private Optional<TypeOverride> override(String dataType, String columnKey, boolean nullable) {
        TypeOverride byType = null;
        TypeOverride byColumn = null;
        for (TypeOverride o : overrides) {
            if (!o.hasType() || !o.appliesTo(nullable)) {
                continue;
            }
            if (o.column() != null && o.column().equals(columnKey)) {
                byColumn = o;
            } else if (o.dbType() != null && o.dbType().equals(key(dataType))) {
                byType = o;
            }
        }
        return Optional.ofNullable(byColumn != null ? byColumn : byType);
    }

    /** Through the converter from the default type, or read and bound as the named type itself. */
    private static Optional<ScalarType> overridden(TypeOverride override, Optional<ScalarType> base) {
        TypeName type = requireNonNull(override.javaType(), "an override with a java_type");
        ClassName converter = override.converter();
        if (converter != null) {
            return base.map(b -> ScalarType.converted(type, converter, b));
        }
        for (String jdbc : List.of(
                "BOOLEAN", "SMALLINT", "INTEGER", "BIGINT", "REAL", "DOUBLE", "VARCHAR", "VARBINARY", "NUMERIC")) {
            if (jdbc(jdbc).type().equals(type)) {
                return Optional.of(jdbc(jdbc));
            }
        }
        String sqlType = base.map(ScalarType::sqlType).orElse("OTHER");
        return type instanceof ClassName name ? Optional.of(ScalarType.object(name, sqlType)) : Optional.empty();
    }

    /** The engine's facts about one value (an array's element), else the seed-field fallback. */
    private Optional<ScalarType> scalar(String dataType, Facts facts) {
        String key = key(dataType);
        String jdbcType = jdbcTypeName(facts.jdbcType());
        if (enums.containsKey(key)) {
            ScalarType type = ScalarType.enumOf(enums.get(key));
            // A database whose enums are strings (MySQL's ENUM columns) binds the label as one.
            return Optional.of(TEXT_ENUMS.contains(jdbcType) ? type.withSqlType(jdbcType) : type);
        }
        if (compositeFacts.containsKey(key)) {
            return composite(key)
                    .map(model -> new ScalarType.Composite(model, jdbcType.isEmpty() ? "OTHER" : jdbcType));
        }
        if (facts.textForm()) {
            return Optional.of(ScalarType.text(jdbcType.isEmpty() ? "OTHER" : jdbcType));
        }
        String sqlType = jdbcType.isEmpty() ? "OTHER" : jdbcType;
        if (isClassName(facts.javaClass())) {
            ClassName type = ClassName.bestGuess(facts.javaClass());
            if (type.equals(ClassName.OBJECT)) {
                // Any value, as sqlc's interface{}: getObject(i) returns what the driver holds (a
                // driver may lack getObject(i, Object.class): sqlite-jdbc throws), setObject binds it.
                return Optional.of(ScalarType.direct(ClassName.OBJECT, "Object", sqlType));
            }
            for (ScalarType known : BY_JDBC_TYPE.values()) {
                if (known.type().box().equals(type)) {
                    return Optional.of(known.withSqlType(sqlType));
                }
            }
            return Optional.of(ScalarType.object(type, sqlType));
        }
        ScalarType byJdbc = BY_JDBC_TYPE.get(jdbcType);
        if (byJdbc != null) {
            return Optional.of(byJdbc.withSqlType(jdbcType));
        }
        // An engine that reports jdbc_type at all has said what it knows: OTHER without java_class or
        // text_form means no mapping (DuckDB's TIMETZ[]), refused with the override to add.
        return facts.jdbcType().isBlank() ? SeedTypeNames.byName(key) : Optional.empty();
    }

    /** The {@code java.sql.JDBCType} name, upper case; "" when blank or not one. */
    private static String jdbcTypeName(String jdbcType) {
        String name = jdbcType.trim().toUpperCase(Locale.ROOT);
        try {
            return name.isEmpty() ? "" : java.sql.JDBCType.valueOf(name).getName();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * A class name, as the protocol requires of {@code java_class}: a JDK class, or one of the
     * driver the generated code runs with (pgjdbc's {@code org.postgresql.geometric.PGpoint}).
     */
    private static boolean isClassName(String javaClass) {
        return !javaClass.isBlank()
                && JavaTypes.parse(javaClass)
                        .filter(ClassName.class::isInstance)
                        .isPresent();
    }

    /**
     * {@code VARCHAR(255)} → {@code varchar}; {@code INT4 []} → {@code int4[]} (an array keeps its
     * brackets: an override of {@code int4} is not one of {@code int4[]}); spaces collapsed.
     */
    static String normalize(String dataType) {
        String type = dataType.trim().toLowerCase(Locale.ROOT).replace("\"", "");
        if (type.indexOf('(') >= 0) {
            type = PARENTHESES.matcher(type).replaceAll("");
        }
        type = SPACES.matcher(type).replaceAll(" ").trim();
        int dims = 0;
        while (type.endsWith("[]")) {
            type = type.substring(0, type.length() - 2).trim();
            dims++;
        }
        return type + "[]".repeat(dims);
    }

    private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\(.*?\\)");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** {@link #normalize}, remembered: a project has few data types and asks for each per value. */
    private String key(String dataType) {
        return normalized.computeIfAbsent(dataType, TypeMapper::normalize);
    }

    /** An array's element type name as a seed engine writes it: {@code int4[]} → {@code int4}. */
    static String elementName(String dataType) {
        String type = dataType.trim();
        while (type.endsWith("[]")) {
            type = type.substring(0, type.length() - 2).trim();
        }
        return type;
    }

    /** What to add to {@code options.overrides} for a type sqlj cannot map. */
    static String overrideHint(String dataType, String table, String column) {
        String type = normalize(dataType);
        String hint = "add an override under options.overrides: {db_type: \"" + type + "\", java_type: <a Java type>}";
        if (!table.isEmpty() && !column.isEmpty()) {
            hint += " or {column: \"" + table + "." + column + "\", java_type: <a Java type>}";
        }
        return hint + ", with a converter unless the driver reads and binds that class itself";
    }

    /** {@code paid} → PAID, {@code in-progress} → IN_PROGRESS; unique, never empty. */
    static List<String> constants(List<String> labels) {
        List<String> constants = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            StringBuilder name = new StringBuilder();
            labels.get(i)
                    .toUpperCase(Locale.ROOT)
                    .codePoints()
                    .forEach(c -> name.appendCodePoint(Character.isLetterOrDigit(c) ? c : '_'));
            String constant = name.toString();
            if (constant.chars().allMatch(c -> c == '_')) {
                constant = "VALUE_" + (i + 1);
            } else if (!Character.isLetter(constant.codePointAt(0)) && constant.charAt(0) != '_') {
                constant = "_" + constant;
            }
            String candidate = constant;
            for (int n = 2; !used.add(candidate); n++) {
                candidate = constant + "_" + n;
            }
            constants.add(candidate);
        }
        return constants;
    }

    private static Map<String, ScalarType> byJdbcType() {
        Map<String, ScalarType> map = new HashMap<>();
        map.put("BIT", ScalarType.primitive(TypeName.BOOLEAN, "Boolean", "BIT"));
        map.put("BOOLEAN", ScalarType.primitive(TypeName.BOOLEAN, "Boolean", "BOOLEAN"));
        // JDBC says byte, but TINYINT is unsigned (0..255) in MySQL and SQL Server: short holds both.
        map.put("TINYINT", ScalarType.primitive(TypeName.SHORT, "Short", "TINYINT"));
        map.put("SMALLINT", ScalarType.primitive(TypeName.SHORT, "Short", "SMALLINT"));
        map.put("INTEGER", ScalarType.primitive(TypeName.INT, "Int", "INTEGER"));
        map.put("BIGINT", ScalarType.primitive(TypeName.LONG, "Long", "BIGINT"));
        map.put("REAL", ScalarType.primitive(TypeName.FLOAT, "Float", "REAL"));
        map.put("FLOAT", ScalarType.primitive(TypeName.DOUBLE, "Double", "FLOAT"));
        map.put("DOUBLE", ScalarType.primitive(TypeName.DOUBLE, "Double", "DOUBLE"));
        ScalarType decimal = ScalarType.direct(ClassName.get(BigDecimal.class), "BigDecimal", "NUMERIC");
        map.put("NUMERIC", decimal);
        map.put("DECIMAL", decimal);
        ScalarType string = ScalarType.direct(STRING, "String", "VARCHAR");
        for (String name :
                List.of("CHAR", "VARCHAR", "LONGVARCHAR", "NCHAR", "NVARCHAR", "LONGNVARCHAR", "CLOB", "NCLOB")) {
            map.put(name, string);
        }
        ScalarType bytes = ScalarType.direct(ArrayTypeName.of(TypeName.BYTE), "Bytes", "VARBINARY");
        for (String name : List.of("BINARY", "VARBINARY", "LONGVARBINARY", "BLOB")) {
            map.put(name, bytes);
        }
        map.put("DATE", ScalarType.object(ClassName.get(LocalDate.class), "DATE"));
        map.put("TIME", ScalarType.object(ClassName.get(LocalTime.class), "TIME"));
        map.put("TIMESTAMP", ScalarType.object(ClassName.get(LocalDateTime.class), "TIMESTAMP"));
        map.put("TIME_WITH_TIMEZONE", ScalarType.object(ClassName.get(OffsetTime.class), "TIME_WITH_TIMEZONE"));
        map.put(
                "TIMESTAMP_WITH_TIMEZONE",
                ScalarType.object(ClassName.get(OffsetDateTime.class), "TIMESTAMP_WITH_TIMEZONE"));
        return Map.copyOf(map);
    }
}
