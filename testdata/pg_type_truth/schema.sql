-- Issue 11's PostgreSQL regressions: every type that was refused, keys that are not the first
-- column or not integers, and arrays of every shape. PostgresTypeTruthTest runs the generated code.
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE EXTENSION IF NOT EXISTS ltree;
CREATE EXTENSION IF NOT EXISTS citext;

CREATE TYPE pair AS (x int4, y text);
CREATE DOMAIN span AS interval;

CREATE TABLE keyed_by_uuid (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);
CREATE TABLE key_not_first (name text NOT NULL, id bigserial PRIMARY KEY);
CREATE TABLE keyed_by_identity (note text, code int4 GENERATED ALWAYS AS IDENTITY);

CREATE TABLE odd (
  id    serial PRIMARY KEY,
  span  span,
  addr  inet,
  net   cidr,
  mac   macaddr,
  mac8  macaddr8,
  cash  money,
  bits  bit(3),
  vbits varbit,
  doc   xml,
  vec   tsvector,
  query tsquery,
  ln    line,
  seg   lseg,
  pth   path,
  poly  polygon,
  circ  circle,
  ir    int4range,
  br    int8range,
  nr    numrange,
  tr    tsrange,
  tzr   tstzrange,
  dr    daterange,
  imr   int4multirange,
  x     xid,
  x8    xid8,
  c     cid,
  t     tid,
  lsn   pg_lsn,
  o     oid,
  h     hstore,
  lt    ltree,
  lq    lquery,
  ltq   ltxtquery,
  ci    citext,
  pr    pair,
  tt    timetz,
  nm    name,
  ch    "char"
);

CREATE TABLE racks (
  id     serial PRIMARY KEY,
  stamps timestamptz[],
  times  time[],
  days   date[],
  locals timestamp[],
  grid   int4[][],
  words  text[][],
  spans  interval[],
  addrs  inet[],
  uuids  uuid[],
  blobs  bytea[],
  nums   numeric[],
  flags  bool[]
);
