-- +goose Up
-- goose hybrid versioning: a timestamp after the sequential numbers.
CREATE TABLE books (
  id         INTEGER PRIMARY KEY,
  author_id  INTEGER NOT NULL REFERENCES authors (id),
  title      TEXT NOT NULL
);

-- +goose Down
DROP TABLE books;
