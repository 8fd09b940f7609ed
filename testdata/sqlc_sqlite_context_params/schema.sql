CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  body TEXT,
  score REAL NOT NULL DEFAULT 0,
  archived_at TEXT
);
