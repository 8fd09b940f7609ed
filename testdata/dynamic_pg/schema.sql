CREATE TABLE authors (
  id BIGINT PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE books (
  id BIGINT PRIMARY KEY,
  author_id BIGINT NOT NULL REFERENCES authors (id),
  title TEXT NOT NULL,
  price BIGINT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX books_author ON books (author_id);
CREATE INDEX books_created ON books (created_at, id);
