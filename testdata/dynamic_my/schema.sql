CREATE TABLE authors (
  id BIGINT PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);
CREATE TABLE books (
  id BIGINT PRIMARY KEY,
  author_id BIGINT NOT NULL REFERENCES authors (id),
  title VARCHAR(100) NOT NULL,
  price BIGINT NOT NULL,
  created_at VARCHAR(30) NOT NULL
);
CREATE INDEX books_author ON books (author_id);
CREATE INDEX books_created ON books (created_at, id);
