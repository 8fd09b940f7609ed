package io.sqlj.engine.postgresql;

import java.util.List;

/**
 * A PostgreSQL type as the protocol reports it: domains already replaced by their base type,
 * arrays by their element type plus dimensions.
 *
 * @param dataType the element type's name ({@code int4}, {@code mood}); with {@code []} per
 *     dimension for an array ({@code int4[]})
 * @param jdbcType the java.sql.JDBCType name of the element type
 * @param arrayDims 0 for a scalar
 * @param enumLabels the labels of an enum element type, else empty
 * @param notNullDomain the type is a domain declared NOT NULL
 */
record PgType(String dataType, String jdbcType, int arrayDims, List<String> enumLabels, boolean notNullDomain) {
  PgType {
    enumLabels = List.copyOf(enumLabels);
  }

  boolean isArray() {
    return arrayDims > 0;
  }
}
