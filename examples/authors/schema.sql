CREATE TABLE authors (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL,
  bio   TEXT
);

CREATE TABLE books (
  id         INTEGER PRIMARY KEY,
  author_id  INTEGER NOT NULL REFERENCES authors (id),
  title      TEXT NOT NULL,
  published  INTEGER
);
