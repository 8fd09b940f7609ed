-- name: InsertDoc :exec
INSERT INTO docs (id, meta) VALUES (?, ?);

-- name: MetaValue :one
SELECT id, json_extract(meta, '$.v') AS v FROM docs WHERE id = ?;

-- name: Echo :one
SELECT ? AS echo, NULL AS missing;

-- name: InsertRepro :exec
INSERT INTO repro (id, name, seq) VALUES (?, ?, ?);

-- name: ListRepro :many
SELECT * FROM repro ORDER BY rowid;

-- name: InsertNote :exec
INSERT INTO notes_ft (title, body) VALUES (?, ?);

-- name: SearchNotes :many
SELECT title, highlight(notes_ft, 1, '[', ']') AS marked,
       snippet(notes_ft, 1, '[', ']', '...', @tokens) AS excerpt, bm25(notes_ft) AS score
FROM notes_ft WHERE notes_ft MATCH @query ORDER BY bm25(notes_ft);

-- name: InsertPrice :exec
INSERT INTO prices (id, amount, fee, host) VALUES (?, ?, ?, ?);

-- name: GetPrice :one
SELECT amount, fee, host FROM prices WHERE id = ?;

-- name: ListPrices :many
SELECT * FROM prices WHERE amount <> ? ORDER BY id;

-- name: InsertBox :exec
INSERT INTO boxes (id, min_x, max_x) VALUES (?, ?, ?);

-- name: BoxesAt :many
SELECT * FROM boxes WHERE min_x <= @x AND max_x >= @x ORDER BY id;
