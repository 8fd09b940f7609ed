CREATE TABLE authors (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  spotify_url TEXT,
  age         INTEGER,
  born        INTEGER NOT NULL
);
CREATE TABLE news (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE unused_things (id INTEGER PRIMARY KEY);
