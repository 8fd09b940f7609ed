// Names for parameters the user did not name, and whether they may be null, from the text
// around them: the column a `?` is compared with or assigned to, or inserted into.

const COMPARED = /([A-Za-z_][\w]*)"?\s*(?:=|<>|!=|<=|>=|<|>|\bLIKE|\bIN\s*\()\s*$/i;
const INSERT = /^\s*INSERT\s+INTO\s+([\w."]+)\s*\(([^)]*)\)\s*VALUES\s*\(/i;
const UPDATE = /^\s*UPDATE\s+([\w."]+)\s+SET\b/i;

/** {column, table, assigned} for the placeholder at `offset` of `sql`. */
export function placeholderContext(sql, offset) {
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
  const update = UPDATE.exec(sql);
  const where = sql.search(/\bWHERE\b/i);
  const assigned = Boolean(update) && (where < 0 || offset < where) && /=\s*$/.test(sql.slice(0, offset));
  return { column: compared[1], table: update ? unquote(update[1]) : '', assigned };
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

function unquote(name) {
  const last = name.split('.').pop();
  return last.replace(/^"|"$/g, '');
}
