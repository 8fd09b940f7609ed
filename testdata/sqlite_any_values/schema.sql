-- Values whose type nothing tells are Objects, as sqlc's interface{}.
CREATE TABLE docs (id INT PRIMARY KEY, meta TEXT);
-- No declared types: any value, as given.
CREATE TABLE repro (id, name, seq);
-- FTS5 columns hold text; highlight() and snippet() give text, bm25() a real.
CREATE VIRTUAL TABLE notes_ft USING fts5(title, body);
-- MONEY and INET have NUMERIC affinity and no Java type: an integer, a real, text or a blob.
CREATE TABLE prices (id INTEGER PRIMARY KEY, amount MONEY NOT NULL, fee MONEY, host INET);
-- Virtual tables get a model; the shadow tables their modules create do not.
CREATE VIRTUAL TABLE words_ft USING fts4(word);
CREATE VIRTUAL TABLE boxes USING rtree(id, min_x, max_x);
