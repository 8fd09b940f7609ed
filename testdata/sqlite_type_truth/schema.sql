-- Declared types that SQLite stores as text, binary JSON, and the nullability SQLite guarantees.
CREATE TABLE events (
  id     INTEGER PRIMARY KEY,
  ref    UUID NOT NULL,
  at     TIMESTAMP WITH TIME ZONE,
  body   JSONB,
  amount DECIMAL(10, 2),
  label  VARCHAR(20) NOT NULL
);

CREATE TABLE authors (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE books (
  id        INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES authors (id),
  title     TEXT NOT NULL
);

CREATE VIEW author_counts AS
  SELECT a.id, a.name, count(b.id) AS books
  FROM authors a LEFT JOIN books b ON b.author_id = a.id
  GROUP BY a.id;
