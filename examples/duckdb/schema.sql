CREATE TABLE authors (
  id       INTEGER NOT NULL PRIMARY KEY,
  name     VARCHAR NOT NULL,
  born     DATE,
  rating   DOUBLE,
  active   BOOLEAN NOT NULL DEFAULT true
);

CREATE TABLE books (
  id         BIGINT NOT NULL PRIMARY KEY,
  author_id  INTEGER NOT NULL REFERENCES authors (id),
  title      VARCHAR NOT NULL,
  price      DECIMAL(10, 2),
  published  TIMESTAMP
);
