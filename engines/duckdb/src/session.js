// One DuckDB database holding the schema: each query is prepared (never run) and described.
import { DuckDBInstance, DuckDBTypeId, StatementType } from '@duckdb/node-api';
import { create } from '@bufbuild/protobuf';
import {
  ColumnSchema, Diagnostic_Severity, DiagnosticSchema, OptionalPredicateSchema, ParameterSchema, ParseResponseSchema,
  SortChoiceSchema,
} from '../gen/sqlj/engine/v1/engine_pb.js';
import { scan } from './scanner.js';
import { describe, unknown } from './types.js';
import { lineColumn, originalOffset, parseError } from './errors.js';
import { columnFacts } from './nullability.js';
import { placeholderContext, unquote } from './context.js';

const INSERT_INTO = /^\s*(?:WITH\b[\s\S]*?\)\s*)?INSERT\s+(?:OR\s+\w+\s+)?INTO\s+((?:"(?:[^"]|"")+"|[\w.])+)/i;

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
    this.keys = new Map();
    this.enumNames = new Map();
  }

  async loadCatalog() {
    const enums = await this.connection.runAndReadAll(
      "SELECT type_name FROM duckdb_types() WHERE logical_type = 'ENUM' AND NOT internal ORDER BY type_oid");
    for (const [name] of enums.getRows()) {
      const labels = await this.connection.runAndReadAll(`SELECT unnest(enum_range(NULL::"${name.replaceAll('"', '""')}"))`);
      const key = labels.getRows().map((r) => r[0]).join('\u0000');
      if (!this.enumNames.has(key)) this.enumNames.set(key, name);
    }
    const reader = await this.connection.runAndReadAll(
      'SELECT table_name, column_name, is_nullable, column_default FROM duckdb_columns() WHERE NOT internal ORDER BY table_oid, column_index');
    for (const [table, column, nullable, columnDefault] of reader.getRows()) {
      if (!this.catalog.has(table)) this.catalog.set(table, []);
      this.catalog.get(table).push({ name: column, nullable, sequence: /^nextval\(/i.test(columnDefault ?? '') });
    }
    await this.refineViews();
    const keys = await this.connection.runAndReadAll(
      "SELECT table_name, constraint_column_names FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'");
    for (const [table, columns] of keys.getRows()) {
      const names = columns.items ?? columns;
      if (names.length === 1) this.keys.set(table, names[0]);
    }
  }

  /** A view's columns are NOT NULL where its own SELECT says so (DuckDB reports them nullable). */
  async refineViews() {
    const views = await this.connection.runAndReadAll(
      'SELECT view_name, sql FROM duckdb_views() WHERE NOT internal ORDER BY view_oid');
    for (const [name, sql] of views.getRows()) {
      const select = /^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?VIEW\s+[\s\S]*?\bAS\s+([\s\S]*?);?\s*$/i.exec(sql ?? '');
      const columns = this.catalog.get(name);
      if (!select || !columns) continue;
      const facts = columnFacts(await this.tree(select[1]), this.catalog, columns.length);
      facts.forEach((f, i) => { columns[i].nullable = columns[i].nullable && f.nullable; });
    }
  }

  /**
   * The column an INSERT into `table` generates, as ParseResponse.generated_key: its
   * single-column primary key, else its only column filled from a sequence; undefined if none.
   */
  async generatedKey(table) {
    const columns = this.catalog.get(table);
    if (!columns) return undefined;
    let name = this.keys.get(table);
    if (name === undefined) {
      const sequenced = columns.filter((c) => c.sequence);
      if (sequenced.length !== 1) return undefined;
      name = sequenced[0].name;
    }
    const quote = (n) => '"' + n.replaceAll('"', '""') + '"';
    const prepared = await this.connection.prepare(`SELECT ${quote(name)} FROM ${quote(table)}`);
    const t = describe(prepared.columnType(0), this.enumNames);
    return create(ColumnSchema, {
      name, tableName: table, dataType: t.dataType, jdbcType: t.jdbcType, javaClass: t.javaClass,
      textForm: t.textForm, nullable: false, isArray: t.isArray, arrayDims: t.arrayDims, elementType: t.elementType,
    });
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
      types[k] = describe(prepared.parameterType(k), this.enumNames);
    }
    const response = create(ParseResponseSchema, { sql: scanned.jdbcSql });
    for (const p of scanned.params) response.parameters.push(this.parameter(sql, p, types[p.position]));
    if (returnsRows(prepared, sql)) {
      const facts = columnFacts(await this.tree(scanned.duckSql), this.catalog, prepared.columnCount);
      for (let i = 0; i < prepared.columnCount; i++) {
        response.columns.push(column(prepared.columnName(i), describe(prepared.columnType(i), this.enumNames), facts[i]));
      }
      markEmbeds(response.columns, scanned.embeds, scanned.embedLists, this.catalog);
    }
    for (const o of scanned.optionals) {
      response.optionalPredicates.push(create(OptionalPredicateSchema, o));
    }
    if (scanned.sort) response.sort = create(SortChoiceSchema, scanned.sort);
    const insert = prepared.statementType === StatementType.INSERT ? INSERT_INTO.exec(scanned.duckSql) : null;
    const key = insert ? await this.generatedKey(unquote(insert[1])) : undefined;
    if (key) response.generatedKey = key;
    return response;
  }

  parameter(sql, p, type) {
    const context = placeholderContext(sql, p.offset, this.catalog);
    const target = this.catalog.get(context.table)?.find((c) => c.name === context.column);
    return create(ParameterSchema, {
      name: p.name || context.column,
      position: p.position,
      dataType: type.dataType,
      jdbcType: type.jdbcType,
      javaClass: type.javaClass,
      textForm: type.textForm,
      nullable: p.narg || (context.assigned && Boolean(target?.nullable)),
      isArray: type.isArray,
      arrayDims: type.arrayDims,
      elementType: type.elementType,
      isSlice: p.slice,
      // No enum_labels: codegen binds an enum argument with setObject(i, label, Types.OTHER),
      // which duckdb_jdbc rejects; as a String it binds with setString.
      tableName: target ? context.table : '',
      columnName: target ? context.column : '',
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

function column(name, t, fact) {
  return create(ColumnSchema, {
    name,
    dataType: t.dataType,
    jdbcType: t.jdbcType,
    javaClass: t.javaClass,
    textForm: t.textForm,
    elementType: t.elementType,
    nullable: fact.nullable,
    isArray: t.isArray,
    arrayDims: t.arrayDims,
    tableName: fact.table,
    enumLabels: t.enumLabels,
  });
}

/** Marks the run of columns each `sqlj.embed(table)` produced. */
function markEmbeds(columns, embeds, lists, catalog) {
  let from = 0;
  for (const [k, table] of embeds.entries()) {
    const names = (catalog.get(table) ?? []).map((c) => c.name);
    for (let i = from; names.length && i + names.length <= columns.length; i++) {
      if (names.every((n, j) => columns[i + j].name === n)) {
        names.forEach((_, j) => { columns[i + j].embedTable = table; columns[i + j].embedList = lists[k]; });
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
