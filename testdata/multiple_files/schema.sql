CREATE TABLE authors (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  bio        TEXT,
  born_year  INTEGER
);

CREATE TABLE books (
  id         INTEGER PRIMARY KEY,
  author_id  INTEGER NOT NULL REFERENCES authors (id),
  title      TEXT NOT NULL,
  isbn       TEXT,
  price      REAL NOT NULL DEFAULT 0,
  pages      INTEGER
);

CREATE TABLE reviews (
  id       INTEGER PRIMARY KEY,
  book_id  INTEGER NOT NULL REFERENCES books (id),
  stars    INTEGER NOT NULL,
  body     TEXT
);
