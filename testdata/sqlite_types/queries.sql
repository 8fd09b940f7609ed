-- name: InsertEverything :execlastid
INSERT INTO everything (i, r, t, b, n, flag, d, ts, maybe_i, maybe_t) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: GetEverything :one
SELECT id, i, r, t, b, n, flag, d, ts, maybe_i, maybe_t FROM everything WHERE id = ?;
