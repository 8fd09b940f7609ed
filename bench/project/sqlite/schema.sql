CREATE TABLE users (
  id     INTEGER PRIMARY KEY,
  name   TEXT NOT NULL,
  email  TEXT,
  score  INTEGER NOT NULL
);

CREATE TABLE events (
  id       INTEGER PRIMARY KEY,
  user_id  INTEGER NOT NULL,
  kind     TEXT NOT NULL,
  amount   INTEGER NOT NULL
);
