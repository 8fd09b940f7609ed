// DuckDB's types as the protocol reports them: data_type is DuckDB's own name; jdbc_type,
// java_class and text_form say how DuckDB's JDBC driver (duckdb_jdbc 1.5.6) carries a value
// exactly. Each mapping was checked by a round trip through that driver: where its own Java type
// loses values (TIMESTAMP_NS through LocalDateTime keeps microseconds) or it has none it can both
// bind and read (TIMETZ, INTERVAL, UHUGEINT, BIT, BIGNUM), the value travels as its text, which
// DuckDB casts exactly both ways. A type that neither does (STRUCT, MAP, UNION...) is OTHER, and
// sqlj refuses it at generate time with the override to add.
import { DuckDBTypeId } from '@duckdb/node-api';

/** typeId -> {jdbc, javaClass?, textForm?} */
const MAPPING = new Map([
  [DuckDBTypeId.BOOLEAN, { jdbc: 'BOOLEAN' }],
  [DuckDBTypeId.TINYINT, { jdbc: 'TINYINT' }],
  [DuckDBTypeId.SMALLINT, { jdbc: 'SMALLINT' }],
  [DuckDBTypeId.INTEGER, { jdbc: 'INTEGER' }],
  [DuckDBTypeId.BIGINT, { jdbc: 'BIGINT' }],
  [DuckDBTypeId.UTINYINT, { jdbc: 'SMALLINT' }],
  [DuckDBTypeId.USMALLINT, { jdbc: 'INTEGER' }],
  [DuckDBTypeId.UINTEGER, { jdbc: 'BIGINT' }],
  // getBigDecimal reads NULL from a HUGEINT; getObject(i, BigInteger.class) reads every value.
  [DuckDBTypeId.UBIGINT, { jdbc: 'NUMERIC', javaClass: 'java.math.BigInteger' }],
  [DuckDBTypeId.HUGEINT, { jdbc: 'NUMERIC', javaClass: 'java.math.BigInteger' }],
  // setObject(BigInteger) stops at HUGEINT's maximum, half of UHUGEINT's.
  [DuckDBTypeId.UHUGEINT, { jdbc: 'VARCHAR', textForm: true }],
  [DuckDBTypeId.FLOAT, { jdbc: 'REAL' }],
  [DuckDBTypeId.DOUBLE, { jdbc: 'DOUBLE' }],
  [DuckDBTypeId.DECIMAL, { jdbc: 'DECIMAL' }],
  [DuckDBTypeId.VARCHAR, { jdbc: 'VARCHAR' }],
  [DuckDBTypeId.BLOB, { jdbc: 'BLOB' }],
  [DuckDBTypeId.DATE, { jdbc: 'DATE' }],
  [DuckDBTypeId.TIME, { jdbc: 'TIME' }],
  [DuckDBTypeId.TIMESTAMP, { jdbc: 'TIMESTAMP' }],
  [DuckDBTypeId.TIMESTAMP_S, { jdbc: 'TIMESTAMP' }],
  [DuckDBTypeId.TIMESTAMP_MS, { jdbc: 'TIMESTAMP' }],
  [DuckDBTypeId.TIMESTAMP_NS, { jdbc: 'VARCHAR', textForm: true }],
  [DuckDBTypeId.TIME_NS, { jdbc: 'VARCHAR', textForm: true }],
  // Read back at offset UTC: the same instant (OffsetDateTime.isEqual), not the same offset.
  [DuckDBTypeId.TIMESTAMP_TZ, { jdbc: 'TIMESTAMP_WITH_TIMEZONE' }],
  // The driver can neither bind nor read OffsetTime.
  [DuckDBTypeId.TIME_TZ, { jdbc: 'VARCHAR', textForm: true }],
  [DuckDBTypeId.UUID, { jdbc: 'OTHER', javaClass: 'java.util.UUID' }],
  [DuckDBTypeId.INTERVAL, { jdbc: 'VARCHAR', textForm: true }],
  [DuckDBTypeId.BIT, { jdbc: 'VARCHAR', textForm: true }],
  [DuckDBTypeId.BIGNUM, { jdbc: 'VARCHAR', textForm: true }],
  // The driver rejects setObject(i, x, Types.OTHER): labels are bound as VARCHAR text.
  [DuckDBTypeId.ENUM, { jdbc: 'VARCHAR', textForm: true }],
]);

/**
 * Element types whose lists duckdb_jdbc both binds (createArrayOf) and reads (getArray) as their
 * mapping says. Lists of the others are OTHER: getArray gives a TIMESTAMP_NS list Timestamps,
 * UHUGEINT and HUGEINT lists BigIntegers, and an INTERVAL or HUGEINT list cannot be bound.
 */
const ARRAY_ELEMENTS = new Set([
  DuckDBTypeId.BOOLEAN, DuckDBTypeId.TINYINT, DuckDBTypeId.SMALLINT, DuckDBTypeId.INTEGER, DuckDBTypeId.BIGINT,
  DuckDBTypeId.UTINYINT, DuckDBTypeId.USMALLINT, DuckDBTypeId.UINTEGER, DuckDBTypeId.FLOAT, DuckDBTypeId.DOUBLE,
  DuckDBTypeId.DECIMAL, DuckDBTypeId.VARCHAR, DuckDBTypeId.BLOB, DuckDBTypeId.DATE, DuckDBTypeId.TIME, DuckDBTypeId.TIMESTAMP,
  DuckDBTypeId.TIMESTAMP_S, DuckDBTypeId.TIMESTAMP_MS, DuckDBTypeId.TIMESTAMP_TZ, DuckDBTypeId.UUID,
  DuckDBTypeId.ENUM,
]);

/**
 * Every type this engine reports with a mapping, as a schema spells it: a round-trip test
 * creates a column of each (`mood` is an enum the test creates: CREATE TYPE mood AS ENUM (...)).
 * Lists of these are reported too, as arrays of one dimension; a list of lists is OTHER (the driver
 * cannot bind two dimensions), and so is an enum with a label outside the Basic Multilingual Plane.
 */
export const REPORTABLE_TYPES = Object.freeze([
  'BOOLEAN', 'TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT',
  'HUGEINT', 'UHUGEINT', 'FLOAT', 'DOUBLE', 'DECIMAL(4,1)', 'DECIMAL(18,3)', 'DECIMAL(38,10)', 'VARCHAR', 'JSON',
  'BLOB', 'DATE', 'TIME', 'TIMESTAMP', 'TIMESTAMP_S', 'TIMESTAMP_MS', 'TIMESTAMP_NS', 'TIMESTAMPTZ', 'TIMETZ',
  'UUID', 'INTERVAL', 'BIT', 'BIGNUM', 'mood', 'INTEGER[]', 'VARCHAR[]', 'UUID[]', 'DATE[]',
]);

/** Type ids that say the type is not known: the query needs a CAST. */
export function unknown(typeId) {
  return typeId === DuckDBTypeId.INVALID || typeId === DuckDBTypeId.ANY || typeId === DuckDBTypeId.SQLNULL;
}

/**
 * {dataType, jdbcType, javaClass, textForm, isArray, arrayDims, enumLabels, elementType} for a
 * DuckDB type. For a list, jdbcType, javaClass and textForm describe one element, and
 * elementType is the element's name as Connection.createArrayOf takes it.
 * @param enumNames Map "label\u0000label..." -> the enum type's name, for enums DuckDB reports
 *   without their alias
 */
export function describe(type, enumNames = new Map()) {
  let dims = 0;
  let element = type;
  while (element.typeId === DuckDBTypeId.LIST || element.typeId === DuckDBTypeId.ARRAY) {
    dims++;
    element = element.valueType;
  }
  let enumLabels = element.typeId === DuckDBTypeId.ENUM ? [...element.values] : [];
  const elementName = element.typeId === DuckDBTypeId.ENUM
    ? (element.alias ?? enumNames.get(enumLabels.join('\u0000')) ?? 'ENUM')
    : (element.alias ?? String(element));
  let mapping = MAPPING.get(element.typeId) ?? { jdbc: 'OTHER' };
  if (dims > 0 && !ARRAY_ELEMENTS.has(element.typeId)) {
    mapping = { jdbc: 'OTHER' }; // in a list the driver reads or binds it otherwise, or not at all
  }
  if (dims > 1) {
    mapping = { jdbc: 'OTHER' }; // createArrayOf/setArray refuse nested lists
  }
  if (enumLabels.some((label) => /[\u{10000}-\u{10FFFF}]/u.test(label))) {
    // duckdb_jdbc decodes a label outside the Basic Multilingual Plane wrongly (modified UTF-8):
    // the generated enum could not read it back, so the type is refused with the override to add.
    mapping = { jdbc: 'OTHER' };
    enumLabels = [];
  }
  return {
    dataType: elementName + '[]'.repeat(dims),
    jdbcType: mapping.jdbc,
    javaClass: mapping.javaClass ?? '',
    textForm: Boolean(mapping.textForm),
    isArray: dims > 0,
    arrayDims: dims,
    enumLabels,
    elementType: dims > 0 ? elementName : '',
  };
}
