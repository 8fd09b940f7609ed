-- migrate:up
CREATE TABLE authors (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL
);

-- migrate:down
DROP TABLE authors;
