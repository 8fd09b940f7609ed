// DuckDB's types as the protocol reports them: data_type is DuckDB's own name, jdbc_type the
// java.sql.JDBCType that DuckDB's JDBC driver reads and writes for it.
import { DuckDBTypeId } from '@duckdb/node-api';

const JDBC = new Map([
  [DuckDBTypeId.BOOLEAN, 'BOOLEAN'],
  [DuckDBTypeId.TINYINT, 'TINYINT'],
  [DuckDBTypeId.SMALLINT, 'SMALLINT'],
  [DuckDBTypeId.INTEGER, 'INTEGER'],
  [DuckDBTypeId.BIGINT, 'BIGINT'],
  [DuckDBTypeId.UTINYINT, 'SMALLINT'],
  [DuckDBTypeId.USMALLINT, 'INTEGER'],
  [DuckDBTypeId.UINTEGER, 'BIGINT'],
  [DuckDBTypeId.UBIGINT, 'NUMERIC'],
  [DuckDBTypeId.HUGEINT, 'NUMERIC'],
  [DuckDBTypeId.UHUGEINT, 'NUMERIC'],
  [DuckDBTypeId.FLOAT, 'REAL'],
  [DuckDBTypeId.DOUBLE, 'DOUBLE'],
  [DuckDBTypeId.DECIMAL, 'DECIMAL'],
  [DuckDBTypeId.VARCHAR, 'VARCHAR'],
  [DuckDBTypeId.BLOB, 'BLOB'],
  [DuckDBTypeId.DATE, 'DATE'],
  [DuckDBTypeId.TIME, 'TIME'],
  [DuckDBTypeId.TIMESTAMP, 'TIMESTAMP'],
  [DuckDBTypeId.TIMESTAMP_S, 'TIMESTAMP'],
  [DuckDBTypeId.TIMESTAMP_MS, 'TIMESTAMP'],
  [DuckDBTypeId.TIMESTAMP_NS, 'TIMESTAMP'],
  [DuckDBTypeId.TIMESTAMP_TZ, 'TIMESTAMP_WITH_TIMEZONE'],
  [DuckDBTypeId.TIME_TZ, 'TIME_WITH_TIMEZONE'],
  [DuckDBTypeId.UUID, 'OTHER'],
  [DuckDBTypeId.ENUM, 'VARCHAR'],
]);

/** Type ids that say the type is not known: the query needs a CAST. */
export function unknown(typeId) {
  return typeId === DuckDBTypeId.INVALID || typeId === DuckDBTypeId.ANY || typeId === DuckDBTypeId.SQLNULL;
}

/** {dataType, jdbcType, isArray, arrayDims, enumLabels} for a DuckDB type. */
export function describe(type) {
  let dims = 0;
  let element = type;
  while (element.typeId === DuckDBTypeId.LIST || element.typeId === DuckDBTypeId.ARRAY) {
    dims++;
    element = element.valueType;
  }
  const enumLabels = element.typeId === DuckDBTypeId.ENUM ? [...element.values] : [];
  const dataType = element.typeId === DuckDBTypeId.ENUM ? (element.alias ?? 'ENUM') : (element.alias ?? String(element));
  return {
    dataType: dataType + '[]'.repeat(dims),
    jdbcType: dims > 0 ? 'ARRAY' : (JDBC.get(element.typeId) ?? 'OTHER'),
    isArray: dims > 0,
    arrayDims: dims,
    enumLabels,
    elementJdbcType: JDBC.get(element.typeId) ?? 'OTHER',
  };
}
