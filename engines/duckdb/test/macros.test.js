import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scan } from '../src/scanner.js';

test('sqlj.optional is written in place and reported as a span with its parameters', () => {
  const s = scan('SELECT * FROM t WHERE sqlj.optional(a = @a) AND sqlj.optional(b BETWEEN @lo AND @hi) ORDER BY id');
  assert.deepEqual(s.problems, []);
  assert.equal(s.jdbcSql, 'SELECT * FROM t WHERE (a = ?) AND (b BETWEEN ? AND ?) ORDER BY id');
  assert.equal(s.duckSql, 'SELECT * FROM t WHERE ($1) AND (b BETWEEN $2 AND $3) ORDER BY id'.replace('($1)', '(a = $1)'));
  assert.deepEqual(s.optionals.map((o) => s.jdbcSql.slice(o.start, o.end)), ['(a = ?)', '(b BETWEEN ? AND ?)']);
  assert.deepEqual(s.optionals.map((o) => o.parameters), [[0], [1, 2]]);
});

test('sqlj.sort lists every ordering so DuckDB checks each', () => {
  const s = scan("SELECT * FROM t ORDER BY sqlj.sort(@order, title, price DESC, lower(title)), id");
  assert.deepEqual(s.problems, []);
  assert.equal(s.jdbcSql, 'SELECT * FROM t ORDER BY title, price DESC, lower(title), id');
  assert.equal(s.sort.name, 'order');
  assert.deepEqual(s.sort.orderings, ['title', 'price DESC', 'lower(title)']);
  assert.equal(s.jdbcSql.slice(s.sort.start, s.sort.end), 'title, price DESC, lower(title)');
});

test('sqlj.embed_list is an embed flagged as a list', () => {
  const s = scan('SELECT sqlj.embed(a), sqlj.embed_list(b) FROM a LEFT JOIN b ON b.a_id = a.id');
  assert.deepEqual(s.embeds, ['a', 'b']);
  assert.deepEqual(s.embedLists, [false, true]);
});
