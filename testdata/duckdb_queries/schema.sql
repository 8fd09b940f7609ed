-- Query shapes whose result columns can be NULL although every column they read is NOT NULL.
CREATE SEQUENCE author_ids START 1;

CREATE TABLE authors (
  id      INTEGER PRIMARY KEY DEFAULT nextval('author_ids'),
  name    VARCHAR NOT NULL UNIQUE,
  country VARCHAR NOT NULL,
  born    DATE
);

CREATE TABLE books (
  id        BIGINT NOT NULL PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES authors (id),
  title     VARCHAR NOT NULL,
  pages     INTEGER NOT NULL,
  price     DECIMAL(10, 2) NOT NULL,
  tags      VARCHAR[] NOT NULL
);

CREATE VIEW book_titles AS SELECT b.id, b.title, a.name FROM books b JOIN authors a ON a.id = b.author_id;
