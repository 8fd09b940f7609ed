// What the DuckDB engine reports beyond types: the column each parameter stands for, the key
// an INSERT generates, and how duckdb_jdbc carries each type (java_class, text_form).
// Run: node --test test/   (sqlj-it DuckDbEngineTest runs it too)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { create } from '@bufbuild/protobuf';
import { ParseRequestSchema } from '../gen/sqlj/engine/v1/engine_pb.js';
import { Session } from '../src/session.js';
import { REPORTABLE_TYPES } from '../src/types.js';

const SCHEMA = `
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE SEQUENCE book_ids;
CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, bio VARCHAR);
CREATE TABLE books (id BIGINT DEFAULT nextval('book_ids'), author_id INTEGER NOT NULL, title VARCHAR NOT NULL);
CREATE TABLE tokens (token UUID PRIMARY KEY DEFAULT uuid(), note VARCHAR);
CREATE TABLE pairs (a INTEGER, b INTEGER, PRIMARY KEY (a, b));
CREATE TABLE everything (u UUID, h HUGEINT, ub UBIGINT, uh UHUGEINT, iv INTERVAL, tz TIMETZ,
  ns TIMESTAMP_NS, tstz TIMESTAMPTZ, m mood, tags VARCHAR[], spans INTERVAL[], s STRUCT(a INTEGER), d DECIMAL(10, 2));
`;

const session = await Session.open(SCHEMA, undefined);
const parse = (sql) => session.parse(create(ParseRequestSchema, { sql }));
const origins = (r) => r.parameters.map((p) => `${p.name}=${p.tableName}.${p.columnName}`).join(' ');

test('a parameter names the column it is compared with, assigned to or inserted into', async () => {
  assert.equal(origins(await parse(
    'SELECT b.title FROM books b JOIN authors a ON a.id = b.author_id WHERE a.name = ? AND title LIKE ? AND b.id > ?')),
  'name=authors.name title=books.title id=books.id');
  assert.equal(origins(await parse('UPDATE authors SET bio = ? WHERE id = ?')), 'bio=authors.bio id=authors.id');
  assert.equal(origins(await parse('INSERT INTO books (author_id, title) VALUES (?, ?)')),
    'author_id=books.author_id title=books.title');
  assert.equal(origins(await parse('DELETE FROM "books" WHERE "author_id" = ?')), 'author_id=books.author_id');
});

test('a parameter whose column is not certain has none', async () => {
  assert.equal(origins(await parse('SELECT name FROM authors WHERE length(name) = ?')), '=.');
  assert.equal(origins(await parse('SELECT ?::INTEGER + 1 AS x')), '=.');
});

test('an INSERT reports its generated key', async () => {
  const key = async (sql) => {
    const k = (await parse(sql)).generatedKey;
    return k ? `${k.tableName}.${k.name}:${k.dataType}/${k.jdbcType}${k.javaClass ? '/' + k.javaClass : ''}` : 'none';
  };
  assert.equal(await key('INSERT INTO authors (id, name) VALUES (?, ?)'), 'authors.id:INTEGER/INTEGER');
  assert.equal(await key('INSERT INTO books (author_id, title) VALUES (?, ?)'), 'books.id:BIGINT/BIGINT');
  assert.equal(await key('INSERT INTO tokens (note) VALUES (?) RETURNING token'), 'tokens.token:UUID/OTHER/java.util.UUID');
  assert.equal(await key('INSERT INTO pairs VALUES (?, ?)'), 'none');
  assert.equal(await key('UPDATE authors SET name = ? WHERE id = ?'), 'none');
});

test('each type says how duckdb_jdbc carries it', async () => {
  const r = await parse('SELECT * FROM everything');
  const facts = r.columns.map((c) =>
    `${c.name}:${c.dataType}/${c.jdbcType}${c.javaClass ? '/' + c.javaClass : ''}${c.textForm ? '/text' : ''}${c.elementType ? '/of ' + c.elementType : ''}`);
  assert.deepEqual(facts, [
    'u:UUID/OTHER/java.util.UUID',
    'h:HUGEINT/NUMERIC/java.math.BigInteger',
    'ub:UBIGINT/NUMERIC/java.math.BigInteger',
    'uh:UHUGEINT/VARCHAR/text',
    'iv:INTERVAL/VARCHAR/text',
    'tz:TIME WITH TIME ZONE/VARCHAR/text',
    'ns:TIMESTAMP_NS/VARCHAR/text',
    'tstz:TIMESTAMP WITH TIME ZONE/TIMESTAMP_WITH_TIMEZONE',
    'm:mood/VARCHAR/text',
    'tags:VARCHAR[]/VARCHAR/of VARCHAR',
    'spans:INTERVAL[]/OTHER/of INTERVAL',
    's:STRUCT("a" INTEGER)/OTHER',
    'd:DECIMAL(10,2)/DECIMAL',
  ]);
  const p = await parse('SELECT 1 AS one FROM everything WHERE u = ? AND m = ?');
  assert.equal(p.parameters[0].javaClass, 'java.util.UUID');
  assert.deepEqual([p.parameters[1].dataType, p.parameters[1].jdbcType, p.parameters[1].textForm], ['mood', 'VARCHAR', true]);
});

test('what duckdb_jdbc cannot carry has no mapping: sqlj refuses it with the override to add', async () => {
  const s = await Session.open(`CREATE TYPE glad AS ENUM ('ok', 'yes 😀');
    CREATE TABLE t (grid INTEGER[][], zones TIMETZ[], g glad, gs glad[]);`, undefined);
  const r = await s.parse(create(ParseRequestSchema, { sql: 'SELECT * FROM t' }));
  assert.deepEqual(r.columns.map((c) => `${c.name}:${c.dataType}/${c.jdbcType}/${c.enumLabels.length}`), [
    'grid:INTEGER[][]/OTHER/0', // createArrayOf/setArray refuse nested lists
    'zones:TIME WITH TIME ZONE[]/OTHER/0', // nor can they bind OffsetTime elements
    'g:glad/OTHER/0', // the driver decodes a label outside the BMP wrongly
    'gs:glad[]/OTHER/0',
  ]);
});

test('every reportable type is a type DuckDB knows and the engine maps', async () => {
  const columns = REPORTABLE_TYPES.map((t, i) => `c${i} ${t}`).join(', ');
  const s = await Session.open(`CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE t (${columns});`, undefined);
  const r = await s.parse(create(ParseRequestSchema, { sql: 'SELECT * FROM t' }));
  assert.equal(r.diagnostics.length, 0);
  assert.equal(r.columns.length, REPORTABLE_TYPES.length);
  for (const c of r.columns) assert.ok(c.jdbcType !== 'OTHER' || c.javaClass, `${c.dataType} has a mapping`);
});

test('NOT NULL where DuckDB guarantees a value, nullable elsewhere', async () => {
  const s = await Session.open(`
    CREATE TABLE authors (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, bio VARCHAR);
    CREATE TABLE books (id BIGINT NOT NULL, author_id INTEGER NOT NULL, title VARCHAR NOT NULL, price DECIMAL(10, 2));
    CREATE VIEW stats AS SELECT a.id, a.name, a.bio, count(b.id) AS books
      FROM authors a LEFT JOIN books b ON b.author_id = a.id GROUP BY a.id, a.name, a.bio;`, undefined);
  const nulls = async (sql) => {
    const r = await s.parse(create(ParseRequestSchema, { sql }));
    assert.equal(r.diagnostics.length, 0, sql);
    return r.columns.map((c) => c.name + (c.nullable ? '?' : '')).join(' ');
  };
  assert.equal(await nulls("SELECT coalesce(bio, 'x') AS c, coalesce(bio, NULL) AS c2, CAST(id AS VARCHAR) AS d,"
    + ' TRY_CAST(name AS INT) AS e, 1 AS one, NULL AS nul FROM authors'), 'c c2? d e? one nul?');
  assert.equal(await nulls('SELECT count(*) FILTER (WHERE price > 1) AS f, (SELECT count(*) FROM books WHERE author_id = 1) AS n,'
    + ' (SELECT max(price) FROM books) AS m, (SELECT count(*) FROM books GROUP BY author_id) AS g,'
    + ' (SELECT count(*) FROM books LIMIT 1) AS l FROM books'), 'f n m? g? l?');
  assert.equal(await nulls('SELECT name FROM authors UNION ALL SELECT title FROM books'), 'name');
  assert.equal(await nulls('SELECT name FROM authors UNION ALL SELECT bio FROM authors'), 'name?');
  assert.equal(await nulls('SELECT name FROM authors EXCEPT SELECT bio FROM authors'), 'name');
  assert.equal(await nulls('WITH x AS (SELECT name, bio FROM authors) SELECT name, bio FROM x'), 'name bio?');
  assert.equal(await nulls('WITH x(n) AS (SELECT name FROM authors) SELECT s.n FROM (SELECT n FROM x) s'), 'n');
  assert.equal(await nulls('SELECT * FROM stats'), 'id name bio? books');
  assert.equal(await nulls('SELECT a.name, b.title FROM authors a LEFT JOIN books b ON b.author_id = a.id'), 'name title?');
  assert.equal(await nulls('WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r'), 'n?');
  // Found by sqlj-it's EveryMethodRunsTest (golden duckdb_queries): the NULLs these shapes return
  // reached int and String components declared non-null.
  assert.equal(await nulls('SELECT name, count(*) AS n FROM authors GROUP BY ROLLUP (name)'), 'name? n');
  assert.equal(await nulls('SELECT name, id, count(*) AS n FROM authors GROUP BY GROUPING SETS ((name, id), (name))'),
    'name? id? n');
  assert.equal(await nulls('SELECT name, id FROM authors GROUP BY CUBE (name, id)'), 'name? id?');
  assert.equal(await nulls("SELECT coalesce(name, '-') AS c FROM authors GROUP BY ROLLUP (name)"), 'c');
  assert.equal(await nulls('SELECT name, count(*) AS n FROM authors GROUP BY GROUPING SETS ((name))'), 'name n');
  assert.equal(await nulls('SELECT name FROM authors GROUP BY name'), 'name');
  assert.equal(await nulls('SELECT a.name, b.title FROM authors a POSITIONAL JOIN books b'), 'name? title?');
  assert.equal(await nulls('SELECT a.name, b.title FROM authors a CROSS JOIN books b'), 'name title');
  assert.equal(await nulls('SELECT a.name, b.title FROM authors a FULL JOIN books b ON b.author_id = a.id'), 'name? title?');
  assert.equal(await nulls('SELECT a.name, b.title FROM authors a NATURAL FULL OUTER JOIN books b'), 'name? title?');
  assert.equal(await nulls('SELECT a.name, b.title FROM authors a RIGHT JOIN books b ON b.author_id = a.id'), 'name? title');
  assert.equal(await nulls('SELECT * EXCLUDE (bio) FROM authors'), 'id name');
  assert.equal(await nulls('SELECT * EXCLUDE (BIO, id) FROM authors'), 'name');
});
