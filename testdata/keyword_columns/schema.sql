CREATE TABLE keywords (
  id        INTEGER PRIMARY KEY,
  "class"   TEXT NOT NULL,
  "default" INTEGER,
  "public"  INTEGER NOT NULL,
  "order"   TEXT
);
