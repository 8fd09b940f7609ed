// DuckDB's error messages as diagnostics: the message without its `LINE n:` excerpt, placed at
// the caret DuckDB draws under the excerpt, mapped back to the user's text.
import { originalOffset } from './scanner.js';

/** {message, code, offset}: offset in the DuckDB text, or -1 when DuckDB names no place. */
export function parseError(error, duckSql) {
  const text = String(error?.message ?? error);
  const [head, ...rest] = text.split(/\n\nLINE /);
  const typed = /^([A-Za-z ]+?) Error: ([\s\S]*)$/.exec(head);
  const message = (typed ? typed[2] : head).split('\n').map((l) => l.trim()).filter(Boolean).join('; ');
  const code = typed ? typed[1].toUpperCase().replace(/ /g, '_') : '';
  return { message, code, offset: rest.length ? caretOffset('LINE ' + rest.join('\n\nLINE '), duckSql) : -1 };
}

function caretOffset(excerpt, duckSql) {
  const m = /^LINE (\d+): (.*)\n( *)\^/.exec(excerpt);
  if (!m) return -1;
  const lineNo = Number(m[1]);
  const prefix = `LINE ${m[1]}: `.length;
  let shown = m[2];
  let caret = m[3].length - prefix;
  if (shown.startsWith('...')) {
    shown = shown.slice(3);
    caret -= 3;
  }
  if (shown.endsWith('...')) shown = shown.slice(0, -3);
  const lines = duckSql.split('\n');
  if (lineNo < 1 || lineNo > lines.length) return -1;
  const at = Math.max(0, lines[lineNo - 1].indexOf(shown));
  const lineStart = lines.slice(0, lineNo - 1).reduce((n, l) => n + l.length + 1, 0);
  return lineStart + at + Math.max(0, caret);
}

/** 1-based {line, column} of an offset in `sql`; the end of the text when past it. */
export function lineColumn(sql, offset) {
  const at = Math.min(Math.max(offset, 0), sql.length);
  const before = sql.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - (before.lastIndexOf('\n') + 1) + 1 };
}

export { originalOffset };
