CREATE TABLE customers (
  id         INTEGER PRIMARY KEY,
  email      VARCHAR(320) NOT NULL UNIQUE,
  full_name  TEXT NOT NULL,
  nickname   TEXT
);

CREATE TABLE orders (
  id           INTEGER PRIMARY KEY,
  customer_id  INTEGER REFERENCES customers (id),
  total_cents  INTEGER NOT NULL,
  note         TEXT
);
