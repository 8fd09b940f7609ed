-- Columns and parameters named like the locals and parameters of generated methods: the names the
-- user chose stay, and the generated code still compiles and reads the right values.
CREATE TABLE clash (
  id     INTEGER PRIMARY KEY,
  conn   TEXT NOT NULL,
  ps     TEXT,
  rs     INTEGER NOT NULL,
  java   TEXT,
  "each" TEXT,
  rows   INTEGER,
  params TEXT,
  result TEXT
);
