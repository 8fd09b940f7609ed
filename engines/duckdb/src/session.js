// One DuckDB database holding the schema: each query is prepared (never run) and described.
import { DuckDBInstance, DuckDBTypeId, StatementType } from '@duckdb/node-api';
import { create } from '@bufbuild/protobuf';
import {
  ColumnSchema, Diagnostic_Severity, DiagnosticSchema, ParameterSchema, ParseResponseSchema,
} from '../gen/sqlj/engine/v1/engine_pb.js';
import { scan } from './scanner.js';
import { describe, unknown } from './types.js';
import { lineColumn, originalOffset, parseError } from './errors.js';
import { columnFacts } from './nullability.js';
import { placeholderContext } from './context.js';

export class Session {
  static async open(schemaSql, dsn) {
    const instance = dsn
      ? await DuckDBInstance.create(dsn.replace(/^(jdbc:)?duckdb:/, ''), { access_mode: 'READ_ONLY' })
      : await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    let schemaError;
    if (!dsn && schemaSql.trim()) {
      try {
        await connection.run(schemaSql);
      } catch (e) {
        const { message, code } = parseError(e, schemaSql);
        schemaError = create(DiagnosticSchema, { severity: Diagnostic_Severity.ERROR, message: 'schema: ' + message, code });
      }
    }
    const session = new Session(connection, schemaError);
    await session.loadCatalog();
    return session;
  }

  constructor(connection, schemaError) {
    this.connection = connection;
    this.schemaError = schemaError;
    this.catalog = new Map();
  }

  async loadCatalog() {
    const reader = await this.connection.runAndReadAll(
      'SELECT table_name, column_name, is_nullable FROM duckdb_columns() WHERE NOT internal ORDER BY table_oid, column_index');
    for (const [table, column, nullable] of reader.getRows()) {
      if (!this.catalog.has(table)) this.catalog.set(table, []);
      this.catalog.get(table).push({ name: column, nullable });
    }
  }

  async parse(request) {
    if (this.schemaError) return create(ParseResponseSchema, { diagnostics: [this.schemaError] });
    const sql = request.sql;
    const scanned = scan(sql);
    if (scanned.problems.length) return failure(sql, scanned.problems[0].message, '', scanned.problems[0].offset);
    let prepared;
    try {
      prepared = await this.connection.prepare(scanned.duckSql);
    } catch (e) {
      const { message, code, offset } = parseError(e, scanned.duckSql);
      return failure(sql, message, code, offset < 0 ? -1 : originalOffset(scanned.segments, offset));
    }
    const types = [];
    for (let k = 1; k <= prepared.parameterCount; k++) {
      if (unknown(prepared.parameterTypeId(k))) {
        const at = scanned.params.find((p) => p.position === k);
        return failure(sql, `cannot infer the type of parameter ${k}; write CAST(? AS type)`, '', at ? at.offset : -1);
      }
      types[k] = describe(prepared.parameterType(k));
    }
    const response = create(ParseResponseSchema, { sql: scanned.jdbcSql });
    for (const p of scanned.params) response.parameters.push(this.parameter(sql, p, types[p.position]));
    if (returnsRows(prepared, sql)) {
      const facts = columnFacts(await this.tree(scanned.duckSql), this.catalog, prepared.columnCount);
      for (let i = 0; i < prepared.columnCount; i++) {
        response.columns.push(column(prepared.columnName(i), prepared.columnType(i), facts[i]));
      }
      markEmbeds(response.columns, scanned.embeds, this.catalog);
    }
    return response;
  }

  parameter(sql, p, type) {
    const context = placeholderContext(sql, p.offset);
    const target = this.catalog.get(context.table)?.find((c) => c.name === context.column);
    return create(ParameterSchema, {
      name: p.name || context.column,
      position: p.position,
      dataType: type.dataType,
      jdbcType: p.slice ? type.elementJdbcType : type.jdbcType,
      nullable: p.narg || (context.assigned && Boolean(target?.nullable)),
      isArray: type.isArray,
      arrayDims: type.arrayDims,
      isSlice: p.slice,
    });
  }

  async tree(duckSql) {
    try {
      const reader = await this.connection.runAndReadAll(
        `SELECT json_serialize_sql('${duckSql.replaceAll("'", "''")}')`);
      const json = JSON.parse(reader.getRows()[0][0]);
      return json.error ? undefined : json.statements?.[0]?.node;
    } catch {
      return undefined;
    }
  }
}

function returnsRows(prepared, sql) {
  return prepared.statementType === StatementType.SELECT || /\bRETURNING\b/i.test(sql);
}

function column(name, type, fact) {
  const t = describe(type);
  return create(ColumnSchema, {
    name,
    dataType: t.dataType,
    jdbcType: t.jdbcType,
    nullable: fact.nullable,
    isArray: t.isArray,
    arrayDims: t.arrayDims,
    tableName: fact.table,
    enumLabels: t.enumLabels,
  });
}

/** Marks the run of columns each `sqlj.embed(table)` produced. */
function markEmbeds(columns, embeds, catalog) {
  let from = 0;
  for (const table of embeds) {
    const names = (catalog.get(table) ?? []).map((c) => c.name);
    for (let i = from; names.length && i + names.length <= columns.length; i++) {
      if (names.every((n, j) => columns[i + j].name === n)) {
        names.forEach((_, j) => { columns[i + j].embedTable = table; });
        from = i + names.length;
        break;
      }
    }
  }
}

function failure(sql, message, code, offset) {
  const place = offset < 0 ? { line: 0, column: 0 } : lineColumn(sql, offset);
  return create(ParseResponseSchema, {
    diagnostics: [create(DiagnosticSchema, { severity: Diagnostic_Severity.ERROR, message, code, ...place })],
  });
}

export { DuckDBTypeId };
