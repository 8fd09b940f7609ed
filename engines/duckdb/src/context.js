// Names for parameters the user did not name, whether they may be null, and the column they
// stand for, from the text around them: the column a `?` is compared with, assigned to or
// inserted into, and the table (not its alias) that column belongs to.

const NAME = String.raw`(?:[A-Za-z_]\w*|"(?:[^"]|"")+")`;
const COMPARED = new RegExp(String.raw`(?:(${NAME})\s*\.\s*)?(${NAME})\s*(?:=|<>|!=|<=|>=|<|>|\bLIKE|\bILIKE|\bIN\s*\()\s*$`, 'i');
const INSERT = /^\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+([\w."]+)\s*\(([^)]*)\)\s*VALUES\s*\(/i;
const UPDATE = /^\s*UPDATE\s+([\w."]+)(?:\s+(?:AS\s+)?([A-Za-z_]\w*))?\s+SET\b/i;
const TABLE_REF = new RegExp(String.raw`\b(?:FROM|JOIN|UPDATE|INTO)\s+((?:${NAME}\s*\.\s*)*${NAME})(?:\s+(?:AS\s+)?(${NAME}))?`, 'gi');
const NOT_ALIAS = new Set(['where', 'join', 'left', 'right', 'full', 'inner', 'outer', 'cross', 'natural', 'on',
  'using', 'set', 'group', 'order', 'limit', 'offset', 'having', 'window', 'qualify', 'union', 'except',
  'intersect', 'returning', 'values', 'select', 'default', 'by', 'positional', 'asof', 'anti', 'semi', 'lateral']);

/**
 * {column, table, assigned} for the placeholder at `offset` of `sql`; `table` is found through
 * the query's FROM, JOIN, UPDATE and INTO items (an alias, or the one table that has the
 * column) and is '' when that is not certain. `catalog` maps table name -> [{name}].
 */
export function placeholderContext(sql, offset, catalog) {
  const insert = INSERT.exec(sql);
  if (insert && offset >= insert[0].length) {
    const item = topLevelItem(sql, insert[0].length, offset);
    const columns = insert[2].split(',').map((c) => unquote(c.trim()));
    if (item >= 0 && columns.length > 0) {
      return { column: columns[item % columns.length], table: unquote(insert[1]), assigned: true };
    }
  }
  const compared = COMPARED.exec(sql.slice(0, offset));
  if (!compared) return { column: '', table: '', assigned: false };
  const column = unquote(compared[2]);
  const update = UPDATE.exec(sql);
  const where = sql.search(/\bWHERE\b/i);
  const assigned = Boolean(update) && (where < 0 || offset < where) && /=\s*$/.test(sql.slice(0, offset));
  const table = assigned ? unquote(update[1]) : tableOf(sql, compared[1] ? unquote(compared[1]) : '', column, catalog);
  return { column, table, assigned };
}

/** The table a column reference reads: by its qualifier, else the only table with the column. */
function tableOf(sql, qualifier, column, catalog) {
  const refs = [];
  for (const m of sql.matchAll(TABLE_REF)) {
    const name = unquote(m[1]);
    const alias = m[2] && !NOT_ALIAS.has(m[2].toLowerCase()) ? unquote(m[2]) : '';
    if (catalog.has(name)) refs.push({ name, alias });
  }
  if (qualifier) {
    const ref = refs.find((r) => r.alias === qualifier) ?? refs.find((r) => !r.alias && r.name === qualifier);
    return ref && catalog.get(ref.name).some((c) => c.name === column) ? ref.name : '';
  }
  const owners = [...new Set(refs.map((r) => r.name))].filter((t) => catalog.get(t).some((c) => c.name === column));
  return owners.length === 1 ? owners[0] : '';
}

/** The index of the VALUES item holding `offset`, or -1 when the placeholder is not a whole item. */
function topLevelItem(sql, start, offset) {
  let depth = 0;
  let item = 0;
  for (let i = start; i < offset; i++) {
    const c = sql[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) item++; // the end of one row: `), (` starts the next
      else depth--;
    } else if (c === ',' && depth === 0) item++;
  }
  return depth === 0 ? item : -1;
}

/** The last part of a possibly qualified, possibly quoted name. */
export function unquote(name) {
  const parts = name.match(/"(?:[^"]|"")+"|[^."\s]+/g) ?? [name];
  const last = parts[parts.length - 1];
  return last.startsWith('"') ? last.slice(1, -1).replaceAll('""', '"') : last;
}
