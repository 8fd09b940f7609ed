CREATE TABLE books (
  id         bigserial PRIMARY KEY,
  author_id  uuid NOT NULL REFERENCES authors (id),
  title      text NOT NULL
);
