-- A typo in the second file: NUL for NULL.
CREATE TABLE books (
  id        INTEGER PRIMARY KEY,
  author_id INTEGER NOT NUL
);
