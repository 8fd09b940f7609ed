-- name: AddByUuid :execlastid
INSERT INTO keyed_by_uuid (name) VALUES (@name);

-- name: AddKeyNotFirst :execlastid
INSERT INTO key_not_first (name) VALUES (@name);

-- name: AddByIdentity :execlastid
INSERT INTO keyed_by_identity (note) VALUES (@note);

-- name: NameByUuid :one
SELECT name FROM keyed_by_uuid WHERE id = @id;

-- name: NameByKey :one
SELECT name FROM key_not_first WHERE id = @id;

-- name: AddOdd :execlastid
INSERT INTO odd (span, addr, net, mac, mac8, cash, bits, vbits, doc, vec, query, ln, seg, pth, poly, circ, ir, br, nr, tr, tzr, dr, imr, x, x8, c, t, lsn, o, h, lt, lq, ltq, ci, pr, tt, nm, ch)
VALUES (@span, @addr, @net, @mac, @mac8, @cash, @bits, @vbits, @doc, @vec, @query, @ln, @seg, @pth, @poly, @circ, @ir, @br, @nr, @tr, @tzr, @dr, @imr, @x, @x8, @c, @t, @lsn, @o, @h, @lt, @lq, @ltq, @ci, @pr, @tt, @nm, @ch);

-- name: GetOdd :one
SELECT * FROM odd WHERE id = @id;

-- name: OddByCitext :many
SELECT id FROM odd WHERE ci = @ci ORDER BY id;

-- name: OddBySpan :many
SELECT id FROM odd WHERE span = @span ORDER BY id;

-- name: AddArrays :execlastid
INSERT INTO racks (stamps, times, days, locals, grid, words, spans, addrs, uuids, blobs, nums, flags)
VALUES (@stamps, @times, @days, @locals, @grid, @words, @spans, @addrs, @uuids, @blobs, @nums, @flags);

-- name: GetArrays :one
SELECT * FROM racks WHERE id = @id;

-- name: ListArrays :many
SELECT id, stamps, grid, words FROM racks ORDER BY id;

-- name: EchoWords :one
SELECT @words::text[][] AS words;

-- name: CopyArrays :copyfrom
INSERT INTO racks (stamps, grid, spans, blobs) VALUES (@stamps, @grid, @spans, @blobs);
