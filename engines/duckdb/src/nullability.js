// Which result columns can be null, and which table they come from. DuckDB's prepared
// statement does not say, so the engine reads the query's syntax tree (json_serialize_sql) and
// the schema (duckdb_columns). NOT NULL, where DuckDB guarantees a value: a column reference
// whose column is NOT NULL and whose table no outer join makes optional (through CTEs and
// subqueries in FROM too; a POSITIONAL join is an outer one; ROLLUP, CUBE and GROUPING SETS that
// leave a grouped column out make every column read nullable); a non-NULL constant; count(...); coalesce(...) with a NOT NULL
// argument; a CAST (not TRY_CAST) of a NOT NULL value; a scalar subquery that is an aggregate
// without GROUP BY, HAVING or LIMIT (it always yields one row) of a NOT NULL value; a set
// operation's column when it is NOT NULL in every branch that can supply rows. Anything else may
// be null.

const UNKNOWN = undefined;

/**
 * @param tree the statement node of json_serialize_sql, or undefined
 * @param catalog Map table name -> [{name, nullable}], in column order
 * @param count the number of columns DuckDB reports
 * @returns [{nullable, table}] per column
 */
export function columnFacts(tree, catalog, count) {
  const unknown = Array.from({ length: count }, () => ({ nullable: true, table: '' }));
  let facts;
  try {
    facts = tree ? queryNode(tree, catalog, new Map()) : UNKNOWN;
  } catch {
    facts = UNKNOWN; // a tree shape this walk does not know
  }
  return facts && facts.length === count ? facts.map(({ nullable, table }) => ({ nullable, table })) : unknown;
}

/** [{name, nullable, table}] of a SELECT, set operation or VALUES node, or UNKNOWN. */
function queryNode(node, catalog, outerCtes) {
  const ctes = new Map(outerCtes);
  for (const { key, value } of node.cte_map?.map ?? []) {
    const columns = queryNode(value.query.node, catalog, ctes);
    if (!columns) return UNKNOWN; // a recursive CTE reads itself: not walked
    const aliases = value.aliases ?? [];
    ctes.set(key, columns.map((c, i) => ({ name: aliases[i] ?? c.name, nullable: c.nullable })));
  }
  if (node.type === 'SET_OPERATION_NODE') {
    const left = queryNode(node.left, catalog, ctes);
    const right = queryNode(node.right, catalog, ctes);
    if (!left || !right || left.length !== right.length) return UNKNOWN;
    // UNION takes rows from both sides; EXCEPT and INTERSECT only ever return the left's.
    const both = node.setop_type === 'UNION' || node.setop_type === 'UNION_BY_NAME';
    if (node.setop_type === 'UNION_BY_NAME') return UNKNOWN;
    return left.map((l, i) => ({ name: l.name, nullable: l.nullable || (both && right[i].nullable), table: '' }));
  }
  if (node.type !== 'SELECT_NODE') return UNKNOWN;
  const tables = [];
  if (node.from_table && node.from_table.type !== 'EMPTY' && !collect(node.from_table, false, catalog, ctes, tables)) {
    return UNKNOWN;
  }
  if (partialGrouping(node)) {
    // ROLLUP, CUBE or GROUPING SETS: the rows of a set that leaves a grouped column out hold NULL
    // there, whatever the column's constraint; every column read is then as if outer-joined.
    for (const t of tables) t.optional = true;
  }
  const facts = [];
  for (const expr of node.select_list) {
    if (expr.class === 'STAR') {
      if (expr.qualified_exclude_list?.length || expr.rename_list?.length || expr.replace_list?.length ||
          expr.columns || expr.expr) return UNKNOWN;
      const excluded = new Set((expr.exclude_list ?? []).map((name) => String(name).toLowerCase()));
      for (const t of tables) {
        if (expr.relation_name && expr.relation_name !== t.alias && expr.relation_name !== t.name) continue;
        for (const c of t.columns) if (!excluded.has(c.name.toLowerCase())) facts.push({ name: c.name, nullable: c.nullable || t.optional, table: t.real ? t.name : '' });
      }
    } else {
      const fact = expression(expr, tables, catalog, ctes);
      const name = expr.alias || (expr.class === 'COLUMN_REF' ? expr.column_names[expr.column_names.length - 1] : '');
      facts.push({ name, ...fact });
    }
  }
  return facts;
}

const MAYBE_NULL = { nullable: true, table: '' };

function expression(expr, tables, catalog, ctes) {
  switch (expr.class) {
    case 'COLUMN_REF':
      return columnRef(expr, tables);
    case 'CONSTANT':
      return { nullable: Boolean(expr.value?.is_null), table: '' };
    case 'FUNCTION':
      return expr.function_name === 'count_star' || expr.function_name === 'count'
        ? { nullable: false, table: '' } : MAYBE_NULL;
    case 'OPERATOR':
      if (expr.type === 'OPERATOR_COALESCE') {
        const anyNotNull = expr.children.some((c) => !expression(c, tables, catalog, ctes).nullable);
        return { nullable: !anyNotNull, table: '' };
      }
      return MAYBE_NULL;
    case 'CAST':
      return expr.try_cast ? MAYBE_NULL : { nullable: expression(expr.child, tables, catalog, ctes).nullable, table: '' };
    case 'SUBQUERY': {
      if (expr.subquery_type !== 'SCALAR' || !alwaysOneRow(expr.subquery.node)) return MAYBE_NULL;
      const inner = queryNode(expr.subquery.node, catalog, ctes);
      return { nullable: !inner || inner[0].nullable, table: '' };
    }
    default:
      return MAYBE_NULL;
  }
}

/** Whether some grouping set (ROLLUP, CUBE, GROUPING SETS) leaves out one of the grouped expressions. */
function partialGrouping(node) {
  const all = (node.group_expressions ?? []).length;
  return (node.group_sets ?? []).some((set) => set.length < all);
}

/** An aggregate query without GROUP BY, HAVING or LIMIT: exactly one row, whatever the data. */
function alwaysOneRow(node) {
  const aggregate = (e) => e.class === 'FUNCTION' && ['count_star', 'count', 'sum', 'min', 'max', 'avg'].includes(e.function_name);
  return node.type === 'SELECT_NODE' && (node.group_expressions ?? []).length === 0 && !node.having &&
    (node.modifiers ?? []).length === 0 && node.select_list.length > 0 && node.select_list.every(aggregate);
}

function columnRef(expr, tables) {
  const names = expr.column_names;
  if (names.length > 2) return MAYBE_NULL;
  const column = names[names.length - 1];
  const candidates = tables.filter((t) =>
    (names.length === 1 || names[0] === t.alias || (!t.alias && names[0] === t.name)) &&
    t.columns.some((c) => c.name === column));
  if (candidates.length !== 1) return MAYBE_NULL;
  const t = candidates[0];
  return { nullable: t.optional || t.columns.find((c) => c.name === column).nullable, table: t.real ? t.name : '' };
}

/** Adds the tables of a FROM clause; false when it holds something this walk does not know. */
function collect(from, optional, catalog, ctes, out) {
  if (from.type === 'BASE_TABLE') {
    const cte = from.schema_name ? undefined : ctes.get(from.table_name);
    const columns = cte ?? catalog.get(from.table_name);
    if (!columns) return false;
    out.push({ name: from.table_name, alias: from.alias, optional, columns, real: !cte });
    return true;
  }
  if (from.type === 'SUBQUERY') {
    const columns = queryNode(from.subquery.node, catalog, ctes);
    if (!columns || (from.column_name_alias ?? []).length) return false;
    out.push({ name: '', alias: from.alias, optional, columns, real: false });
    return true;
  }
  if (from.type === 'JOIN') {
    // DuckDB 1.5 names a FULL join FULL (OUTER is accepted too); a POSITIONAL join (join_type INNER)
    // pads the shorter side with NULLs, as a FULL join does.
    const full = from.join_type === 'FULL' || from.join_type === 'OUTER' || from.ref_type === 'POSITIONAL';
    return collect(from.left, optional || full || from.join_type === 'RIGHT', catalog, ctes, out) &&
      collect(from.right, optional || full || from.join_type === 'LEFT', catalog, ctes, out);
  }
  return false;
}
