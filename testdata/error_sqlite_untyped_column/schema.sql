-- MONEY has NUMERIC affinity: SQLite may store a number, text or a blob there.
CREATE TABLE prices (id INTEGER PRIMARY KEY, amount MONEY NOT NULL);
