-- :copyfrom through PostgreSQL's COPY (sqlj-it PostgresCopyTest): every kind of value a CSV
-- field must carry unchanged.
CREATE TYPE mood AS ENUM ('happy', 'so-so', 'quote''s', 'Ünï 😀');
CREATE TYPE inventory_item AS (name text, supplier_id int4, price numeric, made date, in_stock bool);

CREATE TABLE events (
  id        bigint PRIMARY KEY,
  note      text,
  tags      text[] NOT NULL,
  payload   bytea,
  counts    int4[],
  grid      int4[][],
  feeling   mood,
  feelings  mood[],
  item      inventory_item,
  items     inventory_item[],
  at        timestamptz,
  amount    numeric(12, 2),
  doc       jsonb,
  span      interval
);
