// Finds the placeholders and sqlj macros of one query, outside strings, quoted identifiers and
// comments, and writes the query twice: for DuckDB (every parameter `$k`, k its position) and
// for JDBC (every parameter `?`, a slice `/*SLICE:name*/?`).

const MACRO = /^(sqlj|sqlc)\.(arg|narg|slice|embed_list|embed)\s*\(\s*(['"]?)([A-Za-z_][\w]*)\3\s*\)/i;
const IDENT = /^[A-Za-z_][\w]*/;
const OPTIONAL = /^(sqlj|sqlc)\.optional\s*\(/i;
const SORT = /^(sqlj|sqlc)\.sort\s*\(/i;

/**
 * @returns {{duckSql: string, jdbcSql: string, params: object[], embeds: string[], embedLists: boolean[],
 *   optionals: object[], sort: object|undefined, segments: object[], problems: object[]}}
 *   params: one per placeholder in order: {name, position, slice, narg, offset};
 *   embedLists: for each embed, whether it is a sqlj.embed_list;
 *   optionals: each sqlj.optional as {start, end, parameters} (a span of jdbcSql, the indexes of its params);
 *   sort: the sqlj.sort as {name, start, end, orderings}, its orderings joined with ", " at [start, end);
 *   segments: the rewritten spans, to map DuckDB's error offsets back to the user's text;
 *   problems: {message, offset} for conflicting numbers.
 */
export function scan(sql) {
  const out = { duckSql: '', jdbcSql: '', params: [], embeds: [], embedLists: [], optionals: [], sort: undefined,
    segments: [], problems: [] };
  let depth = 0;
  let open; // the open sqlj.optional: {start, first, depth, offset}
  const claims = new Map(); // position -> what claimed it ("name:x", "number", "?#3")
  const named = new Map();
  let largest = 0;
  let brackets = 0;
  let i = 0;
  let copied = 0;
  const emit = (end, duck, jdbc) => {
    out.duckSql += sql.slice(copied, i);
    out.jdbcSql += sql.slice(copied, i);
    out.segments.push({ duckStart: out.duckSql.length, duckEnd: out.duckSql.length + duck.length, start: i, end });
    out.duckSql += duck;
    out.jdbcSql += jdbc;
    i = end;
    copied = end;
  };
  const claim = (position, who, offset) => {
    const before = claims.get(position);
    if (before !== undefined && before !== who) {
      out.problems.push({ message: `parameter number ${position} is claimed by two different placeholders`, offset });
    }
    claims.set(position, who);
    largest = Math.max(largest, position);
  };
  const param = (end, name, kind, number) => {
    const offset = i;
    let position;
    if (number !== undefined) {
      position = number;
      claim(position, 'number', offset);
    } else if (name) {
      position = named.get(name) ?? largest + 1;
      named.set(name, position);
      claim(position, 'name:' + name, offset);
    } else {
      position = largest + 1;
      claim(position, '?#' + offset, offset);
    }
    const slice = kind === 'slice';
    out.params.push({ name: name ?? '', position, slice, narg: kind === 'narg', offset });
    emit(end, '$' + position, slice ? `/*SLICE:${name}*/?` : '?');
  };
  while (i < sql.length) {
    const c = sql[i];
    const rest = sql.slice(i);
    if (c === "'" || c === '"') {
      i = skipQuoted(sql, i, c);
    } else if (rest.startsWith('--')) {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (rest.startsWith('/*')) {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (c === '$' && /^\$\d+/.test(rest) && !isIdentPart(sql[i - 1])) {
      const digits = /^\$(\d+)/.exec(rest)[1];
      param(i + 1 + digits.length, undefined, 'arg', Number(digits));
    } else if (c === '$' && /^\$([A-Za-z_]\w*)?\$/.test(rest) && !isIdentPart(sql[i - 1])) {
      const tag = /^\$([A-Za-z_]\w*)?\$/.exec(rest)[0];
      const end = sql.indexOf(tag, i + tag.length);
      i = end < 0 ? sql.length : end + tag.length;
    } else if (c === '?') {
      const digits = /^\?(\d*)/.exec(rest)[1];
      param(i + 1 + digits.length, undefined, 'arg', digits ? Number(digits) : undefined);
    } else if (c === '@' && IDENT.test(rest.slice(1))) {
      const name = IDENT.exec(rest.slice(1))[0];
      param(i + 1 + name.length, name, 'arg');
    } else if (c === ':' && brackets === 0 && sql[i - 1] !== ':' && !isIdentPart(sql[i - 1]) && IDENT.test(rest.slice(1))) {
      const name = IDENT.exec(rest.slice(1))[0];
      param(i + 1 + name.length, name, 'arg');
    } else if (c === ':' && sql[i + 1] === ':') {
      i += 2;
    } else if ((c === 's' || c === 'S') && !isIdentPart(sql[i - 1]) && OPTIONAL.test(rest)) {
      if (open) out.problems.push({ message: 'sqlj.optional cannot be nested in another sqlj.optional', offset: i });
      const offset = i;
      const start = out.jdbcSql.length + (i - copied);
      emit(i + OPTIONAL.exec(rest)[0].length, '(', '(');
      depth++;
      open = { start, first: out.params.length, depth, offset };
    } else if ((c === 's' || c === 'S') && !isIdentPart(sql[i - 1]) && SORT.test(rest)) {
      sortMacro(sql, i, SORT.exec(rest)[0].length, out, emit);
    } else if (c === ')' && open && depth === open.depth) {
      depth--;
      emit(i + 1, ')', ')');
      const parameters = [];
      for (let k = open.first; k < out.params.length; k++) parameters.push(k);
      if (!parameters.length) {
        out.problems.push({ message: 'sqlj.optional needs a predicate with at least one parameter', offset: open.offset });
      }
      out.optionals.push({ start: open.start, end: out.jdbcSql.length, parameters });
      open = undefined;
    } else if ((c === 's' || c === 'S') && !isIdentPart(sql[i - 1]) && MACRO.test(rest)) {
      const m = MACRO.exec(rest);
      const kind = m[2].toLowerCase();
      if (kind === 'embed' || kind === 'embed_list') {
        out.embeds.push(m[4]);
        out.embedLists.push(kind === 'embed_list');
        emit(i + m[0].length, m[4] + '.*', m[4] + '.*');
      } else {
        param(i + m[0].length, m[4], kind);
      }
    } else {
      if (c === '[') brackets++;
      if (c === ']') brackets = Math.max(0, brackets - 1);
      if (c === '(') depth++;
      if (c === ')') depth--;
      i++;
    }
  }
  if (open) out.problems.push({ message: 'sqlj.optional( is never closed with )', offset: open.offset });
  out.duckSql += sql.slice(copied);
  out.jdbcSql += sql.slice(copied);
  return out;
}

/**
 * `sqlj.sort(@name, ordering, ...)` at `at` (`length` characters up to its `(`): writes every
 * ordering, joined with ", ", so DuckDB checks each, and records the span and the orderings.
 */
function sortMacro(sql, at, length, out, emit) {
  const args = [];
  let level = 0;
  let from = at + length;
  let j = from;
  for (; j < sql.length; j++) {
    const c = sql[j];
    if (c === "'" || c === '"') { j = skipQuoted(sql, j, c) - 1; continue; }
    if (c === '(') level++;
    else if (c === ')' && level-- === 0) break;
    else if (c === ',' && level === 0) { args.push(sql.slice(from, j)); from = j + 1; }
  }
  if (j >= sql.length) {
    out.problems.push({ message: 'sqlj.sort( is never closed with )', offset: at });
    emit(sql.length, '', '');
    return;
  }
  args.push(sql.slice(from, j));
  const name = /^\s*[@:]?([A-Za-z_]\w*)\s*$/.exec(args[0] ?? '');
  const orderings = args.slice(1).map((a) => a.trim());
  if (!name || !orderings.length || orderings.some((o) => !o)) {
    out.problems.push({ message: 'sqlj.sort takes a name and at least one ordering, as in sqlj.sort(@order, title, price DESC)', offset: at });
  } else if (orderings.some((o) => /[?$@]|\bsql[jc]\./i.test(o.replace(/'[^']*'/g, '')))) {
    out.problems.push({ message: 'an ordering of sqlj.sort cannot use parameters or macros', offset: at });
  } else if (out.sort) {
    out.problems.push({ message: 'a query can have one sqlj.sort; list every ordering in it', offset: at });
  }
  const text = orderings.join(', ');
  emit(j + 1, text, text);
  const end = out.jdbcSql.length;
  out.sort ??= { name: name ? name[1] : '', start: end - text.length, end, orderings };
}

/** The offset in the user's text of an offset in the DuckDB text. */
export function originalOffset(segments, duckOffset) {
  let shift = 0;
  for (const s of segments) {
    if (duckOffset < s.duckStart) break;
    if (duckOffset < s.duckEnd) return s.start;
    shift = s.end - s.duckEnd;
  }
  return duckOffset + shift;
}

function skipQuoted(sql, i, quote) {
  let j = i + 1;
  while (j < sql.length) {
    if (sql[j] === quote) {
      if (sql[j + 1] === quote) { j += 2; continue; }
      return j + 1;
    }
    j++;
  }
  return sql.length;
}

function isIdentPart(c) {
  return c !== undefined && /[\w$]/.test(c);
}
