// Finds the placeholders and sqlj macros of one query, outside strings, quoted identifiers and
// comments, and writes the query twice: for DuckDB (every parameter `$k`, k its position) and
// for JDBC (every parameter `?`, a slice `/*SLICE:name*/?`).

const MACRO = /^(sqlj|sqlc)\.(arg|narg|slice|embed)\s*\(\s*(['"]?)([A-Za-z_][\w]*)\3\s*\)/i;
const IDENT = /^[A-Za-z_][\w]*/;

/**
 * @returns {{duckSql: string, jdbcSql: string, params: object[], embeds: string[], segments: object[], problems: object[]}}
 *   params: one per placeholder in order: {name, position, slice, narg, offset};
 *   segments: the rewritten spans, to map DuckDB's error offsets back to the user's text;
 *   problems: {message, offset} for conflicting numbers.
 */
export function scan(sql) {
  const out = { duckSql: '', jdbcSql: '', params: [], embeds: [], segments: [], problems: [] };
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
    } else if ((c === 's' || c === 'S') && !isIdentPart(sql[i - 1]) && MACRO.test(rest)) {
      const m = MACRO.exec(rest);
      const kind = m[2].toLowerCase();
      if (kind === 'embed') {
        out.embeds.push(m[4]);
        emit(i + m[0].length, m[4] + '.*', m[4] + '.*');
      } else {
        param(i + m[0].length, m[4], kind);
      }
    } else {
      if (c === '[') brackets++;
      if (c === ']') brackets = Math.max(0, brackets - 1);
      i++;
    }
  }
  out.duckSql += sql.slice(copied);
  out.jdbcSql += sql.slice(copied);
  return out;
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
