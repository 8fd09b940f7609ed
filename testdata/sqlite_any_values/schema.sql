-- Values whose type nothing tells are Objects, as sqlc's interface{}.
CREATE TABLE docs (id INT PRIMARY KEY, meta TEXT);
-- No declared types: any value, as given.
CREATE TABLE repro (id, name, seq);
-- FTS5 columns hold text; highlight() and snippet() give text, bm25() a real.
CREATE VIRTUAL TABLE notes_ft USING fts5(title, body);
