CREATE TABLE everything (
  id       INTEGER PRIMARY KEY,
  i        INTEGER NOT NULL,
  r        REAL NOT NULL,
  t        TEXT NOT NULL,
  b        BLOB NOT NULL,
  n        NUMERIC NOT NULL,
  flag     BOOLEAN NOT NULL,
  d        DATE NOT NULL,
  ts       TIMESTAMP NOT NULL,
  maybe_i  INTEGER,
  maybe_t  TEXT
);
