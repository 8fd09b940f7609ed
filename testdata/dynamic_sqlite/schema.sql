CREATE TABLE authors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE books (
  id INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES authors (id),
  title TEXT NOT NULL,
  price INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX books_author ON books (author_id);
CREATE INDEX books_created ON books (created_at, id);
