// Which result columns can be null, and which table they come from. DuckDB's prepared
// statement does not say, so the engine reads the query's syntax tree (json_serialize_sql) and
// the schema (duckdb_columns): a plain column reference is NOT NULL when its column is and no
// outer join makes its table optional; count(*) is never null; anything else may be null.

/**
 * @param tree the statement node of json_serialize_sql, or undefined
 * @param catalog Map table name -> [{name, nullable}], in column order
 * @param count the number of columns DuckDB reports
 * @returns [{nullable, table}] per column
 */
export function columnFacts(tree, catalog, count) {
  const unknown = Array.from({ length: count }, () => ({ nullable: true, table: '' }));
  if (!tree || tree.type !== 'SELECT_NODE' || (tree.cte_map?.map ?? []).length > 0) return unknown;
  const tables = [];
  if (tree.from_table && !collect(tree.from_table, false, catalog, tables)) return unknown;
  const facts = [];
  for (const expr of tree.select_list) {
    if (expr.class === 'STAR') {
      if (expr.exclude_list?.length || expr.replace_list?.length || expr.columns || expr.expr) return unknown;
      for (const t of tables) {
        if (expr.relation_name && expr.relation_name !== t.alias && expr.relation_name !== t.name) continue;
        for (const c of t.columns) facts.push({ nullable: c.nullable || t.optional, table: t.name });
      }
    } else {
      facts.push(expression(expr, tables));
    }
  }
  return facts.length === count ? facts : unknown;
}

function expression(expr, tables) {
  if (expr.class === 'FUNCTION' && (expr.function_name === 'count_star' || expr.function_name === 'count')) {
    return { nullable: false, table: '' };
  }
  if (expr.class !== 'COLUMN_REF' || expr.column_names.length > 2) return { nullable: true, table: '' };
  const names = expr.column_names;
  const column = names[names.length - 1];
  const candidates = tables.filter((t) =>
    (names.length === 1 || names[0] === t.alias || (!t.alias && names[0] === t.name)) &&
    t.columns.some((c) => c.name === column));
  if (candidates.length !== 1) return { nullable: true, table: '' };
  const t = candidates[0];
  return { nullable: t.optional || t.columns.find((c) => c.name === column).nullable, table: t.name };
}

/** Adds the tables of a FROM clause; false when it holds something other than tables and joins. */
function collect(from, optional, catalog, out) {
  if (from.type === 'BASE_TABLE') {
    const columns = catalog.get(from.table_name);
    if (!columns) return false;
    out.push({ name: from.table_name, alias: from.alias, optional, columns });
    return true;
  }
  if (from.type === 'JOIN') {
    const join = from.join_type;
    return collect(from.left, optional || join === 'RIGHT' || join === 'OUTER', catalog, out) &&
      collect(from.right, optional || join === 'LEFT' || join === 'OUTER', catalog, out);
  }
  return false;
}
